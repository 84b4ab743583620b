// Generated from schemas/cognito/user-migration.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.user-migration.standalone.js
var cognito_user_migration_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cognito.user-migration", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request", "response"], "properties": { "version": { "$ref": "#/$defs/CognitoTriggerVersion" }, "triggerSource": { "enum": ["UserMigration_Authentication", "UserMigration_ForgotPassword"] }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": [], "properties": { "password": { "type": "string" }, "validationData": { "$ref": "#/$defs/CognitoValidationData" }, "clientMetadata": { "$ref": "#/$defs/CognitoClientMetadata" }, "userAttributes": { "type": "null" } } }, "response": { "type": "object", "properties": { "userAttributes": { "anyOf": [{ "$ref": "#/$defs/CognitoStringMap" }, { "type": "null" }] }, "finalUserStatus": { "enum": ["CONFIRMED", "RESET_REQUIRED", null] }, "messageAction": { "enum": ["SUPPRESS", "RESEND", null] }, "desiredDeliveryMediums": { "anyOf": [{ "type": "array", "items": { "enum": ["EMAIL", "SMS"] } }, { "type": "null" }] }, "enableSMSMFA": { "type": ["boolean", "null"] }, "forceAliasCreation": { "type": ["boolean", "null"] } } } }, "$defs": { "AwsRegion": { "type": "string" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoStringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoTriggerVersion": { "type": "string" }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" }, "CognitoValidationData": { "anyOf": [{ "type": "object", "additionalProperties": { "type": "string" } }, { "type": "null" }] } } };
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
            if (!(data1 === "UserMigration_Authentication" || data1 === "UserMigration_ForgotPassword")) {
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
                          if (data8.password !== void 0) {
                            const _errs23 = errors;
                            if (typeof data8.password !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/request/password", schemaPath: "#/properties/request/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid7 = _errs23 === errors;
                          } else {
                            var valid7 = true;
                          }
                          if (valid7) {
                            if (data8.validationData !== void 0) {
                              let data10 = data8.validationData;
                              const _errs25 = errors;
                              const _errs27 = errors;
                              let valid9 = false;
                              const _errs28 = errors;
                              if (errors === _errs28) {
                                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                  for (const key0 in data10) {
                                    const _errs31 = errors;
                                    if (typeof data10[key0] !== "string") {
                                      const err0 = { instancePath: instancePath + "/request/validationData/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoValidationData/anyOf/0/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err0];
                                      } else {
                                        vErrors.push(err0);
                                      }
                                      errors++;
                                    }
                                    var valid10 = _errs31 === errors;
                                    if (!valid10) {
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
                              var _valid0 = _errs28 === errors;
                              valid9 = valid9 || _valid0;
                              const _errs33 = errors;
                              if (data10 !== null) {
                                const err2 = { instancePath: instancePath + "/request/validationData", schemaPath: "#/$defs/CognitoValidationData/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err2];
                                } else {
                                  vErrors.push(err2);
                                }
                                errors++;
                              }
                              var _valid0 = _errs33 === errors;
                              valid9 = valid9 || _valid0;
                              if (!valid9) {
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
                                errors = _errs27;
                                if (vErrors !== null) {
                                  if (_errs27) {
                                    vErrors.length = _errs27;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid7 = _errs25 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data8.clientMetadata !== void 0) {
                                let data12 = data8.clientMetadata;
                                const _errs35 = errors;
                                const _errs36 = errors;
                                if (errors === _errs36) {
                                  if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                    for (const key1 in data12) {
                                      const _errs39 = errors;
                                      if (typeof data12[key1] !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/request/clientMetadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClientMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid12 = _errs39 === errors;
                                      if (!valid12) {
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
                              if (valid7) {
                                if (data8.userAttributes !== void 0) {
                                  const _errs41 = errors;
                                  if (data8.userAttributes !== null) {
                                    validate20.errors = [{ instancePath: instancePath + "/request/userAttributes", schemaPath: "#/properties/request/properties/userAttributes/type", keyword: "type", params: { type: "null" }, message: "must be null" }];
                                    return false;
                                  }
                                  var valid7 = _errs41 === errors;
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
                        let data15 = data.response;
                        const _errs43 = errors;
                        if (errors === _errs43) {
                          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                            if (data15.userAttributes !== void 0) {
                              let data16 = data15.userAttributes;
                              const _errs45 = errors;
                              const _errs46 = errors;
                              let valid14 = false;
                              const _errs47 = errors;
                              const _errs48 = errors;
                              if (errors === _errs48) {
                                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                  for (const key2 in data16) {
                                    const _errs51 = errors;
                                    if (typeof data16[key2] !== "string") {
                                      const err4 = { instancePath: instancePath + "/response/userAttributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err4];
                                      } else {
                                        vErrors.push(err4);
                                      }
                                      errors++;
                                    }
                                    var valid16 = _errs51 === errors;
                                    if (!valid16) {
                                      break;
                                    }
                                  }
                                } else {
                                  const err5 = { instancePath: instancePath + "/response/userAttributes", schemaPath: "#/$defs/CognitoStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  if (vErrors === null) {
                                    vErrors = [err5];
                                  } else {
                                    vErrors.push(err5);
                                  }
                                  errors++;
                                }
                              }
                              var _valid1 = _errs47 === errors;
                              valid14 = valid14 || _valid1;
                              const _errs53 = errors;
                              if (data16 !== null) {
                                const err6 = { instancePath: instancePath + "/response/userAttributes", schemaPath: "#/properties/response/properties/userAttributes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err6];
                                } else {
                                  vErrors.push(err6);
                                }
                                errors++;
                              }
                              var _valid1 = _errs53 === errors;
                              valid14 = valid14 || _valid1;
                              if (!valid14) {
                                const err7 = { instancePath: instancePath + "/response/userAttributes", schemaPath: "#/properties/response/properties/userAttributes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err7];
                                } else {
                                  vErrors.push(err7);
                                }
                                errors++;
                                validate20.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs46;
                                if (vErrors !== null) {
                                  if (_errs46) {
                                    vErrors.length = _errs46;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid13 = _errs45 === errors;
                            } else {
                              var valid13 = true;
                            }
                            if (valid13) {
                              if (data15.finalUserStatus !== void 0) {
                                let data18 = data15.finalUserStatus;
                                const _errs55 = errors;
                                if (!(data18 === "CONFIRMED" || data18 === "RESET_REQUIRED" || data18 === null)) {
                                  validate20.errors = [{ instancePath: instancePath + "/response/finalUserStatus", schemaPath: "#/properties/response/properties/finalUserStatus/enum", keyword: "enum", params: { allowedValues: schema31.properties.response.properties.finalUserStatus.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid13 = _errs55 === errors;
                              } else {
                                var valid13 = true;
                              }
                              if (valid13) {
                                if (data15.messageAction !== void 0) {
                                  let data19 = data15.messageAction;
                                  const _errs56 = errors;
                                  if (!(data19 === "SUPPRESS" || data19 === "RESEND" || data19 === null)) {
                                    validate20.errors = [{ instancePath: instancePath + "/response/messageAction", schemaPath: "#/properties/response/properties/messageAction/enum", keyword: "enum", params: { allowedValues: schema31.properties.response.properties.messageAction.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid13 = _errs56 === errors;
                                } else {
                                  var valid13 = true;
                                }
                                if (valid13) {
                                  if (data15.desiredDeliveryMediums !== void 0) {
                                    let data20 = data15.desiredDeliveryMediums;
                                    const _errs57 = errors;
                                    const _errs58 = errors;
                                    let valid17 = false;
                                    const _errs59 = errors;
                                    if (errors === _errs59) {
                                      if (Array.isArray(data20)) {
                                        var valid18 = true;
                                        const len0 = data20.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                          let data21 = data20[i0];
                                          const _errs61 = errors;
                                          if (!(data21 === "EMAIL" || data21 === "SMS")) {
                                            const err8 = { instancePath: instancePath + "/response/desiredDeliveryMediums/" + i0, schemaPath: "#/properties/response/properties/desiredDeliveryMediums/anyOf/0/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.response.properties.desiredDeliveryMediums.anyOf[0].items.enum }, message: "must be equal to one of the allowed values" };
                                            if (vErrors === null) {
                                              vErrors = [err8];
                                            } else {
                                              vErrors.push(err8);
                                            }
                                            errors++;
                                          }
                                          var valid18 = _errs61 === errors;
                                          if (!valid18) {
                                            break;
                                          }
                                        }
                                      } else {
                                        const err9 = { instancePath: instancePath + "/response/desiredDeliveryMediums", schemaPath: "#/properties/response/properties/desiredDeliveryMediums/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                          vErrors = [err9];
                                        } else {
                                          vErrors.push(err9);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid2 = _errs59 === errors;
                                    valid17 = valid17 || _valid2;
                                    const _errs62 = errors;
                                    if (data20 !== null) {
                                      const err10 = { instancePath: instancePath + "/response/desiredDeliveryMediums", schemaPath: "#/properties/response/properties/desiredDeliveryMediums/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                      if (vErrors === null) {
                                        vErrors = [err10];
                                      } else {
                                        vErrors.push(err10);
                                      }
                                      errors++;
                                    }
                                    var _valid2 = _errs62 === errors;
                                    valid17 = valid17 || _valid2;
                                    if (!valid17) {
                                      const err11 = { instancePath: instancePath + "/response/desiredDeliveryMediums", schemaPath: "#/properties/response/properties/desiredDeliveryMediums/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                      if (vErrors === null) {
                                        vErrors = [err11];
                                      } else {
                                        vErrors.push(err11);
                                      }
                                      errors++;
                                      validate20.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs58;
                                      if (vErrors !== null) {
                                        if (_errs58) {
                                          vErrors.length = _errs58;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid13 = _errs57 === errors;
                                  } else {
                                    var valid13 = true;
                                  }
                                  if (valid13) {
                                    if (data15.enableSMSMFA !== void 0) {
                                      let data22 = data15.enableSMSMFA;
                                      const _errs64 = errors;
                                      if (typeof data22 !== "boolean" && data22 !== null) {
                                        validate20.errors = [{ instancePath: instancePath + "/response/enableSMSMFA", schemaPath: "#/properties/response/properties/enableSMSMFA/type", keyword: "type", params: { type: schema31.properties.response.properties.enableSMSMFA.type }, message: "must be boolean,null" }];
                                        return false;
                                      }
                                      var valid13 = _errs64 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                    if (valid13) {
                                      if (data15.forceAliasCreation !== void 0) {
                                        let data23 = data15.forceAliasCreation;
                                        const _errs66 = errors;
                                        if (typeof data23 !== "boolean" && data23 !== null) {
                                          validate20.errors = [{ instancePath: instancePath + "/response/forceAliasCreation", schemaPath: "#/properties/response/properties/forceAliasCreation/type", keyword: "type", params: { type: schema31.properties.response.properties.forceAliasCreation.type }, message: "must be boolean,null" }];
                                          return false;
                                        }
                                        var valid13 = _errs66 === errors;
                                      } else {
                                        var valid13 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs43 === errors;
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

// cognito.user-migration.entry.ts
withStandardSchema(cognito_user_migration_standalone_default, "cognito.user-migration");
export {
  cognito_user_migration_standalone_default as default,
  cognito_user_migration_standalone_default as validate
};
