// Generated from schemas/stepfunctions/eventbridge-execution-status-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:stepfunctions.eventbridge-execution-status-change.standalone.js
var stepfunctions_eventbridge_execution_status_change_standalone_default = validate20;
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
      if (data.version === void 0 && (missing0 = "version") || data.id === void 0 && (missing0 = "id") || data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.account === void 0 && (missing0 = "account") || data.time === void 0 && (missing0 = "time") || data.region === void 0 && (missing0 = "region") || data.resources === void 0 && (missing0 = "resources") || data.detail === void 0 && (missing0 = "detail")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("0" !== data.version) {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "0" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.id !== void 0) {
            const _errs2 = errors;
            if (typeof data.id !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["detail-type"] !== void 0) {
              const _errs4 = errors;
              if (typeof data["detail-type"] !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/properties/detail-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.source !== void 0) {
                const _errs6 = errors;
                if (typeof data.source !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.account !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.time !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.time !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.region !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.region !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.resources !== void 0) {
                        let data7 = data.resources;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (Array.isArray(data7)) {
                            var valid4 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs19 = errors;
                              if (typeof data7[i0] !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid4 = _errs19 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.detail !== void 0) {
                          let data9 = data.detail;
                          const _errs21 = errors;
                          if (errors === _errs21) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs21 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["replay-name"] !== void 0) {
                            const _errs24 = errors;
                            if (typeof data["replay-name"] !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/replay-name", schemaPath: "#/properties/replay-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs24 === errors;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "version": true, "id": true, "detail-type": true, "source": true, "account": true, "time": true, "region": true, "resources": true, "detail": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };
var schema36 = { "type": "object", "required": ["executionArn", "stateMachineArn", "name", "status", "startDate", "stopDate", "input", "output"], "properties": { "executionArn": { "type": "string" }, "stateMachineArn": { "type": "string" }, "name": { "type": "string" }, "status": { "type": "string" }, "startDate": { "type": "integer" }, "stopDate": { "type": ["integer", "null"] }, "input": { "type": ["string", "null"] }, "output": { "type": ["string", "null"] }, "inputDetails": { "$ref": "#/$defs/StepFunctionsPayloadDetails" }, "outputDetails": { "$ref": "#/$defs/StepFunctionsPayloadDetails" }, "error": { "type": ["string", "null"] }, "cause": { "type": ["string", "null"] }, "stateMachineVersionArn": { "type": ["string", "null"] }, "stateMachineAliasArn": { "type": ["string", "null"] }, "redriveCount": { "type": "integer" }, "redriveDate": { "type": ["integer", "null"] }, "redriveStatus": { "type": "string" }, "redriveStatusReason": { "type": "string" } } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.executionArn === void 0 && (missing0 = "executionArn") || data.stateMachineArn === void 0 && (missing0 = "stateMachineArn") || data.name === void 0 && (missing0 = "name") || data.status === void 0 && (missing0 = "status") || data.startDate === void 0 && (missing0 = "startDate") || data.stopDate === void 0 && (missing0 = "stopDate") || data.input === void 0 && (missing0 = "input") || data.output === void 0 && (missing0 = "output")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.executionArn !== void 0) {
          const _errs1 = errors;
          if (typeof data.executionArn !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/executionArn", schemaPath: "#/properties/executionArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.stateMachineArn !== void 0) {
            const _errs3 = errors;
            if (typeof data.stateMachineArn !== "string") {
              validate23.errors = [{ instancePath: instancePath + "/stateMachineArn", schemaPath: "#/properties/stateMachineArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.name !== void 0) {
              const _errs5 = errors;
              if (typeof data.name !== "string") {
                validate23.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.status !== void 0) {
                const _errs7 = errors;
                if (typeof data.status !== "string") {
                  validate23.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.startDate !== void 0) {
                  let data4 = data.startDate;
                  const _errs9 = errors;
                  if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                    validate23.errors = [{ instancePath: instancePath + "/startDate", schemaPath: "#/properties/startDate/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.stopDate !== void 0) {
                    let data5 = data.stopDate;
                    const _errs11 = errors;
                    if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && data5 !== null) {
                      validate23.errors = [{ instancePath: instancePath + "/stopDate", schemaPath: "#/properties/stopDate/type", keyword: "type", params: { type: schema36.properties.stopDate.type }, message: "must be integer,null" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.input !== void 0) {
                      let data6 = data.input;
                      const _errs13 = errors;
                      if (typeof data6 !== "string" && data6 !== null) {
                        validate23.errors = [{ instancePath: instancePath + "/input", schemaPath: "#/properties/input/type", keyword: "type", params: { type: schema36.properties.input.type }, message: "must be string,null" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.output !== void 0) {
                        let data7 = data.output;
                        const _errs15 = errors;
                        if (typeof data7 !== "string" && data7 !== null) {
                          validate23.errors = [{ instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: schema36.properties.output.type }, message: "must be string,null" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.inputDetails !== void 0) {
                          let data8 = data.inputDetails;
                          const _errs17 = errors;
                          const _errs18 = errors;
                          if (errors === _errs18) {
                            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                              if (data8.included !== void 0) {
                                if (typeof data8.included !== "boolean") {
                                  validate23.errors = [{ instancePath: instancePath + "/inputDetails/included", schemaPath: "#/$defs/StepFunctionsPayloadDetails/properties/included/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                  return false;
                                }
                              }
                            } else {
                              validate23.errors = [{ instancePath: instancePath + "/inputDetails", schemaPath: "#/$defs/StepFunctionsPayloadDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.outputDetails !== void 0) {
                            let data10 = data.outputDetails;
                            const _errs22 = errors;
                            const _errs23 = errors;
                            if (errors === _errs23) {
                              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                if (data10.included !== void 0) {
                                  if (typeof data10.included !== "boolean") {
                                    validate23.errors = [{ instancePath: instancePath + "/outputDetails/included", schemaPath: "#/$defs/StepFunctionsPayloadDetails/properties/included/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                    return false;
                                  }
                                }
                              } else {
                                validate23.errors = [{ instancePath: instancePath + "/outputDetails", schemaPath: "#/$defs/StepFunctionsPayloadDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs22 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.error !== void 0) {
                              let data12 = data.error;
                              const _errs27 = errors;
                              if (typeof data12 !== "string" && data12 !== null) {
                                validate23.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: schema36.properties.error.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid0 = _errs27 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.cause !== void 0) {
                                let data13 = data.cause;
                                const _errs29 = errors;
                                if (typeof data13 !== "string" && data13 !== null) {
                                  validate23.errors = [{ instancePath: instancePath + "/cause", schemaPath: "#/properties/cause/type", keyword: "type", params: { type: schema36.properties.cause.type }, message: "must be string,null" }];
                                  return false;
                                }
                                var valid0 = _errs29 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.stateMachineVersionArn !== void 0) {
                                  let data14 = data.stateMachineVersionArn;
                                  const _errs31 = errors;
                                  if (typeof data14 !== "string" && data14 !== null) {
                                    validate23.errors = [{ instancePath: instancePath + "/stateMachineVersionArn", schemaPath: "#/properties/stateMachineVersionArn/type", keyword: "type", params: { type: schema36.properties.stateMachineVersionArn.type }, message: "must be string,null" }];
                                    return false;
                                  }
                                  var valid0 = _errs31 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.stateMachineAliasArn !== void 0) {
                                    let data15 = data.stateMachineAliasArn;
                                    const _errs33 = errors;
                                    if (typeof data15 !== "string" && data15 !== null) {
                                      validate23.errors = [{ instancePath: instancePath + "/stateMachineAliasArn", schemaPath: "#/properties/stateMachineAliasArn/type", keyword: "type", params: { type: schema36.properties.stateMachineAliasArn.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    var valid0 = _errs33 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.redriveCount !== void 0) {
                                      let data16 = data.redriveCount;
                                      const _errs35 = errors;
                                      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                                        validate23.errors = [{ instancePath: instancePath + "/redriveCount", schemaPath: "#/properties/redriveCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      var valid0 = _errs35 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.redriveDate !== void 0) {
                                        let data17 = data.redriveDate;
                                        const _errs37 = errors;
                                        if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17)) && data17 !== null) {
                                          validate23.errors = [{ instancePath: instancePath + "/redriveDate", schemaPath: "#/properties/redriveDate/type", keyword: "type", params: { type: schema36.properties.redriveDate.type }, message: "must be integer,null" }];
                                          return false;
                                        }
                                        var valid0 = _errs37 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.redriveStatus !== void 0) {
                                          const _errs39 = errors;
                                          if (typeof data.redriveStatus !== "string") {
                                            validate23.errors = [{ instancePath: instancePath + "/redriveStatus", schemaPath: "#/properties/redriveStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid0 = _errs39 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.redriveStatusReason !== void 0) {
                                            const _errs41 = errors;
                                            if (typeof data.redriveStatusReason !== "string") {
                                              validate23.errors = [{ instancePath: instancePath + "/redriveStatusReason", schemaPath: "#/properties/redriveStatusReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid0 = _errs41 === errors;
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
            }
          }
        }
      }
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "executionArn": true, "stateMachineArn": true, "name": true, "status": true, "startDate": true, "stopDate": true, "input": true, "output": true, "inputDetails": true, "outputDetails": true, "error": true, "cause": true, "stateMachineVersionArn": true, "stateMachineAliasArn": true, "redriveCount": true, "redriveDate": true, "redriveStatus": true, "redriveStatusReason": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.detail === void 0 && (missing0 = "detail")) {
          validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data["detail-type"] !== void 0) {
            const _errs3 = errors;
            if ("Step Functions Execution Status Change" !== data["detail-type"]) {
              validate20.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "Step Functions Execution Status Change" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if ("aws.states" !== data.source) {
                validate20.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.states" }, message: "must be equal to constant" }];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.detail !== void 0) {
                const _errs5 = errors;
                if (!validate23(data.detail, { instancePath: instancePath + "/detail", parentData: data, parentDataProperty: "detail", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs5 === errors;
              } else {
                var valid1 = true;
              }
            }
          }
        }
      } else {
        validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "detail-type": true, "source": true, "detail": true, "version": true, "id": true, "account": true, "time": true, "region": true, "resources": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };

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

// stepfunctions.eventbridge-execution-status-change.entry.ts
withStandardSchema(stepfunctions_eventbridge_execution_status_change_standalone_default, "stepfunctions.eventbridge-execution-status-change");
export {
  stepfunctions_eventbridge_execution_status_change_standalone_default as default,
  stepfunctions_eventbridge_execution_status_change_standalone_default as validate
};
