// Generated from schemas/appsync/authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:appsync.authorizer.strict.standalone.js
var appsync_authorizer_strict_standalone_default = validate21;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.authorizationToken === void 0 && (missing0 = "authorizationToken") || data.requestContext === void 0 && (missing0 = "requestContext")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.authorizationToken !== void 0) {
          const _errs1 = errors;
          if (typeof data.authorizationToken !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/authorizationToken", schemaPath: "#/properties/authorizationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.requestContext !== void 0) {
            let data1 = data.requestContext;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing1;
                if (data1.apiId === void 0 && (missing1 = "apiId") || data1.accountId === void 0 && (missing1 = "accountId") || data1.requestId === void 0 && (missing1 = "requestId") || data1.queryString === void 0 && (missing1 = "queryString") || data1.variables === void 0 && (missing1 = "variables")) {
                  validate21.errors = [{ instancePath: instancePath + "/requestContext", schemaPath: "#/properties/requestContext/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.apiId !== void 0) {
                    const _errs5 = errors;
                    if (typeof data1.apiId !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/requestContext/apiId", schemaPath: "#/properties/requestContext/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data1.accountId !== void 0) {
                      const _errs7 = errors;
                      if (typeof data1.accountId !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/requestContext/accountId", schemaPath: "#/properties/requestContext/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs7 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data1.requestId !== void 0) {
                        const _errs9 = errors;
                        if (typeof data1.requestId !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/requestContext/requestId", schemaPath: "#/properties/requestContext/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs9 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data1.queryString !== void 0) {
                          const _errs11 = errors;
                          if (typeof data1.queryString !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/requestContext/queryString", schemaPath: "#/properties/requestContext/properties/queryString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid1 = _errs11 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data1.operationName !== void 0) {
                            const _errs13 = errors;
                            if (typeof data1.operationName !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/requestContext/operationName", schemaPath: "#/properties/requestContext/properties/operationName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid1 = _errs13 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data1.variables !== void 0) {
                              let data7 = data1.variables;
                              const _errs15 = errors;
                              if (errors === _errs15) {
                                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/requestContext/variables", schemaPath: "#/properties/requestContext/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs15 === errors;
                            } else {
                              var valid1 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/requestContext", schemaPath: "#/properties/requestContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.requestHeaders !== void 0) {
              let data8 = data.requestHeaders;
              const _errs18 = errors;
              if (errors === _errs18) {
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                  for (const key0 in data8) {
                    const _errs21 = errors;
                    if (typeof data8[key0] !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/requestHeaders/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/requestHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs21 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/requestHeaders", schemaPath: "#/properties/requestHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs18 === errors;
            } else {
              var valid0 = true;
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

// check:appsync.authorizer.strict.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.authorizationToken;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.requestContext;
    if (v1 === void 0) return false;
    if (!(v1 !== null && typeof v1 === "object" && !Array.isArray(v1))) return false;
    {
      const v2 = v1.apiId;
      if (v2 === void 0) return false;
      if (!(typeof v2 === "string")) return false;
    }
    {
      const v3 = v1.accountId;
      if (v3 === void 0) return false;
      if (!(typeof v3 === "string")) return false;
    }
    {
      const v4 = v1.requestId;
      if (v4 === void 0) return false;
      if (!(typeof v4 === "string")) return false;
    }
    {
      const v5 = v1.queryString;
      if (v5 === void 0) return false;
      if (!(typeof v5 === "string")) return false;
    }
    {
      const v6 = v1.operationName;
      if (v6 !== void 0) {
        if (!(typeof v6 === "string")) return false;
      }
    }
    {
      const v7 = v1.variables;
      if (v7 === void 0) return false;
      if (!(v7 !== null && typeof v7 === "object" && !Array.isArray(v7))) return false;
    }
  }
  {
    const v8 = x.requestHeaders;
    if (v8 !== void 0) {
      if (!(v8 !== null && typeof v8 === "object" && !Array.isArray(v8))) return false;
      for (const v9 in v8) {
        const v10 = v8[v9];
        if (!(typeof v10 === "string")) return false;
      }
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

// appsync.authorizer.strict.entry.ts
var validate = withStandardSchema(checked(check, appsync_authorizer_strict_standalone_default), "appsync.authorizer");
export {
  validate as default,
  validate
};
