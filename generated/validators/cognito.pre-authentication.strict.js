// Generated from schemas/cognito/pre-authentication.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.pre-authentication.strict.standalone.js
var cognito_pre_authentication_strict_standalone_default = validate20;
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
      if (data.version === void 0 && (missing0 = "version") || data.triggerSource === void 0 && (missing0 = "triggerSource") || data.region === void 0 && (missing0 = "region") || data.userPoolId === void 0 && (missing0 = "userPoolId") || data.userName === void 0 && (missing0 = "userName") || data.callerContext === void 0 && (missing0 = "callerContext") || data.request === void 0 && (missing0 = "request") || data.response === void 0 && (missing0 = "response")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (typeof data.version !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/$defs/CognitoTriggerVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.triggerSource !== void 0) {
            const _errs4 = errors;
            if ("PreAuthentication_Authentication" !== data.triggerSource) {
              validate20.errors = [{ instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/const", keyword: "const", params: { allowedValue: "PreAuthentication_Authentication" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.region !== void 0) {
              let data2 = data.region;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
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
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.userPoolId !== void 0) {
                const _errs8 = errors;
                if (typeof data.userPoolId !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/userPoolId", schemaPath: "#/$defs/CognitoUserPoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.userName !== void 0) {
                  const _errs11 = errors;
                  if (typeof data.userName !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/userName", schemaPath: "#/$defs/CognitoUserName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.callerContext !== void 0) {
                    let data5 = data.callerContext;
                    const _errs14 = errors;
                    const _errs15 = errors;
                    if (errors === _errs15) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        let missing1;
                        if (data5.awsSdkVersion === void 0 && (missing1 = "awsSdkVersion") || data5.clientId === void 0 && (missing1 = "clientId")) {
                          validate20.errors = [{ instancePath: instancePath + "/callerContext", schemaPath: "#/$defs/CognitoCallerContext/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          if (data5.awsSdkVersion !== void 0) {
                            const _errs17 = errors;
                            if (typeof data5.awsSdkVersion !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/callerContext/awsSdkVersion", schemaPath: "#/$defs/CognitoCallerContext/properties/awsSdkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid6 = _errs17 === errors;
                          } else {
                            var valid6 = true;
                          }
                          if (valid6) {
                            if (data5.clientId !== void 0) {
                              const _errs19 = errors;
                              if (typeof data5.clientId !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/callerContext/clientId", schemaPath: "#/$defs/CognitoCallerContext/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid6 = _errs19 === errors;
                            } else {
                              var valid6 = true;
                            }
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/callerContext", schemaPath: "#/$defs/CognitoCallerContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.request !== void 0) {
                      let data8 = data.request;
                      const _errs21 = errors;
                      if (errors === _errs21) {
                        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                          let missing2;
                          if (data8.userAttributes === void 0 && (missing2 = "userAttributes")) {
                            validate20.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                            return false;
                          } else {
                            if (data8.userAttributes !== void 0) {
                              let data9 = data8.userAttributes;
                              const _errs23 = errors;
                              const _errs24 = errors;
                              if (errors === _errs24) {
                                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                  for (const key0 in data9) {
                                    const _errs27 = errors;
                                    if (typeof data9[key0] !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/request/userAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoUserAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid9 = _errs27 === errors;
                                    if (!valid9) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/request/userAttributes", schemaPath: "#/$defs/CognitoUserAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid7 = _errs23 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data8.validationData !== void 0) {
                                let data11 = data8.validationData;
                                const _errs29 = errors;
                                const _errs31 = errors;
                                let valid11 = false;
                                const _errs32 = errors;
                                if (errors === _errs32) {
                                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                    for (const key1 in data11) {
                                      const _errs35 = errors;
                                      if (typeof data11[key1] !== "string") {
                                        const err0 = { instancePath: instancePath + "/request/validationData/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoValidationData/anyOf/0/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err0];
                                        } else {
                                          vErrors.push(err0);
                                        }
                                        errors++;
                                      }
                                      var valid12 = _errs35 === errors;
                                      if (!valid12) {
                                        break;
                                      }
                                    }
                                  } else {
                                    const err1 = { instancePath: instancePath + "/request/validationData", schemaPath: "#/$defs/CognitoValidationData/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err1];
                                    } else {
                                      vErrors.push(err1);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid0 = _errs32 === errors;
                                valid11 = valid11 || _valid0;
                                const _errs37 = errors;
                                if (data11 !== null) {
                                  const err2 = { instancePath: instancePath + "/request/validationData", schemaPath: "#/$defs/CognitoValidationData/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                  if (vErrors === null) {
                                    vErrors = [err2];
                                  } else {
                                    vErrors.push(err2);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs37 === errors;
                                valid11 = valid11 || _valid0;
                                if (!valid11) {
                                  const err3 = { instancePath: instancePath + "/request/validationData", schemaPath: "#/$defs/CognitoValidationData/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err3];
                                  } else {
                                    vErrors.push(err3);
                                  }
                                  errors++;
                                  validate20.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs31;
                                  if (vErrors !== null) {
                                    if (_errs31) {
                                      vErrors.length = _errs31;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid7 = _errs29 === errors;
                              } else {
                                var valid7 = true;
                              }
                              if (valid7) {
                                if (data8.userNotFound !== void 0) {
                                  const _errs39 = errors;
                                  if (typeof data8.userNotFound !== "boolean") {
                                    validate20.errors = [{ instancePath: instancePath + "/request/userNotFound", schemaPath: "#/properties/request/properties/userNotFound/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                    return false;
                                  }
                                  var valid7 = _errs39 === errors;
                                } else {
                                  var valid7 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs21 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.response !== void 0) {
                        let data14 = data.response;
                        const _errs41 = errors;
                        if (errors === _errs41) {
                          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
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
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "triggerSource": true, "region": true, "userPoolId": true, "userName": true, "callerContext": true, "request": true, "response": true }, "dynamicProps": false, "dynamicItems": false };

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

// cognito.pre-authentication.strict.entry.ts
withStandardSchema(cognito_pre_authentication_strict_standalone_default, "cognito.pre-authentication");
export {
  cognito_pre_authentication_strict_standalone_default as default,
  cognito_pre_authentication_strict_standalone_default as validate
};
