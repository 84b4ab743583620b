// Generated from schemas/cognito/inbound-federation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.inbound-federation.strict.standalone.js
var cognito_inbound_federation_strict_standalone_default = validate21;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var pattern0 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate24.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
        return false;
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.awsSdkVersion === void 0 && (missing0 = "awsSdkVersion") || data.clientId === void 0 && (missing0 = "clientId")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.awsSdkVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.awsSdkVersion !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/awsSdkVersion", schemaPath: "#/properties/awsSdkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.clientId !== void 0) {
            const _errs3 = errors;
            if (typeof data.clientId !== "string") {
              validate30.errors = [{ instancePath: instancePath + "/clientId", schemaPath: "#/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate32.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.triggerSource === void 0 && (missing0 = "triggerSource") || data.region === void 0 && (missing0 = "region") || data.userPoolId === void 0 && (missing0 = "userPoolId") || data.userName === void 0 && (missing0 = "userName") || data.callerContext === void 0 && (missing0 = "callerContext") || data.request === void 0 && (missing0 = "request") || data.response === void 0 && (missing0 = "response")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (!validate22(data.version, { instancePath: instancePath + "/version", parentData: data, parentDataProperty: "version", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.triggerSource !== void 0) {
            const _errs2 = errors;
            if ("InboundFederation_ExternalProvider" !== data.triggerSource) {
              validate21.errors = [{ instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/const", keyword: "const", params: { allowedValue: "InboundFederation_ExternalProvider" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.region !== void 0) {
              const _errs3 = errors;
              if (!validate24(data.region, { instancePath: instancePath + "/region", parentData: data, parentDataProperty: "region", rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.userPoolId !== void 0) {
                const _errs4 = errors;
                if (!validate26(data.userPoolId, { instancePath: instancePath + "/userPoolId", parentData: data, parentDataProperty: "userPoolId", rootData })) {
                  vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.userName !== void 0) {
                  const _errs5 = errors;
                  if (!validate28(data.userName, { instancePath: instancePath + "/userName", parentData: data, parentDataProperty: "userName", rootData })) {
                    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.callerContext !== void 0) {
                    const _errs6 = errors;
                    if (!validate30(data.callerContext, { instancePath: instancePath + "/callerContext", parentData: data, parentDataProperty: "callerContext", rootData })) {
                      vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.request !== void 0) {
                      let data6 = data.request;
                      const _errs7 = errors;
                      if (errors === _errs7) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          let missing1;
                          if (data6.providerName === void 0 && (missing1 = "providerName") || data6.providerType === void 0 && (missing1 = "providerType") || data6.attributes === void 0 && (missing1 = "attributes")) {
                            validate21.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data6.providerName !== void 0) {
                              const _errs9 = errors;
                              if (typeof data6.providerName !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/request/providerName", schemaPath: "#/properties/request/properties/providerName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs9 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data6.providerType !== void 0) {
                                const _errs11 = errors;
                                if (typeof data6.providerType !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/request/providerType", schemaPath: "#/properties/request/properties/providerType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid1 = _errs11 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data6.attributes !== void 0) {
                                  let data9 = data6.attributes;
                                  const _errs13 = errors;
                                  if (errors === _errs13) {
                                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                      if (data9.tokenResponse !== void 0) {
                                        let data10 = data9.tokenResponse;
                                        const _errs15 = errors;
                                        if (errors === _errs15) {
                                          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                          } else {
                                            validate21.errors = [{ instancePath: instancePath + "/request/attributes/tokenResponse", schemaPath: "#/properties/request/properties/attributes/properties/tokenResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid2 = _errs15 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data9.idToken !== void 0) {
                                          let data11 = data9.idToken;
                                          const _errs18 = errors;
                                          if (errors === _errs18) {
                                            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                            } else {
                                              validate21.errors = [{ instancePath: instancePath + "/request/attributes/idToken", schemaPath: "#/properties/request/properties/attributes/properties/idToken/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid2 = _errs18 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                        if (valid2) {
                                          if (data9.userInfo !== void 0) {
                                            let data12 = data9.userInfo;
                                            const _errs21 = errors;
                                            if (errors === _errs21) {
                                              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                              } else {
                                                validate21.errors = [{ instancePath: instancePath + "/request/attributes/userInfo", schemaPath: "#/properties/request/properties/attributes/properties/userInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid2 = _errs21 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                          if (valid2) {
                                            if (data9.samlResponse !== void 0) {
                                              let data13 = data9.samlResponse;
                                              const _errs24 = errors;
                                              if (errors === _errs24) {
                                                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                                } else {
                                                  validate21.errors = [{ instancePath: instancePath + "/request/attributes/samlResponse", schemaPath: "#/properties/request/properties/attributes/properties/samlResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid2 = _errs24 === errors;
                                            } else {
                                              var valid2 = true;
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate21.errors = [{ instancePath: instancePath + "/request/attributes", schemaPath: "#/properties/request/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid1 = _errs13 === errors;
                                } else {
                                  var valid1 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs7 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.response !== void 0) {
                        let data14 = data.response;
                        const _errs27 = errors;
                        if (errors === _errs27) {
                          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                            if (data14.userAttributesToMap !== void 0) {
                              if (!validate32(data14.userAttributesToMap, { instancePath: instancePath + "/response/userAttributesToMap", parentData: data14, parentDataProperty: "userAttributesToMap", rootData })) {
                                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                errors = vErrors.length;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs27 === errors;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:cognito.inbound-federation.strict.check.js
var p0 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function d_CognitoCallerContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v6 = x.awsSdkVersion;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.clientId;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  return true;
}
function d_CognitoStringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v18 in x) {
    const v19 = x[v18];
    if (!(typeof v19 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.triggerSource;
    if (v1 === void 0) return false;
    if (!(v1 === "InboundFederation_ExternalProvider")) return false;
  }
  {
    const v2 = x.region;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string" && p0.test(v2))) return false;
  }
  {
    const v3 = x.userPoolId;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.userName;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.callerContext;
    if (v5 === void 0) return false;
    if (!d_CognitoCallerContext(v5)) return false;
  }
  {
    const v8 = x.request;
    if (v8 === void 0) return false;
    if (!(v8 !== null && typeof v8 === "object" && !Array.isArray(v8))) return false;
    {
      const v9 = v8.providerName;
      if (v9 === void 0) return false;
      if (!(typeof v9 === "string")) return false;
    }
    {
      const v10 = v8.providerType;
      if (v10 === void 0) return false;
      if (!(typeof v10 === "string")) return false;
    }
    {
      const v11 = v8.attributes;
      if (v11 === void 0) return false;
      if (!(v11 !== null && typeof v11 === "object" && !Array.isArray(v11))) return false;
      {
        const v12 = v11.tokenResponse;
        if (v12 !== void 0) {
          if (!(v12 !== null && typeof v12 === "object" && !Array.isArray(v12))) return false;
        }
      }
      {
        const v13 = v11.idToken;
        if (v13 !== void 0) {
          if (!(v13 !== null && typeof v13 === "object" && !Array.isArray(v13))) return false;
        }
      }
      {
        const v14 = v11.userInfo;
        if (v14 !== void 0) {
          if (!(v14 !== null && typeof v14 === "object" && !Array.isArray(v14))) return false;
        }
      }
      {
        const v15 = v11.samlResponse;
        if (v15 !== void 0) {
          if (!(v15 !== null && typeof v15 === "object" && !Array.isArray(v15))) return false;
        }
      }
    }
  }
  {
    const v16 = x.response;
    if (v16 === void 0) return false;
    if (!(v16 !== null && typeof v16 === "object" && !Array.isArray(v16))) return false;
    {
      const v17 = v16.userAttributesToMap;
      if (v17 !== void 0) {
        if (!d_CognitoStringMap(v17)) return false;
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

// cognito.inbound-federation.strict.entry.ts
var validate = withStandardSchema(checked(check, cognito_inbound_federation_strict_standalone_default), "cognito.inbound-federation");
export {
  validate as default,
  validate
};
