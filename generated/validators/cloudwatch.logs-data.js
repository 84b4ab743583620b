// Generated from schemas/cloudwatch/logs-data.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.logs-data.standalone.js
var cloudwatch_logs_data_standalone_default = validate20;
var schema32 = { "type": "object", "required": ["messageType", "owner", "logGroup", "logStream", "subscriptionFilters", "logEvents"], "properties": { "messageType": { "enum": ["DATA_MESSAGE", "CONTROL_MESSAGE"] }, "owner": { "type": "string" }, "logGroup": { "type": "string" }, "logStream": { "type": "string" }, "subscriptionFilters": { "type": "array", "items": { "type": "string" } }, "logEvents": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchLogsLogEvent" } }, "policyLevel": { "type": "string" } } };
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
      if (data.id === void 0 && (missing0 = "id") || data.timestamp === void 0 && (missing0 = "timestamp") || data.message === void 0 && (missing0 = "message")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          const _errs1 = errors;
          if (typeof data.id !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.timestamp !== void 0) {
            let data1 = data.timestamp;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate22.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.message !== void 0) {
              const _errs6 = errors;
              if (typeof data.message !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.extractedFields !== void 0) {
                let data3 = data.extractedFields;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      const _errs11 = errors;
                      if (typeof data3[key0] !== "string") {
                        validate22.errors = [{ instancePath: instancePath + "/extractedFields/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/extractedFields/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs11 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/extractedFields", schemaPath: "#/properties/extractedFields/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
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
validate22.evaluated = { "props": { "id": true, "timestamp": true, "message": true, "extractedFields": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.messageType === void 0 && (missing0 = "messageType") || data.owner === void 0 && (missing0 = "owner") || data.logGroup === void 0 && (missing0 = "logGroup") || data.logStream === void 0 && (missing0 = "logStream") || data.subscriptionFilters === void 0 && (missing0 = "subscriptionFilters") || data.logEvents === void 0 && (missing0 = "logEvents")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageType !== void 0) {
          let data0 = data.messageType;
          const _errs1 = errors;
          if (!(data0 === "DATA_MESSAGE" || data0 === "CONTROL_MESSAGE")) {
            validate21.errors = [{ instancePath: instancePath + "/messageType", schemaPath: "#/properties/messageType/enum", keyword: "enum", params: { allowedValues: schema32.properties.messageType.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.owner !== void 0) {
            const _errs2 = errors;
            if (typeof data.owner !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.logGroup !== void 0) {
              const _errs4 = errors;
              if (typeof data.logGroup !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/logGroup", schemaPath: "#/properties/logGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.logStream !== void 0) {
                const _errs6 = errors;
                if (typeof data.logStream !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/logStream", schemaPath: "#/properties/logStream/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.subscriptionFilters !== void 0) {
                  let data4 = data.subscriptionFilters;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (Array.isArray(data4)) {
                      var valid1 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs10 = errors;
                        if (typeof data4[i0] !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/subscriptionFilters/" + i0, schemaPath: "#/properties/subscriptionFilters/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs10 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/subscriptionFilters", schemaPath: "#/properties/subscriptionFilters/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.logEvents !== void 0) {
                    let data6 = data.logEvents;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (Array.isArray(data6)) {
                        var valid2 = true;
                        const len1 = data6.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          const _errs14 = errors;
                          if (!validate22(data6[i1], { instancePath: instancePath + "/logEvents/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs14 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/logEvents", schemaPath: "#/properties/logEvents/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.policyLevel !== void 0) {
                      const _errs15 = errors;
                      if (typeof data.policyLevel !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/policyLevel", schemaPath: "#/properties/policyLevel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs15 === errors;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "messageType": true, "owner": true, "logGroup": true, "logStream": true, "subscriptionFilters": true, "logEvents": true, "policyLevel": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "messageType": true, "owner": true, "logGroup": true, "logStream": true, "subscriptionFilters": true, "logEvents": true, "policyLevel": true }, "dynamicProps": false, "dynamicItems": false };

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

// cloudwatch.logs-data.entry.ts
withStandardSchema(cloudwatch_logs_data_standalone_default, "cloudwatch.logs-data");
export {
  cloudwatch_logs_data_standalone_default as default,
  cloudwatch_logs_data_standalone_default as validate
};
