// Generated from schemas/appsync/authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:appsync.authorizer.strict.standalone.js
var appsync_authorizer_strict_standalone_default = validate20;
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
      if (data.authorizationToken === void 0 && (missing0 = "authorizationToken") || data.requestContext === void 0 && (missing0 = "requestContext")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.authorizationToken !== void 0) {
          const _errs1 = errors;
          if (typeof data.authorizationToken !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/authorizationToken", schemaPath: "#/properties/authorizationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate20.errors = [{ instancePath: instancePath + "/requestContext", schemaPath: "#/properties/requestContext/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.apiId !== void 0) {
                    const _errs5 = errors;
                    if (typeof data1.apiId !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/requestContext/apiId", schemaPath: "#/properties/requestContext/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate20.errors = [{ instancePath: instancePath + "/requestContext/accountId", schemaPath: "#/properties/requestContext/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate20.errors = [{ instancePath: instancePath + "/requestContext/requestId", schemaPath: "#/properties/requestContext/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            validate20.errors = [{ instancePath: instancePath + "/requestContext/queryString", schemaPath: "#/properties/requestContext/properties/queryString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate20.errors = [{ instancePath: instancePath + "/requestContext/operationName", schemaPath: "#/properties/requestContext/properties/operationName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                  validate20.errors = [{ instancePath: instancePath + "/requestContext/variables", schemaPath: "#/properties/requestContext/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                validate20.errors = [{ instancePath: instancePath + "/requestContext", schemaPath: "#/properties/requestContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                      validate20.errors = [{ instancePath: instancePath + "/requestHeaders/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/requestHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs21 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/requestHeaders", schemaPath: "#/properties/requestHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "authorizationToken": true, "requestContext": true, "requestHeaders": true }, "dynamicProps": false, "dynamicItems": false };

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

// appsync.authorizer.strict.entry.ts
withStandardSchema(appsync_authorizer_strict_standalone_default, "appsync.authorizer");
export {
  appsync_authorizer_strict_standalone_default as default,
  appsync_authorizer_strict_standalone_default as validate
};
