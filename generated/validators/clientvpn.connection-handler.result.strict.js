// Generated from schemas/clientvpn/connection-handler.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
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

// standalone:clientvpn.connection-handler.result.strict.standalone.js
var clientvpn_connection_handler_result_strict_standalone_default = validate21;
var func2 = ucs2length;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data["error-msg-on-denied-connection"] === void 0 && (missing0 = "error-msg-on-denied-connection")) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data["error-msg-on-failed-posture-compliance"] === void 0 && (missing1 = "error-msg-on-failed-posture-compliance")) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate21.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.allow === void 0 && (missing2 = "allow") || data["posture-compliance-statuses"] === void 0 && (missing2 = "posture-compliance-statuses") || data["schema-version"] === void 0 && (missing2 = "schema-version")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
        return false;
      } else {
        if (data.allow !== void 0) {
          const _errs4 = errors;
          if (typeof data.allow !== "boolean") {
            validate21.errors = [{ instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
            return false;
          }
          var valid1 = _errs4 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data["error-msg-on-denied-connection"] !== void 0) {
            let data1 = data["error-msg-on-denied-connection"];
            const _errs6 = errors;
            if (errors === _errs6) {
              if (typeof data1 === "string") {
                if (func2(data1) > 255) {
                  validate21.errors = [{ instancePath: instancePath + "/error-msg-on-denied-connection", schemaPath: "#/properties/error-msg-on-denied-connection/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" }];
                  return false;
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/error-msg-on-denied-connection", schemaPath: "#/properties/error-msg-on-denied-connection/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid1 = _errs6 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data["error-msg-on-failed-posture-compliance"] !== void 0) {
              let data2 = data["error-msg-on-failed-posture-compliance"];
              const _errs8 = errors;
              if (errors === _errs8) {
                if (typeof data2 === "string") {
                  if (func2(data2) > 255) {
                    validate21.errors = [{ instancePath: instancePath + "/error-msg-on-failed-posture-compliance", schemaPath: "#/properties/error-msg-on-failed-posture-compliance/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" }];
                    return false;
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/error-msg-on-failed-posture-compliance", schemaPath: "#/properties/error-msg-on-failed-posture-compliance/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid1 = _errs8 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data["posture-compliance-statuses"] !== void 0) {
                let data3 = data["posture-compliance-statuses"];
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (Array.isArray(data3)) {
                    if (data3.length > 10) {
                      validate21.errors = [{ instancePath: instancePath + "/posture-compliance-statuses", schemaPath: "#/properties/posture-compliance-statuses/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" }];
                      return false;
                    } else {
                      var valid2 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data4 = data3[i0];
                        const _errs12 = errors;
                        if (errors === _errs12) {
                          if (typeof data4 === "string") {
                            if (func2(data4) > 255) {
                              validate21.errors = [{ instancePath: instancePath + "/posture-compliance-statuses/" + i0, schemaPath: "#/properties/posture-compliance-statuses/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" }];
                              return false;
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/posture-compliance-statuses/" + i0, schemaPath: "#/properties/posture-compliance-statuses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid2 = _errs12 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/posture-compliance-statuses", schemaPath: "#/properties/posture-compliance-statuses/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid1 = _errs10 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data["schema-version"] !== void 0) {
                  const _errs14 = errors;
                  if (typeof data["schema-version"] !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/schema-version", schemaPath: "#/properties/schema-version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid1 = _errs14 === errors;
                } else {
                  var valid1 = true;
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

// check:clientvpn.connection-handler.result.strict.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.allow;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "boolean")) return false;
  }
  {
    const v1 = x["error-msg-on-denied-connection"];
    if (v1 !== void 0) {
      if (!(typeof v1 === "string")) return false;
      if (!(ucs2length(v1) <= 255)) return false;
    }
  }
  {
    const v2 = x["error-msg-on-failed-posture-compliance"];
    if (v2 !== void 0) {
      if (!(typeof v2 === "string")) return false;
      if (!(ucs2length(v2) <= 255)) return false;
    }
  }
  {
    const v3 = x["posture-compliance-statuses"];
    if (v3 === void 0) return false;
    if (!Array.isArray(v3)) return false;
    if (!(v3.length <= 10)) return false;
    for (let v5 = 0; v5 < v3.length; v5++) {
      const v4 = v3[v5];
      if (!(typeof v4 === "string")) return false;
      if (!(ucs2length(v4) <= 255)) return false;
    }
  }
  {
    const v6 = x["schema-version"];
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  if (!(!(x !== null && typeof x === "object" && !Array.isArray(x)) || x["error-msg-on-denied-connection"] !== void 0 || (!(x !== null && typeof x === "object" && !Array.isArray(x)) || x["error-msg-on-failed-posture-compliance"] !== void 0))) return false;
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

// clientvpn.connection-handler.result.strict.entry.ts
var validate = withStandardSchema(checked(check, clientvpn_connection_handler_result_strict_standalone_default), "clientvpn.connection-handler.result");
export {
  validate as default,
  validate
};
