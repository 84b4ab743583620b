// Generated from schemas/cognito/inbound-federation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.inbound-federation.standalone.js
var cognito_inbound_federation_standalone_default = validate20;
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
            if ("InboundFederation_ExternalProvider" !== data.triggerSource) {
              validate20.errors = [{ instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/const", keyword: "const", params: { allowedValue: "InboundFederation_ExternalProvider" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.region !== void 0) {
              const _errs5 = errors;
              if (typeof data.region !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
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
                          if (data8.providerName === void 0 && (missing2 = "providerName") || data8.providerType === void 0 && (missing2 = "providerType") || data8.attributes === void 0 && (missing2 = "attributes")) {
                            validate20.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                            return false;
                          } else {
                            if (data8.providerName !== void 0) {
                              const _errs23 = errors;
                              if (typeof data8.providerName !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/request/providerName", schemaPath: "#/properties/request/properties/providerName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid7 = _errs23 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data8.providerType !== void 0) {
                                const _errs25 = errors;
                                if (typeof data8.providerType !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/request/providerType", schemaPath: "#/properties/request/properties/providerType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid7 = _errs25 === errors;
                              } else {
                                var valid7 = true;
                              }
                              if (valid7) {
                                if (data8.attributes !== void 0) {
                                  let data11 = data8.attributes;
                                  const _errs27 = errors;
                                  if (errors === _errs27) {
                                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                      if (data11.tokenResponse !== void 0) {
                                        let data12 = data11.tokenResponse;
                                        const _errs29 = errors;
                                        if (errors === _errs29) {
                                          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/request/attributes/tokenResponse", schemaPath: "#/properties/request/properties/attributes/properties/tokenResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid8 = _errs29 === errors;
                                      } else {
                                        var valid8 = true;
                                      }
                                      if (valid8) {
                                        if (data11.idToken !== void 0) {
                                          let data13 = data11.idToken;
                                          const _errs32 = errors;
                                          if (errors === _errs32) {
                                            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/request/attributes/idToken", schemaPath: "#/properties/request/properties/attributes/properties/idToken/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid8 = _errs32 === errors;
                                        } else {
                                          var valid8 = true;
                                        }
                                        if (valid8) {
                                          if (data11.userInfo !== void 0) {
                                            let data14 = data11.userInfo;
                                            const _errs35 = errors;
                                            if (errors === _errs35) {
                                              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/request/attributes/userInfo", schemaPath: "#/properties/request/properties/attributes/properties/userInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid8 = _errs35 === errors;
                                          } else {
                                            var valid8 = true;
                                          }
                                          if (valid8) {
                                            if (data11.samlResponse !== void 0) {
                                              let data15 = data11.samlResponse;
                                              const _errs38 = errors;
                                              if (errors === _errs38) {
                                                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                                } else {
                                                  validate20.errors = [{ instancePath: instancePath + "/request/attributes/samlResponse", schemaPath: "#/properties/request/properties/attributes/properties/samlResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid8 = _errs38 === errors;
                                            } else {
                                              var valid8 = true;
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/request/attributes", schemaPath: "#/properties/request/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid7 = _errs27 === errors;
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
                        let data16 = data.response;
                        const _errs41 = errors;
                        if (errors === _errs41) {
                          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            if (data16.userAttributesToMap !== void 0) {
                              let data17 = data16.userAttributesToMap;
                              const _errs44 = errors;
                              if (errors === _errs44) {
                                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                  for (const key0 in data17) {
                                    const _errs47 = errors;
                                    if (typeof data17[key0] !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/response/userAttributesToMap/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid11 = _errs47 === errors;
                                    if (!valid11) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/response/userAttributesToMap", schemaPath: "#/$defs/CognitoStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                            }
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

// cognito.inbound-federation.entry.ts
withStandardSchema(cognito_inbound_federation_standalone_default, "cognito.inbound-federation");
export {
  cognito_inbound_federation_standalone_default as default,
  cognito_inbound_federation_standalone_default as validate
};
