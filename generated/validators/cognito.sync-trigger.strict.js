// Generated from schemas/cognito/sync-trigger.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.sync-trigger.strict.standalone.js
var cognito_sync_trigger_strict_standalone_default = validate21;
var pattern0 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate22.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
        return false;
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema8 = { "type": "object", "required": ["op"], "properties": { "oldValue": { "type": ["string", "null"] }, "newValue": { "type": ["string", "null"] }, "op": { "enum": ["replace", "remove"] } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.op === void 0 && (missing0 = "op")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.oldValue !== void 0) {
          let data0 = data.oldValue;
          const _errs1 = errors;
          if (typeof data0 !== "string" && data0 !== null) {
            validate24.errors = [{ instancePath: instancePath + "/oldValue", schemaPath: "#/properties/oldValue/type", keyword: "type", params: { type: schema8.properties.oldValue.type }, message: "must be string,null" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.newValue !== void 0) {
            let data1 = data.newValue;
            const _errs3 = errors;
            if (typeof data1 !== "string" && data1 !== null) {
              validate24.errors = [{ instancePath: instancePath + "/newValue", schemaPath: "#/properties/newValue/type", keyword: "type", params: { type: schema8.properties.newValue.type }, message: "must be string,null" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.op !== void 0) {
              let data2 = data.op;
              const _errs5 = errors;
              if (!(data2 === "replace" || data2 === "remove")) {
                validate24.errors = [{ instancePath: instancePath + "/op", schemaPath: "#/properties/op/enum", keyword: "enum", params: { allowedValues: schema8.properties.op.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.eventType === void 0 && (missing0 = "eventType") || data.region === void 0 && (missing0 = "region") || data.identityPoolId === void 0 && (missing0 = "identityPoolId") || data.identityId === void 0 && (missing0 = "identityId") || data.datasetName === void 0 && (missing0 = "datasetName") || data.datasetRecords === void 0 && (missing0 = "datasetRecords")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (2 !== data.version) {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" }];
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
              validate21.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/const", keyword: "const", params: { allowedValue: "SyncTrigger" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.region !== void 0) {
              const _errs3 = errors;
              if (!validate22(data.region, { instancePath: instancePath + "/region", parentData: data, parentDataProperty: "region", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.identityPoolId !== void 0) {
                const _errs4 = errors;
                if (typeof data.identityPoolId !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/identityPoolId", schemaPath: "#/properties/identityPoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.identityId !== void 0) {
                  const _errs6 = errors;
                  if (typeof data.identityId !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/identityId", schemaPath: "#/properties/identityId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.datasetName !== void 0) {
                    const _errs8 = errors;
                    if (typeof data.datasetName !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/datasetName", schemaPath: "#/properties/datasetName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.datasetRecords !== void 0) {
                      let data6 = data.datasetRecords;
                      const _errs10 = errors;
                      if (errors === _errs10) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          for (const key0 in data6) {
                            const _errs13 = errors;
                            if (!validate24(data6[key0], { instancePath: instancePath + "/datasetRecords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data6, parentDataProperty: key0, rootData })) {
                              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                              errors = vErrors.length;
                            }
                            var valid1 = _errs13 === errors;
                            if (!valid1) {
                              break;
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/datasetRecords", schemaPath: "#/properties/datasetRecords/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs10 === errors;
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

// check:cognito.sync-trigger.strict.check.js
var p0 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function d_CognitoSyncDatasetRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v9 = x.oldValue;
    if (v9 !== void 0) {
      if (!(typeof v9 === "string" || v9 === null)) return false;
    }
  }
  {
    const v10 = x.newValue;
    if (v10 !== void 0) {
      if (!(typeof v10 === "string" || v10 === null)) return false;
    }
  }
  {
    const v11 = x.op;
    if (v11 === void 0) return false;
    if (!(v11 === "replace" || v11 === "remove")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(v0 === 2)) return false;
  }
  {
    const v1 = x.eventType;
    if (v1 === void 0) return false;
    if (!(v1 === "SyncTrigger")) return false;
  }
  {
    const v2 = x.region;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string" && p0.test(v2))) return false;
  }
  {
    const v3 = x.identityPoolId;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.identityId;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.datasetName;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.datasetRecords;
    if (v6 === void 0) return false;
    if (!(v6 !== null && typeof v6 === "object" && !Array.isArray(v6))) return false;
    for (const v7 in v6) {
      const v8 = v6[v7];
      if (!d_CognitoSyncDatasetRecord(v8)) return false;
    }
  }
  return true;
}

// generator/runtime/ajv/checked.ts
function checked(check2, report) {
  function validate2(value) {
    if (check2(value)) {
      validate2.errors = null;
      return true;
    }
    const valid = report(value);
    validate2.errors = valid ? null : report.errors ?? null;
    return valid;
  }
  validate2.errors = null;
  return validate2;
}

// generator/runtime/pointer.ts
var unescapeToken = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
var tokens = (pointer) => pointer.split("/").slice(1).map(unescapeToken);

// generator/runtime/standard.ts
function withStandardSchema(validate2, id) {
  Object.defineProperty(validate2, "id", { enumerable: false, value: id });
  Object.defineProperty(validate2, "~standard", {
    enumerable: false,
    value: {
      version: 1,
      vendor: "lambda-event-registry",
      validate(value) {
        if (validate2(value)) return { value };
        return {
          issues: (validate2.errors ?? []).map((e) => ({
            message: `${e.instancePath || "/"} ${e.message ?? "is invalid"}`,
            path: tokens(e.instancePath)
          }))
        };
      }
    }
  });
  return validate2;
}

// cognito.sync-trigger.strict.entry.ts
var validate = withStandardSchema(checked(check, cognito_sync_trigger_strict_standalone_default), "cognito.sync-trigger");
export {
  validate as default,
  validate
};
