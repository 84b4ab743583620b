// Generated from schemas/codecommit/trigger.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:codecommit.trigger.standalone.js
var codecommit_trigger_standalone_default = validate20;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.references === void 0 && (missing0 = "references")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.references !== void 0) {
          let data0 = data.references;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs3 = errors;
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing1;
                    if (data1.commit === void 0 && (missing1 = "commit") || data1.ref === void 0 && (missing1 = "ref")) {
                      validate22.errors = [{ instancePath: instancePath + "/references/" + i0, schemaPath: "#/$defs/CodeCommitReference/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data1.commit !== void 0) {
                        const _errs6 = errors;
                        if (typeof data1.commit !== "string") {
                          validate22.errors = [{ instancePath: instancePath + "/references/" + i0 + "/commit", schemaPath: "#/$defs/CodeCommitReference/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs6 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data1.ref !== void 0) {
                          const _errs8 = errors;
                          if (typeof data1.ref !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/references/" + i0 + "/ref", schemaPath: "#/$defs/CodeCommitReference/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs8 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data1.created !== void 0) {
                            const _errs10 = errors;
                            if (typeof data1.created !== "boolean") {
                              validate22.errors = [{ instancePath: instancePath + "/references/" + i0 + "/created", schemaPath: "#/$defs/CodeCommitReference/properties/created/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                              return false;
                            }
                            var valid3 = _errs10 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data1.deleted !== void 0) {
                              const _errs12 = errors;
                              if (typeof data1.deleted !== "boolean") {
                                validate22.errors = [{ instancePath: instancePath + "/references/" + i0 + "/deleted", schemaPath: "#/$defs/CodeCommitReference/properties/deleted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                              }
                              var valid3 = _errs12 === errors;
                            } else {
                              var valid3 = true;
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/references/" + i0, schemaPath: "#/$defs/CodeCommitReference/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
        }
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "references": true }, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.awsRegion === void 0 && (missing0 = "awsRegion") || data.codecommit === void 0 && (missing0 = "codecommit") || data.eventId === void 0 && (missing0 = "eventId") || data.eventName === void 0 && (missing0 = "eventName") || data.eventPartNumber === void 0 && (missing0 = "eventPartNumber") || data.eventSource === void 0 && (missing0 = "eventSource") || data.eventSourceARN === void 0 && (missing0 = "eventSourceARN") || data.eventTime === void 0 && (missing0 = "eventTime") || data.eventTotalParts === void 0 && (missing0 = "eventTotalParts") || data.eventTriggerConfigId === void 0 && (missing0 = "eventTriggerConfigId") || data.eventTriggerName === void 0 && (missing0 = "eventTriggerName") || data.eventVersion === void 0 && (missing0 = "eventVersion") || data.userIdentityARN === void 0 && (missing0 = "userIdentityARN")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.awsRegion !== void 0) {
          const _errs1 = errors;
          if (typeof data.awsRegion !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/awsRegion", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.codecommit !== void 0) {
            const _errs4 = errors;
            if (!validate22(data.codecommit, { instancePath: instancePath + "/codecommit", parentData: data, parentDataProperty: "codecommit", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.customData !== void 0) {
              const _errs5 = errors;
              if (typeof data.customData !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/customData", schemaPath: "#/properties/customData/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.eventId !== void 0) {
                const _errs7 = errors;
                if (typeof data.eventId !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.eventName !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.eventName !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.eventPartNumber !== void 0) {
                    let data5 = data.eventPartNumber;
                    const _errs11 = errors;
                    if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                      validate21.errors = [{ instancePath: instancePath + "/eventPartNumber", schemaPath: "#/properties/eventPartNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.eventSource !== void 0) {
                      const _errs13 = errors;
                      if ("aws:codecommit" !== data.eventSource) {
                        validate21.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:codecommit" }, message: "must be equal to constant" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.eventSourceARN !== void 0) {
                        const _errs14 = errors;
                        if (typeof data.eventSourceARN !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/eventSourceARN", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.eventTime !== void 0) {
                          const _errs17 = errors;
                          if (typeof data.eventTime !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/eventTime", schemaPath: "#/$defs/CodeCommitTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.eventTotalParts !== void 0) {
                            let data9 = data.eventTotalParts;
                            const _errs20 = errors;
                            if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                              validate21.errors = [{ instancePath: instancePath + "/eventTotalParts", schemaPath: "#/properties/eventTotalParts/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.eventTriggerConfigId !== void 0) {
                              const _errs22 = errors;
                              if (typeof data.eventTriggerConfigId !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/eventTriggerConfigId", schemaPath: "#/properties/eventTriggerConfigId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs22 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.eventTriggerName !== void 0) {
                                const _errs24 = errors;
                                if (typeof data.eventTriggerName !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/eventTriggerName", schemaPath: "#/properties/eventTriggerName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid0 = _errs24 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.eventVersion !== void 0) {
                                  const _errs26 = errors;
                                  if (typeof data.eventVersion !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs26 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.userIdentityARN !== void 0) {
                                    const _errs28 = errors;
                                    if (typeof data.userIdentityARN !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/userIdentityARN", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs28 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "awsRegion": true, "codecommit": true, "customData": true, "eventId": true, "eventName": true, "eventPartNumber": true, "eventSource": true, "eventSourceARN": true, "eventTime": true, "eventTotalParts": true, "eventTriggerConfigId": true, "eventTriggerName": true, "eventVersion": true, "userIdentityARN": true }, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Records === void 0 && (missing0 = "Records")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Records !== void 0) {
          let data0 = data.Records;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs3 = errors;
                if (!validate21(data0[i0], { instancePath: instancePath + "/Records/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "Records": true }, "dynamicProps": false, "dynamicItems": false };

// generator/runtime/pointer.ts
var unescapeToken = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
var tokens = (pointer) => pointer.split("/").slice(1).map(unescapeToken);

// generator/runtime/standard.ts
function withStandardSchema(validate, id) {
  Object.defineProperty(validate, "id", { enumerable: false, value: id });
  Object.defineProperty(validate, "~standard", {
    enumerable: false,
    value: {
      version: 1,
      vendor: "lambda-event-registry",
      validate(value) {
        if (validate(value)) return { value };
        return {
          issues: (validate.errors ?? []).map((e) => ({
            message: `${e.instancePath || "/"} ${e.message ?? "is invalid"}`,
            path: tokens(e.instancePath)
          }))
        };
      }
    }
  });
  return validate;
}

// codecommit.trigger.entry.ts
withStandardSchema(codecommit_trigger_standalone_default, "codecommit.trigger");
export {
  codecommit_trigger_standalone_default as default,
  codecommit_trigger_standalone_default as validate
};
