// Generated from schemas/cognito/define-auth-challenge.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.define-auth-challenge.strict.standalone.js
var cognito_define_auth_challenge_strict_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cognito.define-auth-challenge", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request", "response"], "properties": { "version": { "$ref": "#/$defs/CognitoTriggerVersion" }, "triggerSource": { "const": "DefineAuthChallenge_Authentication" }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": ["userAttributes", "session"], "properties": { "userAttributes": { "$ref": "#/$defs/CognitoUserAttributes" }, "session": { "type": "array", "items": { "$ref": "#/$defs/CognitoChallengeResult" } }, "clientMetadata": { "$ref": "#/$defs/CognitoClientMetadata" }, "userNotFound": { "type": "boolean" } } }, "response": { "type": "object", "properties": { "challengeName": { "type": ["string", "null"] }, "issueTokens": { "type": ["boolean", "null"] }, "failAuthentication": { "type": ["boolean", "null"] } } } }, "$defs": { "AwsRegion": { "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoChallengeResult": { "type": "object", "required": ["challengeName", "challengeResult"], "properties": { "challengeName": { "type": "string" }, "challengeResult": { "type": "boolean" }, "challengeMetadata": { "type": ["string", "null"] } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoTriggerVersion": { "type": "string" }, "CognitoUserAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" } } };
var schema38 = { "type": "object", "required": ["challengeName", "challengeResult"], "properties": { "challengeName": { "type": "string" }, "challengeResult": { "type": "boolean" }, "challengeMetadata": { "type": ["string", "null"] } } };
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
            if ("DefineAuthChallenge_Authentication" !== data.triggerSource) {
              validate20.errors = [{ instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/const", keyword: "const", params: { allowedValue: "DefineAuthChallenge_Authentication" }, message: "must be equal to constant" }];
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
                          if (data8.userAttributes === void 0 && (missing2 = "userAttributes") || data8.session === void 0 && (missing2 = "session")) {
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
                              if (data8.session !== void 0) {
                                let data11 = data8.session;
                                const _errs29 = errors;
                                if (errors === _errs29) {
                                  if (Array.isArray(data11)) {
                                    var valid10 = true;
                                    const len0 = data11.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      let data12 = data11[i0];
                                      const _errs31 = errors;
                                      const _errs32 = errors;
                                      if (errors === _errs32) {
                                        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                          let missing3;
                                          if (data12.challengeName === void 0 && (missing3 = "challengeName") || data12.challengeResult === void 0 && (missing3 = "challengeResult")) {
                                            validate20.errors = [{ instancePath: instancePath + "/request/session/" + i0, schemaPath: "#/$defs/CognitoChallengeResult/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                            return false;
                                          } else {
                                            if (data12.challengeName !== void 0) {
                                              const _errs34 = errors;
                                              if (typeof data12.challengeName !== "string") {
                                                validate20.errors = [{ instancePath: instancePath + "/request/session/" + i0 + "/challengeName", schemaPath: "#/$defs/CognitoChallengeResult/properties/challengeName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid12 = _errs34 === errors;
                                            } else {
                                              var valid12 = true;
                                            }
                                            if (valid12) {
                                              if (data12.challengeResult !== void 0) {
                                                const _errs36 = errors;
                                                if (typeof data12.challengeResult !== "boolean") {
                                                  validate20.errors = [{ instancePath: instancePath + "/request/session/" + i0 + "/challengeResult", schemaPath: "#/$defs/CognitoChallengeResult/properties/challengeResult/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                  return false;
                                                }
                                                var valid12 = _errs36 === errors;
                                              } else {
                                                var valid12 = true;
                                              }
                                              if (valid12) {
                                                if (data12.challengeMetadata !== void 0) {
                                                  let data15 = data12.challengeMetadata;
                                                  const _errs38 = errors;
                                                  if (typeof data15 !== "string" && data15 !== null) {
                                                    validate20.errors = [{ instancePath: instancePath + "/request/session/" + i0 + "/challengeMetadata", schemaPath: "#/$defs/CognitoChallengeResult/properties/challengeMetadata/type", keyword: "type", params: { type: schema38.properties.challengeMetadata.type }, message: "must be string,null" }];
                                                    return false;
                                                  }
                                                  var valid12 = _errs38 === errors;
                                                } else {
                                                  var valid12 = true;
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/request/session/" + i0, schemaPath: "#/$defs/CognitoChallengeResult/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid10 = _errs31 === errors;
                                      if (!valid10) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/request/session", schemaPath: "#/properties/request/properties/session/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid7 = _errs29 === errors;
                              } else {
                                var valid7 = true;
                              }
                              if (valid7) {
                                if (data8.clientMetadata !== void 0) {
                                  let data16 = data8.clientMetadata;
                                  const _errs40 = errors;
                                  const _errs41 = errors;
                                  if (errors === _errs41) {
                                    if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                      for (const key1 in data16) {
                                        const _errs44 = errors;
                                        if (typeof data16[key1] !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/request/clientMetadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClientMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid14 = _errs44 === errors;
                                        if (!valid14) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/$defs/CognitoClientMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid7 = _errs40 === errors;
                                } else {
                                  var valid7 = true;
                                }
                                if (valid7) {
                                  if (data8.userNotFound !== void 0) {
                                    const _errs46 = errors;
                                    if (typeof data8.userNotFound !== "boolean") {
                                      validate20.errors = [{ instancePath: instancePath + "/request/userNotFound", schemaPath: "#/properties/request/properties/userNotFound/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                      return false;
                                    }
                                    var valid7 = _errs46 === errors;
                                  } else {
                                    var valid7 = true;
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
                        let data19 = data.response;
                        const _errs48 = errors;
                        if (errors === _errs48) {
                          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                            if (data19.challengeName !== void 0) {
                              let data20 = data19.challengeName;
                              const _errs50 = errors;
                              if (typeof data20 !== "string" && data20 !== null) {
                                validate20.errors = [{ instancePath: instancePath + "/response/challengeName", schemaPath: "#/properties/response/properties/challengeName/type", keyword: "type", params: { type: schema31.properties.response.properties.challengeName.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid15 = _errs50 === errors;
                            } else {
                              var valid15 = true;
                            }
                            if (valid15) {
                              if (data19.issueTokens !== void 0) {
                                let data21 = data19.issueTokens;
                                const _errs52 = errors;
                                if (typeof data21 !== "boolean" && data21 !== null) {
                                  validate20.errors = [{ instancePath: instancePath + "/response/issueTokens", schemaPath: "#/properties/response/properties/issueTokens/type", keyword: "type", params: { type: schema31.properties.response.properties.issueTokens.type }, message: "must be boolean,null" }];
                                  return false;
                                }
                                var valid15 = _errs52 === errors;
                              } else {
                                var valid15 = true;
                              }
                              if (valid15) {
                                if (data19.failAuthentication !== void 0) {
                                  let data22 = data19.failAuthentication;
                                  const _errs54 = errors;
                                  if (typeof data22 !== "boolean" && data22 !== null) {
                                    validate20.errors = [{ instancePath: instancePath + "/response/failAuthentication", schemaPath: "#/properties/response/properties/failAuthentication/type", keyword: "type", params: { type: schema31.properties.response.properties.failAuthentication.type }, message: "must be boolean,null" }];
                                    return false;
                                  }
                                  var valid15 = _errs54 === errors;
                                } else {
                                  var valid15 = true;
                                }
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs48 === errors;
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

// cognito.define-auth-challenge.strict.entry.ts
withStandardSchema(cognito_define_auth_challenge_strict_standalone_default, "cognito.define-auth-challenge");
export {
  cognito_define_auth_challenge_strict_standalone_default as default,
  cognito_define_auth_challenge_strict_standalone_default as validate
};
