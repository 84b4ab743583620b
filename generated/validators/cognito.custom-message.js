// Generated from schemas/cognito/custom-message.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.custom-message.standalone.js
var cognito_custom_message_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cognito.custom-message", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request", "response"], "properties": { "version": { "$ref": "#/$defs/CognitoTriggerVersion" }, "triggerSource": { "enum": ["CustomMessage_SignUp", "CustomMessage_AdminCreateUser", "CustomMessage_ResendCode", "CustomMessage_ForgotPassword", "CustomMessage_UpdateUserAttribute", "CustomMessage_VerifyUserAttribute", "CustomMessage_Authentication"] }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": ["userAttributes", "codeParameter"], "properties": { "userAttributes": { "$ref": "#/$defs/CognitoUserAttributes" }, "codeParameter": { "type": "string" }, "usernameParameter": { "type": ["string", "null"] }, "linkParameter": { "type": ["string", "null"] }, "clientMetadata": { "$ref": "#/$defs/CognitoClientMetadata" } } }, "response": { "type": "object", "properties": { "smsMessage": { "type": ["string", "null"] }, "emailMessage": { "type": ["string", "null"] }, "emailSubject": { "type": ["string", "null"] } } } }, "$defs": { "AwsRegion": { "type": "string" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoTriggerVersion": { "type": "string" }, "CognitoUserAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" } } };
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
            let data1 = data.triggerSource;
            const _errs4 = errors;
            if (!(data1 === "CustomMessage_SignUp" || data1 === "CustomMessage_AdminCreateUser" || data1 === "CustomMessage_ResendCode" || data1 === "CustomMessage_ForgotPassword" || data1 === "CustomMessage_UpdateUserAttribute" || data1 === "CustomMessage_VerifyUserAttribute" || data1 === "CustomMessage_Authentication")) {
              validate20.errors = [{ instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/enum", keyword: "enum", params: { allowedValues: schema31.properties.triggerSource.enum }, message: "must be equal to one of the allowed values" }];
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
                          if (data8.userAttributes === void 0 && (missing2 = "userAttributes") || data8.codeParameter === void 0 && (missing2 = "codeParameter")) {
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
                              if (data8.codeParameter !== void 0) {
                                const _errs29 = errors;
                                if (typeof data8.codeParameter !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/request/codeParameter", schemaPath: "#/properties/request/properties/codeParameter/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid7 = _errs29 === errors;
                              } else {
                                var valid7 = true;
                              }
                              if (valid7) {
                                if (data8.usernameParameter !== void 0) {
                                  let data12 = data8.usernameParameter;
                                  const _errs31 = errors;
                                  if (typeof data12 !== "string" && data12 !== null) {
                                    validate20.errors = [{ instancePath: instancePath + "/request/usernameParameter", schemaPath: "#/properties/request/properties/usernameParameter/type", keyword: "type", params: { type: schema31.properties.request.properties.usernameParameter.type }, message: "must be string,null" }];
                                    return false;
                                  }
                                  var valid7 = _errs31 === errors;
                                } else {
                                  var valid7 = true;
                                }
                                if (valid7) {
                                  if (data8.linkParameter !== void 0) {
                                    let data13 = data8.linkParameter;
                                    const _errs33 = errors;
                                    if (typeof data13 !== "string" && data13 !== null) {
                                      validate20.errors = [{ instancePath: instancePath + "/request/linkParameter", schemaPath: "#/properties/request/properties/linkParameter/type", keyword: "type", params: { type: schema31.properties.request.properties.linkParameter.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    var valid7 = _errs33 === errors;
                                  } else {
                                    var valid7 = true;
                                  }
                                  if (valid7) {
                                    if (data8.clientMetadata !== void 0) {
                                      let data14 = data8.clientMetadata;
                                      const _errs35 = errors;
                                      const _errs36 = errors;
                                      if (errors === _errs36) {
                                        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                          for (const key1 in data14) {
                                            const _errs39 = errors;
                                            if (typeof data14[key1] !== "string") {
                                              validate20.errors = [{ instancePath: instancePath + "/request/clientMetadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClientMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid11 = _errs39 === errors;
                                            if (!valid11) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/$defs/CognitoClientMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid7 = _errs35 === errors;
                                    } else {
                                      var valid7 = true;
                                    }
                                  }
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
                            if (data16.smsMessage !== void 0) {
                              let data17 = data16.smsMessage;
                              const _errs43 = errors;
                              if (typeof data17 !== "string" && data17 !== null) {
                                validate20.errors = [{ instancePath: instancePath + "/response/smsMessage", schemaPath: "#/properties/response/properties/smsMessage/type", keyword: "type", params: { type: schema31.properties.response.properties.smsMessage.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid12 = _errs43 === errors;
                            } else {
                              var valid12 = true;
                            }
                            if (valid12) {
                              if (data16.emailMessage !== void 0) {
                                let data18 = data16.emailMessage;
                                const _errs45 = errors;
                                if (typeof data18 !== "string" && data18 !== null) {
                                  validate20.errors = [{ instancePath: instancePath + "/response/emailMessage", schemaPath: "#/properties/response/properties/emailMessage/type", keyword: "type", params: { type: schema31.properties.response.properties.emailMessage.type }, message: "must be string,null" }];
                                  return false;
                                }
                                var valid12 = _errs45 === errors;
                              } else {
                                var valid12 = true;
                              }
                              if (valid12) {
                                if (data16.emailSubject !== void 0) {
                                  let data19 = data16.emailSubject;
                                  const _errs47 = errors;
                                  if (typeof data19 !== "string" && data19 !== null) {
                                    validate20.errors = [{ instancePath: instancePath + "/response/emailSubject", schemaPath: "#/properties/response/properties/emailSubject/type", keyword: "type", params: { type: schema31.properties.response.properties.emailSubject.type }, message: "must be string,null" }];
                                    return false;
                                  }
                                  var valid12 = _errs47 === errors;
                                } else {
                                  var valid12 = true;
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

// cognito.custom-message.entry.ts
withStandardSchema(cognito_custom_message_standalone_default, "cognito.custom-message");
export {
  cognito_custom_message_standalone_default as default,
  cognito_custom_message_standalone_default as validate
};
