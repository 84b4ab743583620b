// Generated from schemas/cognito/pre-token-generation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.pre-token-generation.standalone.js
var cognito_pre_token_generation_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cognito.pre-token-generation", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request", "response"], "properties": { "version": { "const": "1" }, "triggerSource": { "enum": ["TokenGeneration_HostedAuth", "TokenGeneration_Authentication", "TokenGeneration_NewPasswordChallenge", "TokenGeneration_AuthenticateDevice", "TokenGeneration_RefreshTokens"] }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": ["userAttributes", "groupConfiguration"], "properties": { "userAttributes": { "$ref": "#/$defs/CognitoUserAttributes" }, "groupConfiguration": { "$ref": "#/$defs/CognitoGroupConfiguration" }, "clientMetadata": { "$ref": "#/$defs/CognitoClientMetadata" } } }, "response": { "type": "object", "properties": { "claimsOverrideDetails": { "anyOf": [{ "type": "object", "properties": { "claimsToAddOrOverride": { "$ref": "#/$defs/CognitoStringMap" }, "claimsToSuppress": { "type": "array", "items": { "type": "string" } }, "groupOverrideDetails": { "anyOf": [{ "$ref": "#/$defs/CognitoGroupConfiguration" }, { "type": "null" }] } } }, { "type": "null" }] } } } }, "$defs": { "AwsRegion": { "type": "string" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoGroupConfiguration": { "type": "object", "properties": { "groupsToOverride": { "type": "array", "items": { "type": "string" } }, "iamRolesToOverride": { "type": "array", "items": { "type": "string" } }, "preferredRole": { "type": ["string", "null"] } } }, "CognitoStringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" } } };
var schema37 = { "type": "object", "properties": { "groupsToOverride": { "type": "array", "items": { "type": "string" } }, "iamRolesToOverride": { "type": "array", "items": { "type": "string" } }, "preferredRole": { "type": ["string", "null"] } } };
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
          if ("1" !== data.version) {
            validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "1" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.triggerSource !== void 0) {
            let data1 = data.triggerSource;
            const _errs2 = errors;
            if (!(data1 === "TokenGeneration_HostedAuth" || data1 === "TokenGeneration_Authentication" || data1 === "TokenGeneration_NewPasswordChallenge" || data1 === "TokenGeneration_AuthenticateDevice" || data1 === "TokenGeneration_RefreshTokens")) {
              validate20.errors = [{ instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/enum", keyword: "enum", params: { allowedValues: schema31.properties.triggerSource.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.region !== void 0) {
              const _errs3 = errors;
              if (typeof data.region !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.userPoolId !== void 0) {
                const _errs6 = errors;
                if (typeof data.userPoolId !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/userPoolId", schemaPath: "#/$defs/CognitoUserPoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.userName !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.userName !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/userName", schemaPath: "#/$defs/CognitoUserName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.callerContext !== void 0) {
                    let data5 = data.callerContext;
                    const _errs12 = errors;
                    const _errs13 = errors;
                    if (errors === _errs13) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        let missing1;
                        if (data5.awsSdkVersion === void 0 && (missing1 = "awsSdkVersion") || data5.clientId === void 0 && (missing1 = "clientId")) {
                          validate20.errors = [{ instancePath: instancePath + "/callerContext", schemaPath: "#/$defs/CognitoCallerContext/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          if (data5.awsSdkVersion !== void 0) {
                            const _errs15 = errors;
                            if (typeof data5.awsSdkVersion !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/callerContext/awsSdkVersion", schemaPath: "#/$defs/CognitoCallerContext/properties/awsSdkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid5 = _errs15 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data5.clientId !== void 0) {
                              const _errs17 = errors;
                              if (typeof data5.clientId !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/callerContext/clientId", schemaPath: "#/$defs/CognitoCallerContext/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid5 = _errs17 === errors;
                            } else {
                              var valid5 = true;
                            }
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/callerContext", schemaPath: "#/$defs/CognitoCallerContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.request !== void 0) {
                      let data8 = data.request;
                      const _errs19 = errors;
                      if (errors === _errs19) {
                        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                          let missing2;
                          if (data8.userAttributes === void 0 && (missing2 = "userAttributes") || data8.groupConfiguration === void 0 && (missing2 = "groupConfiguration")) {
                            validate20.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                            return false;
                          } else {
                            if (data8.userAttributes !== void 0) {
                              let data9 = data8.userAttributes;
                              const _errs21 = errors;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                  for (const key0 in data9) {
                                    const _errs25 = errors;
                                    if (typeof data9[key0] !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/request/userAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoUserAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid8 = _errs25 === errors;
                                    if (!valid8) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/request/userAttributes", schemaPath: "#/$defs/CognitoUserAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid6 = _errs21 === errors;
                            } else {
                              var valid6 = true;
                            }
                            if (valid6) {
                              if (data8.groupConfiguration !== void 0) {
                                let data11 = data8.groupConfiguration;
                                const _errs27 = errors;
                                const _errs28 = errors;
                                if (errors === _errs28) {
                                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                    if (data11.groupsToOverride !== void 0) {
                                      let data12 = data11.groupsToOverride;
                                      const _errs30 = errors;
                                      if (errors === _errs30) {
                                        if (Array.isArray(data12)) {
                                          var valid11 = true;
                                          const len0 = data12.length;
                                          for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs32 = errors;
                                            if (typeof data12[i0] !== "string") {
                                              validate20.errors = [{ instancePath: instancePath + "/request/groupConfiguration/groupsToOverride/" + i0, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid11 = _errs32 === errors;
                                            if (!valid11) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/request/groupConfiguration/groupsToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid10 = _errs30 === errors;
                                    } else {
                                      var valid10 = true;
                                    }
                                    if (valid10) {
                                      if (data11.iamRolesToOverride !== void 0) {
                                        let data14 = data11.iamRolesToOverride;
                                        const _errs34 = errors;
                                        if (errors === _errs34) {
                                          if (Array.isArray(data14)) {
                                            var valid12 = true;
                                            const len1 = data14.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                              const _errs36 = errors;
                                              if (typeof data14[i1] !== "string") {
                                                validate20.errors = [{ instancePath: instancePath + "/request/groupConfiguration/iamRolesToOverride/" + i1, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid12 = _errs36 === errors;
                                              if (!valid12) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/request/groupConfiguration/iamRolesToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid10 = _errs34 === errors;
                                      } else {
                                        var valid10 = true;
                                      }
                                      if (valid10) {
                                        if (data11.preferredRole !== void 0) {
                                          let data16 = data11.preferredRole;
                                          const _errs38 = errors;
                                          if (typeof data16 !== "string" && data16 !== null) {
                                            validate20.errors = [{ instancePath: instancePath + "/request/groupConfiguration/preferredRole", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/preferredRole/type", keyword: "type", params: { type: schema37.properties.preferredRole.type }, message: "must be string,null" }];
                                            return false;
                                          }
                                          var valid10 = _errs38 === errors;
                                        } else {
                                          var valid10 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/request/groupConfiguration", schemaPath: "#/$defs/CognitoGroupConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid6 = _errs27 === errors;
                              } else {
                                var valid6 = true;
                              }
                              if (valid6) {
                                if (data8.clientMetadata !== void 0) {
                                  let data17 = data8.clientMetadata;
                                  const _errs40 = errors;
                                  const _errs41 = errors;
                                  if (errors === _errs41) {
                                    if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                      for (const key1 in data17) {
                                        const _errs44 = errors;
                                        if (typeof data17[key1] !== "string") {
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
                                  var valid6 = _errs40 === errors;
                                } else {
                                  var valid6 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs19 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.response !== void 0) {
                        let data19 = data.response;
                        const _errs46 = errors;
                        if (errors === _errs46) {
                          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                            if (data19.claimsOverrideDetails !== void 0) {
                              let data20 = data19.claimsOverrideDetails;
                              const _errs49 = errors;
                              let valid16 = false;
                              const _errs50 = errors;
                              if (errors === _errs50) {
                                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                  if (data20.claimsToAddOrOverride !== void 0) {
                                    let data21 = data20.claimsToAddOrOverride;
                                    const _errs52 = errors;
                                    const _errs53 = errors;
                                    if (errors === _errs53) {
                                      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                        for (const key2 in data21) {
                                          const _errs56 = errors;
                                          if (typeof data21[key2] !== "string") {
                                            const err0 = { instancePath: instancePath + "/response/claimsOverrideDetails/claimsToAddOrOverride/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err0];
                                            } else {
                                              vErrors.push(err0);
                                            }
                                            errors++;
                                          }
                                          var valid19 = _errs56 === errors;
                                          if (!valid19) {
                                            break;
                                          }
                                        }
                                      } else {
                                        const err1 = { instancePath: instancePath + "/response/claimsOverrideDetails/claimsToAddOrOverride", schemaPath: "#/$defs/CognitoStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err1];
                                        } else {
                                          vErrors.push(err1);
                                        }
                                        errors++;
                                      }
                                    }
                                    var valid17 = _errs52 === errors;
                                  } else {
                                    var valid17 = true;
                                  }
                                  if (valid17) {
                                    if (data20.claimsToSuppress !== void 0) {
                                      let data23 = data20.claimsToSuppress;
                                      const _errs58 = errors;
                                      if (errors === _errs58) {
                                        if (Array.isArray(data23)) {
                                          var valid20 = true;
                                          const len2 = data23.length;
                                          for (let i2 = 0; i2 < len2; i2++) {
                                            const _errs60 = errors;
                                            if (typeof data23[i2] !== "string") {
                                              const err2 = { instancePath: instancePath + "/response/claimsOverrideDetails/claimsToSuppress/" + i2, schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/claimsToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                              if (vErrors === null) {
                                                vErrors = [err2];
                                              } else {
                                                vErrors.push(err2);
                                              }
                                              errors++;
                                            }
                                            var valid20 = _errs60 === errors;
                                            if (!valid20) {
                                              break;
                                            }
                                          }
                                        } else {
                                          const err3 = { instancePath: instancePath + "/response/claimsOverrideDetails/claimsToSuppress", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/claimsToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                          if (vErrors === null) {
                                            vErrors = [err3];
                                          } else {
                                            vErrors.push(err3);
                                          }
                                          errors++;
                                        }
                                      }
                                      var valid17 = _errs58 === errors;
                                    } else {
                                      var valid17 = true;
                                    }
                                    if (valid17) {
                                      if (data20.groupOverrideDetails !== void 0) {
                                        let data25 = data20.groupOverrideDetails;
                                        const _errs62 = errors;
                                        const _errs63 = errors;
                                        let valid21 = false;
                                        const _errs64 = errors;
                                        const _errs65 = errors;
                                        if (errors === _errs65) {
                                          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                            if (data25.groupsToOverride !== void 0) {
                                              let data26 = data25.groupsToOverride;
                                              const _errs67 = errors;
                                              if (errors === _errs67) {
                                                if (Array.isArray(data26)) {
                                                  var valid24 = true;
                                                  const len3 = data26.length;
                                                  for (let i3 = 0; i3 < len3; i3++) {
                                                    const _errs69 = errors;
                                                    if (typeof data26[i3] !== "string") {
                                                      const err4 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails/groupsToOverride/" + i3, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                      if (vErrors === null) {
                                                        vErrors = [err4];
                                                      } else {
                                                        vErrors.push(err4);
                                                      }
                                                      errors++;
                                                    }
                                                    var valid24 = _errs69 === errors;
                                                    if (!valid24) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  const err5 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails/groupsToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                  if (vErrors === null) {
                                                    vErrors = [err5];
                                                  } else {
                                                    vErrors.push(err5);
                                                  }
                                                  errors++;
                                                }
                                              }
                                              var valid23 = _errs67 === errors;
                                            } else {
                                              var valid23 = true;
                                            }
                                            if (valid23) {
                                              if (data25.iamRolesToOverride !== void 0) {
                                                let data28 = data25.iamRolesToOverride;
                                                const _errs71 = errors;
                                                if (errors === _errs71) {
                                                  if (Array.isArray(data28)) {
                                                    var valid25 = true;
                                                    const len4 = data28.length;
                                                    for (let i4 = 0; i4 < len4; i4++) {
                                                      const _errs73 = errors;
                                                      if (typeof data28[i4] !== "string") {
                                                        const err6 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails/iamRolesToOverride/" + i4, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                          vErrors = [err6];
                                                        } else {
                                                          vErrors.push(err6);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid25 = _errs73 === errors;
                                                      if (!valid25) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    const err7 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails/iamRolesToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                    if (vErrors === null) {
                                                      vErrors = [err7];
                                                    } else {
                                                      vErrors.push(err7);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                                var valid23 = _errs71 === errors;
                                              } else {
                                                var valid23 = true;
                                              }
                                              if (valid23) {
                                                if (data25.preferredRole !== void 0) {
                                                  let data30 = data25.preferredRole;
                                                  const _errs75 = errors;
                                                  if (typeof data30 !== "string" && data30 !== null) {
                                                    const err8 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails/preferredRole", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/preferredRole/type", keyword: "type", params: { type: schema37.properties.preferredRole.type }, message: "must be string,null" };
                                                    if (vErrors === null) {
                                                      vErrors = [err8];
                                                    } else {
                                                      vErrors.push(err8);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid23 = _errs75 === errors;
                                                } else {
                                                  var valid23 = true;
                                                }
                                              }
                                            }
                                          } else {
                                            const err9 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails", schemaPath: "#/$defs/CognitoGroupConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                              vErrors = [err9];
                                            } else {
                                              vErrors.push(err9);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid1 = _errs64 === errors;
                                        valid21 = valid21 || _valid1;
                                        if (_valid1) {
                                          var props0 = {};
                                          props0.groupsToOverride = true;
                                          props0.iamRolesToOverride = true;
                                          props0.preferredRole = true;
                                        }
                                        const _errs77 = errors;
                                        if (data25 !== null) {
                                          const err10 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/groupOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                          if (vErrors === null) {
                                            vErrors = [err10];
                                          } else {
                                            vErrors.push(err10);
                                          }
                                          errors++;
                                        }
                                        var _valid1 = _errs77 === errors;
                                        valid21 = valid21 || _valid1;
                                        if (!valid21) {
                                          const err11 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/groupOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                          if (vErrors === null) {
                                            vErrors = [err11];
                                          } else {
                                            vErrors.push(err11);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs63;
                                          if (vErrors !== null) {
                                            if (_errs63) {
                                              vErrors.length = _errs63;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid17 = _errs62 === errors;
                                      } else {
                                        var valid17 = true;
                                      }
                                    }
                                  }
                                } else {
                                  const err12 = { instancePath: instancePath + "/response/claimsOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  if (vErrors === null) {
                                    vErrors = [err12];
                                  } else {
                                    vErrors.push(err12);
                                  }
                                  errors++;
                                }
                              }
                              var _valid0 = _errs50 === errors;
                              valid16 = valid16 || _valid0;
                              if (_valid0) {
                                var props1 = {};
                                props1.claimsToAddOrOverride = true;
                                props1.claimsToSuppress = true;
                                props1.groupOverrideDetails = true;
                              }
                              const _errs79 = errors;
                              if (data20 !== null) {
                                const err13 = { instancePath: instancePath + "/response/claimsOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err13];
                                } else {
                                  vErrors.push(err13);
                                }
                                errors++;
                              }
                              var _valid0 = _errs79 === errors;
                              valid16 = valid16 || _valid0;
                              if (!valid16) {
                                const err14 = { instancePath: instancePath + "/response/claimsOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err14];
                                } else {
                                  vErrors.push(err14);
                                }
                                errors++;
                                validate20.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs49;
                                if (vErrors !== null) {
                                  if (_errs49) {
                                    vErrors.length = _errs49;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs46 === errors;
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

// cognito.pre-token-generation.entry.ts
withStandardSchema(cognito_pre_token_generation_standalone_default, "cognito.pre-token-generation");
export {
  cognito_pre_token_generation_standalone_default as default,
  cognito_pre_token_generation_standalone_default as validate
};
