// Generated from schemas/cognito/pre-token-generation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.pre-token-generation.standalone.js
var cognito_pre_token_generation_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:cognito.pre-token-generation", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request", "response"], "properties": { "version": { "const": "1" }, "triggerSource": { "enum": ["TokenGeneration_HostedAuth", "TokenGeneration_Authentication", "TokenGeneration_NewPasswordChallenge", "TokenGeneration_AuthenticateDevice", "TokenGeneration_RefreshTokens"] }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": ["userAttributes", "groupConfiguration"], "properties": { "userAttributes": { "$ref": "#/$defs/CognitoUserAttributes" }, "groupConfiguration": { "$ref": "#/$defs/CognitoGroupConfiguration" }, "clientMetadata": { "$ref": "#/$defs/CognitoClientMetadata" } } }, "response": { "type": "object", "properties": { "claimsOverrideDetails": { "anyOf": [{ "type": "object", "properties": { "claimsToAddOrOverride": { "$ref": "#/$defs/CognitoStringMap" }, "claimsToSuppress": { "type": "array", "items": { "type": "string" } }, "groupOverrideDetails": { "anyOf": [{ "$ref": "#/$defs/CognitoGroupConfiguration" }, { "type": "null" }] } } }, { "type": "null" }] } } } }, "$defs": { "AwsRegion": { "type": "string" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoGroupConfiguration": { "type": "object", "properties": { "groupsToOverride": { "type": "array", "items": { "type": "string" } }, "iamRolesToOverride": { "type": "array", "items": { "type": "string" } }, "preferredRole": { "type": ["string", "null"] } } }, "CognitoStringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" } } };
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
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.awsSdkVersion === void 0 && (missing0 = "awsSdkVersion") || data.clientId === void 0 && (missing0 = "clientId")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.awsSdkVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.awsSdkVersion !== "string") {
            validate28.errors = [{ instancePath: instancePath + "/awsSdkVersion", schemaPath: "#/properties/awsSdkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate28.errors = [{ instancePath: instancePath + "/clientId", schemaPath: "#/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate30.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
var schema12 = { "type": "object", "properties": { "groupsToOverride": { "type": "array", "items": { "type": "string" } }, "iamRolesToOverride": { "type": "array", "items": { "type": "string" } }, "preferredRole": { "type": ["string", "null"] } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.groupsToOverride !== void 0) {
        let data0 = data.groupsToOverride;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              const _errs3 = errors;
              if (typeof data0[i0] !== "string") {
                validate32.errors = [{ instancePath: instancePath + "/groupsToOverride/" + i0, schemaPath: "#/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs3 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate32.errors = [{ instancePath: instancePath + "/groupsToOverride", schemaPath: "#/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.iamRolesToOverride !== void 0) {
          let data2 = data.iamRolesToOverride;
          const _errs5 = errors;
          if (errors === _errs5) {
            if (Array.isArray(data2)) {
              var valid2 = true;
              const len1 = data2.length;
              for (let i1 = 0; i1 < len1; i1++) {
                const _errs7 = errors;
                if (typeof data2[i1] !== "string") {
                  validate32.errors = [{ instancePath: instancePath + "/iamRolesToOverride/" + i1, schemaPath: "#/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid2 = _errs7 === errors;
                if (!valid2) {
                  break;
                }
              }
            } else {
              validate32.errors = [{ instancePath: instancePath + "/iamRolesToOverride", schemaPath: "#/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
          var valid0 = _errs5 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.preferredRole !== void 0) {
            let data4 = data.preferredRole;
            const _errs9 = errors;
            if (typeof data4 !== "string" && data4 !== null) {
              validate32.errors = [{ instancePath: instancePath + "/preferredRole", schemaPath: "#/properties/preferredRole/type", keyword: "type", params: { type: schema12.properties.preferredRole.type }, message: "must be string,null" }];
              return false;
            }
            var valid0 = _errs9 === errors;
          } else {
            var valid0 = true;
          }
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
          if ("1" !== data.version) {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "1" }, message: "must be equal to constant" }];
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
              if (!validate22(data.region, { instancePath: instancePath + "/region", parentData: data, parentDataProperty: "region", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.userPoolId !== void 0) {
                const _errs4 = errors;
                if (!validate24(data.userPoolId, { instancePath: instancePath + "/userPoolId", parentData: data, parentDataProperty: "userPoolId", rootData })) {
                  vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.userName !== void 0) {
                  const _errs5 = errors;
                  if (!validate26(data.userName, { instancePath: instancePath + "/userName", parentData: data, parentDataProperty: "userName", rootData })) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.callerContext !== void 0) {
                    const _errs6 = errors;
                    if (!validate28(data.callerContext, { instancePath: instancePath + "/callerContext", parentData: data, parentDataProperty: "callerContext", rootData })) {
                      vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
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
                          if (data6.userAttributes === void 0 && (missing1 = "userAttributes") || data6.groupConfiguration === void 0 && (missing1 = "groupConfiguration")) {
                            validate21.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data6.userAttributes !== void 0) {
                              const _errs9 = errors;
                              if (!validate30(data6.userAttributes, { instancePath: instancePath + "/request/userAttributes", parentData: data6, parentDataProperty: "userAttributes", rootData })) {
                                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                errors = vErrors.length;
                              }
                              var valid1 = _errs9 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data6.groupConfiguration !== void 0) {
                                const _errs10 = errors;
                                if (!validate32(data6.groupConfiguration, { instancePath: instancePath + "/request/groupConfiguration", parentData: data6, parentDataProperty: "groupConfiguration", rootData })) {
                                  vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                  errors = vErrors.length;
                                }
                                var valid1 = _errs10 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data6.clientMetadata !== void 0) {
                                  const _errs11 = errors;
                                  if (!validate34(data6.clientMetadata, { instancePath: instancePath + "/request/clientMetadata", parentData: data6, parentDataProperty: "clientMetadata", rootData })) {
                                    vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid1 = _errs11 === errors;
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
                        let data10 = data.response;
                        const _errs12 = errors;
                        if (errors === _errs12) {
                          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                            if (data10.claimsOverrideDetails !== void 0) {
                              let data11 = data10.claimsOverrideDetails;
                              const _errs15 = errors;
                              let valid3 = false;
                              const _errs16 = errors;
                              if (errors === _errs16) {
                                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                  if (data11.claimsToAddOrOverride !== void 0) {
                                    const _errs18 = errors;
                                    if (!validate36(data11.claimsToAddOrOverride, { instancePath: instancePath + "/response/claimsOverrideDetails/claimsToAddOrOverride", parentData: data11, parentDataProperty: "claimsToAddOrOverride", rootData })) {
                                      vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid4 = _errs18 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data11.claimsToSuppress !== void 0) {
                                      let data13 = data11.claimsToSuppress;
                                      const _errs19 = errors;
                                      if (errors === _errs19) {
                                        if (Array.isArray(data13)) {
                                          var valid5 = true;
                                          const len0 = data13.length;
                                          for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs21 = errors;
                                            if (typeof data13[i0] !== "string") {
                                              const err0 = { instancePath: instancePath + "/response/claimsOverrideDetails/claimsToSuppress/" + i0, schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/claimsToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                              if (vErrors === null) {
                                                vErrors = [err0];
                                              } else {
                                                vErrors.push(err0);
                                              }
                                              errors++;
                                            }
                                            var valid5 = _errs21 === errors;
                                            if (!valid5) {
                                              break;
                                            }
                                          }
                                        } else {
                                          const err1 = { instancePath: instancePath + "/response/claimsOverrideDetails/claimsToSuppress", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/claimsToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                          if (vErrors === null) {
                                            vErrors = [err1];
                                          } else {
                                            vErrors.push(err1);
                                          }
                                          errors++;
                                        }
                                      }
                                      var valid4 = _errs19 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data11.groupOverrideDetails !== void 0) {
                                        let data15 = data11.groupOverrideDetails;
                                        const _errs23 = errors;
                                        const _errs24 = errors;
                                        let valid6 = false;
                                        const _errs25 = errors;
                                        if (!validate32(data15, { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails", parentData: data11, parentDataProperty: "groupOverrideDetails", rootData })) {
                                          vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                          errors = vErrors.length;
                                        }
                                        var _valid1 = _errs25 === errors;
                                        valid6 = valid6 || _valid1;
                                        if (!valid6) {
                                          const _errs26 = errors;
                                          if (data15 !== null) {
                                            const err2 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/groupOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                            if (vErrors === null) {
                                              vErrors = [err2];
                                            } else {
                                              vErrors.push(err2);
                                            }
                                            errors++;
                                          }
                                          var _valid1 = _errs26 === errors;
                                          valid6 = valid6 || _valid1;
                                        }
                                        if (!valid6) {
                                          const err3 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/groupOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                          if (vErrors === null) {
                                            vErrors = [err3];
                                          } else {
                                            vErrors.push(err3);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs24;
                                          if (vErrors !== null) {
                                            if (_errs24) {
                                              vErrors.length = _errs24;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid4 = _errs23 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                    }
                                  }
                                } else {
                                  const err4 = { instancePath: instancePath + "/response/claimsOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  if (vErrors === null) {
                                    vErrors = [err4];
                                  } else {
                                    vErrors.push(err4);
                                  }
                                  errors++;
                                }
                              }
                              var _valid0 = _errs16 === errors;
                              valid3 = valid3 || _valid0;
                              if (!valid3) {
                                const _errs28 = errors;
                                if (data11 !== null) {
                                  const err5 = { instancePath: instancePath + "/response/claimsOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                  if (vErrors === null) {
                                    vErrors = [err5];
                                  } else {
                                    vErrors.push(err5);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs28 === errors;
                                valid3 = valid3 || _valid0;
                              }
                              if (!valid3) {
                                const err6 = { instancePath: instancePath + "/response/claimsOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err6];
                                } else {
                                  vErrors.push(err6);
                                }
                                errors++;
                                validate21.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs15;
                                if (vErrors !== null) {
                                  if (_errs15) {
                                    vErrors.length = _errs15;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs12 === errors;
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

// check:cognito.pre-token-generation.check.js
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
function d_CognitoUserAttributes(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v10 in x) {
    const v11 = x[v10];
    if (!(typeof v11 === "string")) return false;
  }
  return true;
}
function d_CognitoGroupConfiguration(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v13 = x.groupsToOverride;
    if (v13 !== void 0) {
      if (!Array.isArray(v13)) return false;
      for (let v15 = 0; v15 < v13.length; v15++) {
        const v14 = v13[v15];
        if (!(typeof v14 === "string")) return false;
      }
    }
  }
  {
    const v16 = x.iamRolesToOverride;
    if (v16 !== void 0) {
      if (!Array.isArray(v16)) return false;
      for (let v18 = 0; v18 < v16.length; v18++) {
        const v17 = v16[v18];
        if (!(typeof v17 === "string")) return false;
      }
    }
  }
  {
    const v19 = x.preferredRole;
    if (v19 !== void 0) {
      if (!(typeof v19 === "string" || v19 === null)) return false;
    }
  }
  return true;
}
function d_CognitoClientMetadata(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v21 in x) {
    const v22 = x[v21];
    if (!(typeof v22 === "string")) return false;
  }
  return true;
}
function d_CognitoStringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v26 in x) {
    const v27 = x[v26];
    if (!(typeof v27 === "string")) return false;
  }
  return true;
}
function b0(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v25 = x.claimsToAddOrOverride;
    if (v25 !== void 0) {
      if (!d_CognitoStringMap(v25)) return false;
    }
  }
  {
    const v28 = x.claimsToSuppress;
    if (v28 !== void 0) {
      if (!Array.isArray(v28)) return false;
      for (let v30 = 0; v30 < v28.length; v30++) {
        const v29 = v28[v30];
        if (!(typeof v29 === "string")) return false;
      }
    }
  }
  {
    const v31 = x.groupOverrideDetails;
    if (v31 !== void 0) {
      if (!(d_CognitoGroupConfiguration(v31) || v31 === null)) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(v0 === "1")) return false;
  }
  {
    const v1 = x.triggerSource;
    if (v1 === void 0) return false;
    if (!(v1 === "TokenGeneration_HostedAuth" || v1 === "TokenGeneration_Authentication" || v1 === "TokenGeneration_NewPasswordChallenge" || v1 === "TokenGeneration_AuthenticateDevice" || v1 === "TokenGeneration_RefreshTokens")) return false;
  }
  {
    const v2 = x.region;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
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
      const v9 = v8.userAttributes;
      if (v9 === void 0) return false;
      if (!d_CognitoUserAttributes(v9)) return false;
    }
    {
      const v12 = v8.groupConfiguration;
      if (v12 === void 0) return false;
      if (!d_CognitoGroupConfiguration(v12)) return false;
    }
    {
      const v20 = v8.clientMetadata;
      if (v20 !== void 0) {
        if (!d_CognitoClientMetadata(v20)) return false;
      }
    }
  }
  {
    const v23 = x.response;
    if (v23 === void 0) return false;
    if (!(v23 !== null && typeof v23 === "object" && !Array.isArray(v23))) return false;
    {
      const v24 = v23.claimsOverrideDetails;
      if (v24 !== void 0) {
        if (!(b0(v24) || v24 === null)) return false;
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

// cognito.pre-token-generation.entry.ts
var validate = withStandardSchema(checked(check, cognito_pre_token_generation_standalone_default), "cognito.pre-token-generation");
export {
  validate as default,
  validate
};
