// Generated from schemas/cognito/sync-trigger.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.sync-trigger.strict.standalone.js
var cognito_sync_trigger_strict_standalone_default = validate20;
var schema33 = { "type": "object", "required": ["op"], "properties": { "oldValue": { "type": ["string", "null"] }, "newValue": { "type": ["string", "null"] }, "op": { "enum": ["replace", "remove"] } } };
var pattern4 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
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
      if (data.version === void 0 && (missing0 = "version") || data.eventType === void 0 && (missing0 = "eventType") || data.region === void 0 && (missing0 = "region") || data.identityPoolId === void 0 && (missing0 = "identityPoolId") || data.identityId === void 0 && (missing0 = "identityId") || data.datasetName === void 0 && (missing0 = "datasetName") || data.datasetRecords === void 0 && (missing0 = "datasetRecords")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (2 !== data.version) {
            validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventType !== void 0) {
            const _errs2 = errors;
            if ("SyncTrigger" !== data.eventType) {
              validate20.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/const", keyword: "const", params: { allowedValue: "SyncTrigger" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.region !== void 0) {
              let data2 = data.region;
              const _errs3 = errors;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data2 === "string") {
                  if (!pattern4.test(data2)) {
                    validate20.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
                    return false;
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.identityPoolId !== void 0) {
                const _errs6 = errors;
                if (typeof data.identityPoolId !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/identityPoolId", schemaPath: "#/properties/identityPoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.identityId !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.identityId !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/identityId", schemaPath: "#/properties/identityId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.datasetName !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.datasetName !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/datasetName", schemaPath: "#/properties/datasetName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.datasetRecords !== void 0) {
                      let data6 = data.datasetRecords;
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          for (const key0 in data6) {
                            let data7 = data6[key0];
                            const _errs15 = errors;
                            const _errs16 = errors;
                            if (errors === _errs16) {
                              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                let missing1;
                                if (data7.op === void 0 && (missing1 = "op")) {
                                  validate20.errors = [{ instancePath: instancePath + "/datasetRecords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoSyncDatasetRecord/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                  return false;
                                } else {
                                  if (data7.oldValue !== void 0) {
                                    let data8 = data7.oldValue;
                                    const _errs18 = errors;
                                    if (typeof data8 !== "string" && data8 !== null) {
                                      validate20.errors = [{ instancePath: instancePath + "/datasetRecords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/oldValue", schemaPath: "#/$defs/CognitoSyncDatasetRecord/properties/oldValue/type", keyword: "type", params: { type: schema33.properties.oldValue.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    var valid4 = _errs18 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data7.newValue !== void 0) {
                                      let data9 = data7.newValue;
                                      const _errs20 = errors;
                                      if (typeof data9 !== "string" && data9 !== null) {
                                        validate20.errors = [{ instancePath: instancePath + "/datasetRecords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/newValue", schemaPath: "#/$defs/CognitoSyncDatasetRecord/properties/newValue/type", keyword: "type", params: { type: schema33.properties.newValue.type }, message: "must be string,null" }];
                                        return false;
                                      }
                                      var valid4 = _errs20 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data7.op !== void 0) {
                                        let data10 = data7.op;
                                        const _errs22 = errors;
                                        if (!(data10 === "replace" || data10 === "remove")) {
                                          validate20.errors = [{ instancePath: instancePath + "/datasetRecords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/op", schemaPath: "#/$defs/CognitoSyncDatasetRecord/properties/op/enum", keyword: "enum", params: { allowedValues: schema33.properties.op.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid4 = _errs22 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/datasetRecords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoSyncDatasetRecord/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid2 = _errs15 === errors;
                            if (!valid2) {
                              break;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/datasetRecords", schemaPath: "#/properties/datasetRecords/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs12 === errors;
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "eventType": true, "region": true, "identityPoolId": true, "identityId": true, "datasetName": true, "datasetRecords": true }, "dynamicProps": false, "dynamicItems": false };

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

// cognito.sync-trigger.strict.entry.ts
withStandardSchema(cognito_sync_trigger_strict_standalone_default, "cognito.sync-trigger");
export {
  cognito_sync_trigger_strict_standalone_default as default,
  cognito_sync_trigger_strict_standalone_default as validate
};
