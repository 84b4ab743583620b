// Generated from schemas/cloudformation/custom-resource.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/ajv/ucs2length.ts
function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; pos++) {
    length++;
    const code = str.charCodeAt(pos);
    if (code >= 55296 && code <= 56319 && pos + 1 < str.length && (str.charCodeAt(pos + 1) & 64512) === 56320) pos++;
  }
  return length;
}

// standalone:cloudformation.custom-resource.result.strict.standalone.js
var cloudformation_custom_resource_result_strict_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:cloudformation.custom-resource.result", "type": "object", "required": ["Status", "PhysicalResourceId", "StackId", "RequestId", "LogicalResourceId"], "properties": { "Status": { "enum": ["SUCCESS", "FAILED"] }, "Reason": { "type": "string" }, "PhysicalResourceId": { "type": "string", "minLength": 1 }, "StackId": { "type": "string" }, "RequestId": { "type": "string" }, "LogicalResourceId": { "type": "string" }, "NoEcho": { "type": "boolean" }, "Data": { "type": "object", "additionalProperties": true } }, "if": { "properties": { "Status": { "const": "FAILED" } }, "required": ["Status"] }, "then": { "required": ["Reason"], "properties": { "Reason": { "type": "string" } } } };
var func2 = ucs2length;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.Status === void 0 && (missing0 = "Status")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.Status !== void 0) {
        if ("FAILED" !== data.Status) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.Reason === void 0 && (missing1 = "Reason")) {
        validate21.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      } else {
        if (data.Reason !== void 0) {
          if (typeof data.Reason !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/Reason", schemaPath: "#/then/properties/Reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate21.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.Status === void 0 && (missing2 = "Status") || data.PhysicalResourceId === void 0 && (missing2 = "PhysicalResourceId") || data.StackId === void 0 && (missing2 = "StackId") || data.RequestId === void 0 && (missing2 = "RequestId") || data.LogicalResourceId === void 0 && (missing2 = "LogicalResourceId")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
        return false;
      } else {
        if (data.Status !== void 0) {
          let data2 = data.Status;
          const _errs7 = errors;
          if (!(data2 === "SUCCESS" || data2 === "FAILED")) {
            validate21.errors = [{ instancePath: instancePath + "/Status", schemaPath: "#/properties/Status/enum", keyword: "enum", params: { allowedValues: schema6.properties.Status.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid3 = _errs7 === errors;
        } else {
          var valid3 = true;
        }
        if (valid3) {
          if (data.Reason !== void 0) {
            const _errs8 = errors;
            if (typeof data.Reason !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/Reason", schemaPath: "#/properties/Reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid3 = _errs8 === errors;
          } else {
            var valid3 = true;
          }
          if (valid3) {
            if (data.PhysicalResourceId !== void 0) {
              let data4 = data.PhysicalResourceId;
              const _errs10 = errors;
              if (errors === _errs10) {
                if (typeof data4 === "string") {
                  if (func2(data4) < 1) {
                    validate21.errors = [{ instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid3 = _errs10 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.StackId !== void 0) {
                const _errs12 = errors;
                if (typeof data.StackId !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/StackId", schemaPath: "#/properties/StackId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid3 = _errs12 === errors;
              } else {
                var valid3 = true;
              }
              if (valid3) {
                if (data.RequestId !== void 0) {
                  const _errs14 = errors;
                  if (typeof data.RequestId !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid3 = _errs14 === errors;
                } else {
                  var valid3 = true;
                }
                if (valid3) {
                  if (data.LogicalResourceId !== void 0) {
                    const _errs16 = errors;
                    if (typeof data.LogicalResourceId !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/LogicalResourceId", schemaPath: "#/properties/LogicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid3 = _errs16 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data.NoEcho !== void 0) {
                      const _errs18 = errors;
                      if (typeof data.NoEcho !== "boolean") {
                        validate21.errors = [{ instancePath: instancePath + "/NoEcho", schemaPath: "#/properties/NoEcho/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                        return false;
                      }
                      var valid3 = _errs18 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data.Data !== void 0) {
                        let data9 = data.Data;
                        const _errs20 = errors;
                        if (errors === _errs20) {
                          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/Data", schemaPath: "#/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid3 = _errs20 === errors;
                      } else {
                        var valid3 = true;
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

// check:cloudformation.custom-resource.result.strict.check.js
function b0(x) {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v8 = x.Status;
      if (v8 === void 0) return false;
      if (!(v8 === "FAILED")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.Status;
    if (v0 === void 0) return false;
    if (!(v0 === "SUCCESS" || v0 === "FAILED")) return false;
  }
  {
    const v1 = x.Reason;
    if (v1 !== void 0) {
      if (!(typeof v1 === "string")) return false;
    }
  }
  {
    const v2 = x.PhysicalResourceId;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
    if (!(ucs2length(v2) >= 1)) return false;
  }
  {
    const v3 = x.StackId;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.RequestId;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.LogicalResourceId;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.NoEcho;
    if (v6 !== void 0) {
      if (!(typeof v6 === "boolean")) return false;
    }
  }
  {
    const v7 = x.Data;
    if (v7 !== void 0) {
      if (!(v7 !== null && typeof v7 === "object" && !Array.isArray(v7))) return false;
    }
  }
  if (b0(x)) {
    if (x !== null && typeof x === "object" && !Array.isArray(x)) {
      {
        const v9 = x.Reason;
        if (v9 === void 0) return false;
        if (!(typeof v9 === "string")) return false;
      }
    }
  } else {
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

// cloudformation.custom-resource.result.strict.entry.ts
var validate = withStandardSchema(checked(check, cloudformation_custom_resource_result_strict_standalone_default), "cloudformation.custom-resource.result");
export {
  validate as default,
  validate
};
