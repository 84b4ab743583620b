// Generated from schemas/cognito/user-migration.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.user-migration.strict.standalone.js
var cognito_user_migration_strict_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:cognito.user-migration", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request", "response"], "properties": { "version": { "$ref": "#/$defs/CognitoTriggerVersion" }, "triggerSource": { "enum": ["UserMigration_Authentication", "UserMigration_ForgotPassword"] }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": [], "properties": { "password": { "type": "string" }, "validationData": { "$ref": "#/$defs/CognitoValidationData" }, "clientMetadata": { "$ref": "#/$defs/CognitoClientMetadata" }, "userAttributes": { "type": "null" } } }, "response": { "type": "object", "properties": { "userAttributes": { "anyOf": [{ "$ref": "#/$defs/CognitoStringMap" }, { "type": "null" }] }, "finalUserStatus": { "enum": ["CONFIRMED", "RESET_REQUIRED", null] }, "messageAction": { "enum": ["SUPPRESS", "RESEND", null] }, "desiredDeliveryMediums": { "anyOf": [{ "type": "array", "items": { "enum": ["EMAIL", "SMS"] } }, { "type": "null" }] }, "enableSMSMFA": { "type": ["boolean", "null"] }, "forceAliasCreation": { "type": ["boolean", "null"] } } } }, "$defs": { "AwsRegion": { "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoStringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoTriggerVersion": { "type": "string" }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" }, "CognitoValidationData": { "anyOf": [{ "type": "object", "additionalProperties": { "type": "string" } }, { "type": "null" }] } } };
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
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (errors === _errs1) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs4 = errors;
        if (typeof data[key0] !== "string") {
          const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/anyOf/0/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        var valid1 = _errs4 === errors;
        if (!valid1) {
          break;
        }
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs6 = errors;
    if (data !== null) {
      const err2 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs6 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate32.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate34.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate36.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate36.errors = vErrors;
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
            let data1 = data.triggerSource;
            const _errs2 = errors;
            if (!(data1 === "UserMigration_Authentication" || data1 === "UserMigration_ForgotPassword")) {
              validate21.errors = [{ instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/enum", keyword: "enum", params: { allowedValues: schema6.properties.triggerSource.enum }, message: "must be equal to one of the allowed values" }];
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
                          if (data6.password !== void 0) {
                            const _errs9 = errors;
                            if (typeof data6.password !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/request/password", schemaPath: "#/properties/request/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid1 = _errs9 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data6.validationData !== void 0) {
                              const _errs11 = errors;
                              if (!validate32(data6.validationData, { instancePath: instancePath + "/request/validationData", parentData: data6, parentDataProperty: "validationData", rootData })) {
                                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                errors = vErrors.length;
                              }
                              var valid1 = _errs11 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data6.clientMetadata !== void 0) {
                                const _errs12 = errors;
                                if (!validate34(data6.clientMetadata, { instancePath: instancePath + "/request/clientMetadata", parentData: data6, parentDataProperty: "clientMetadata", rootData })) {
                                  vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                  errors = vErrors.length;
                                }
                                var valid1 = _errs12 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data6.userAttributes !== void 0) {
                                  const _errs13 = errors;
                                  if (data6.userAttributes !== null) {
                                    validate21.errors = [{ instancePath: instancePath + "/request/userAttributes", schemaPath: "#/properties/request/properties/userAttributes/type", keyword: "type", params: { type: "null" }, message: "must be null" }];
                                    return false;
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
                        let data11 = data.response;
                        const _errs15 = errors;
                        if (errors === _errs15) {
                          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                            if (data11.userAttributes !== void 0) {
                              let data12 = data11.userAttributes;
                              const _errs17 = errors;
                              const _errs18 = errors;
                              let valid3 = false;
                              const _errs19 = errors;
                              if (!validate36(data12, { instancePath: instancePath + "/response/userAttributes", parentData: data11, parentDataProperty: "userAttributes", rootData })) {
                                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                                errors = vErrors.length;
                              }
                              var _valid0 = _errs19 === errors;
                              valid3 = valid3 || _valid0;
                              if (!valid3) {
                                const _errs20 = errors;
                                if (data12 !== null) {
                                  const err0 = { instancePath: instancePath + "/response/userAttributes", schemaPath: "#/properties/response/properties/userAttributes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                  if (vErrors === null) {
                                    vErrors = [err0];
                                  } else {
                                    vErrors.push(err0);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs20 === errors;
                                valid3 = valid3 || _valid0;
                              }
                              if (!valid3) {
                                const err1 = { instancePath: instancePath + "/response/userAttributes", schemaPath: "#/properties/response/properties/userAttributes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err1];
                                } else {
                                  vErrors.push(err1);
                                }
                                errors++;
                                validate21.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs18;
                                if (vErrors !== null) {
                                  if (_errs18) {
                                    vErrors.length = _errs18;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid2 = _errs17 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data11.finalUserStatus !== void 0) {
                                let data13 = data11.finalUserStatus;
                                const _errs22 = errors;
                                if (!(data13 === "CONFIRMED" || data13 === "RESET_REQUIRED" || data13 === null)) {
                                  validate21.errors = [{ instancePath: instancePath + "/response/finalUserStatus", schemaPath: "#/properties/response/properties/finalUserStatus/enum", keyword: "enum", params: { allowedValues: schema6.properties.response.properties.finalUserStatus.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid2 = _errs22 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data11.messageAction !== void 0) {
                                  let data14 = data11.messageAction;
                                  const _errs23 = errors;
                                  if (!(data14 === "SUPPRESS" || data14 === "RESEND" || data14 === null)) {
                                    validate21.errors = [{ instancePath: instancePath + "/response/messageAction", schemaPath: "#/properties/response/properties/messageAction/enum", keyword: "enum", params: { allowedValues: schema6.properties.response.properties.messageAction.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid2 = _errs23 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data11.desiredDeliveryMediums !== void 0) {
                                    let data15 = data11.desiredDeliveryMediums;
                                    const _errs24 = errors;
                                    const _errs25 = errors;
                                    let valid4 = false;
                                    const _errs26 = errors;
                                    if (errors === _errs26) {
                                      if (Array.isArray(data15)) {
                                        var valid5 = true;
                                        const len0 = data15.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                          let data16 = data15[i0];
                                          const _errs28 = errors;
                                          if (!(data16 === "EMAIL" || data16 === "SMS")) {
                                            const err2 = { instancePath: instancePath + "/response/desiredDeliveryMediums/" + i0, schemaPath: "#/properties/response/properties/desiredDeliveryMediums/anyOf/0/items/enum", keyword: "enum", params: { allowedValues: schema6.properties.response.properties.desiredDeliveryMediums.anyOf[0].items.enum }, message: "must be equal to one of the allowed values" };
                                            if (vErrors === null) {
                                              vErrors = [err2];
                                            } else {
                                              vErrors.push(err2);
                                            }
                                            errors++;
                                          }
                                          var valid5 = _errs28 === errors;
                                          if (!valid5) {
                                            break;
                                          }
                                        }
                                      } else {
                                        const err3 = { instancePath: instancePath + "/response/desiredDeliveryMediums", schemaPath: "#/properties/response/properties/desiredDeliveryMediums/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                          vErrors = [err3];
                                        } else {
                                          vErrors.push(err3);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid1 = _errs26 === errors;
                                    valid4 = valid4 || _valid1;
                                    if (!valid4) {
                                      const _errs29 = errors;
                                      if (data15 !== null) {
                                        const err4 = { instancePath: instancePath + "/response/desiredDeliveryMediums", schemaPath: "#/properties/response/properties/desiredDeliveryMediums/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                        if (vErrors === null) {
                                          vErrors = [err4];
                                        } else {
                                          vErrors.push(err4);
                                        }
                                        errors++;
                                      }
                                      var _valid1 = _errs29 === errors;
                                      valid4 = valid4 || _valid1;
                                    }
                                    if (!valid4) {
                                      const err5 = { instancePath: instancePath + "/response/desiredDeliveryMediums", schemaPath: "#/properties/response/properties/desiredDeliveryMediums/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                      if (vErrors === null) {
                                        vErrors = [err5];
                                      } else {
                                        vErrors.push(err5);
                                      }
                                      errors++;
                                      validate21.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs25;
                                      if (vErrors !== null) {
                                        if (_errs25) {
                                          vErrors.length = _errs25;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid2 = _errs24 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data11.enableSMSMFA !== void 0) {
                                      let data17 = data11.enableSMSMFA;
                                      const _errs31 = errors;
                                      if (typeof data17 !== "boolean" && data17 !== null) {
                                        validate21.errors = [{ instancePath: instancePath + "/response/enableSMSMFA", schemaPath: "#/properties/response/properties/enableSMSMFA/type", keyword: "type", params: { type: schema6.properties.response.properties.enableSMSMFA.type }, message: "must be boolean,null" }];
                                        return false;
                                      }
                                      var valid2 = _errs31 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data11.forceAliasCreation !== void 0) {
                                        let data18 = data11.forceAliasCreation;
                                        const _errs33 = errors;
                                        if (typeof data18 !== "boolean" && data18 !== null) {
                                          validate21.errors = [{ instancePath: instancePath + "/response/forceAliasCreation", schemaPath: "#/properties/response/properties/forceAliasCreation/type", keyword: "type", params: { type: schema6.properties.response.properties.forceAliasCreation.type }, message: "must be boolean,null" }];
                                          return false;
                                        }
                                        var valid2 = _errs33 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs15 === errors;
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

// check:cognito.user-migration.strict.check.js
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
function b0(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v11 in x) {
    const v12 = x[v11];
    if (!(typeof v12 === "string")) return false;
  }
  return true;
}
function d_CognitoClientMetadata(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v14 in x) {
    const v15 = x[v14];
    if (!(typeof v15 === "string")) return false;
  }
  return true;
}
function d_CognitoStringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v19 in x) {
    const v20 = x[v19];
    if (!(typeof v20 === "string")) return false;
  }
  return true;
}
function b1(x) {
  if (!Array.isArray(x)) return false;
  for (let v25 = 0; v25 < x.length; v25++) {
    const v24 = x[v25];
    if (!(v24 === "EMAIL" || v24 === "SMS")) return false;
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
    if (!(v1 === "UserMigration_Authentication" || v1 === "UserMigration_ForgotPassword")) return false;
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
      const v9 = v8.password;
      if (v9 !== void 0) {
        if (!(typeof v9 === "string")) return false;
      }
    }
    {
      const v10 = v8.validationData;
      if (v10 !== void 0) {
        if (!(b0(v10) || v10 === null)) return false;
      }
    }
    {
      const v13 = v8.clientMetadata;
      if (v13 !== void 0) {
        if (!d_CognitoClientMetadata(v13)) return false;
      }
    }
    {
      const v16 = v8.userAttributes;
      if (v16 !== void 0) {
        if (!(v16 === null)) return false;
      }
    }
  }
  {
    const v17 = x.response;
    if (v17 === void 0) return false;
    if (!(v17 !== null && typeof v17 === "object" && !Array.isArray(v17))) return false;
    {
      const v18 = v17.userAttributes;
      if (v18 !== void 0) {
        if (!(d_CognitoStringMap(v18) || v18 === null)) return false;
      }
    }
    {
      const v21 = v17.finalUserStatus;
      if (v21 !== void 0) {
        if (!(v21 === "CONFIRMED" || v21 === "RESET_REQUIRED" || v21 === null)) return false;
      }
    }
    {
      const v22 = v17.messageAction;
      if (v22 !== void 0) {
        if (!(v22 === "SUPPRESS" || v22 === "RESEND" || v22 === null)) return false;
      }
    }
    {
      const v23 = v17.desiredDeliveryMediums;
      if (v23 !== void 0) {
        if (!(b1(v23) || v23 === null)) return false;
      }
    }
    {
      const v26 = v17.enableSMSMFA;
      if (v26 !== void 0) {
        if (!(typeof v26 === "boolean" || v26 === null)) return false;
      }
    }
    {
      const v27 = v17.forceAliasCreation;
      if (v27 !== void 0) {
        if (!(typeof v27 === "boolean" || v27 === null)) return false;
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

// cognito.user-migration.strict.entry.ts
var validate = withStandardSchema(checked(check, cognito_user_migration_strict_standalone_default), "cognito.user-migration");
export {
  validate as default,
  validate
};
