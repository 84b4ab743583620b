// Generated from schemas/cognito/pre-token-generation-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.pre-token-generation-v2.strict.standalone.js
var cognito_pre_token_generation_v2_strict_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:cognito.pre-token-generation-v2", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request", "response"], "properties": { "version": { "const": "2" }, "triggerSource": { "enum": ["TokenGeneration_HostedAuth", "TokenGeneration_Authentication", "TokenGeneration_NewPasswordChallenge", "TokenGeneration_AuthenticateDevice", "TokenGeneration_RefreshTokens"] }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": ["userAttributes", "groupConfiguration", "scopes"], "properties": { "userAttributes": { "$ref": "#/$defs/CognitoUserAttributes" }, "groupConfiguration": { "$ref": "#/$defs/CognitoGroupConfiguration" }, "scopes": { "type": "array", "items": { "type": "string" } }, "clientMetadata": { "$ref": "#/$defs/CognitoClientMetadata" } } }, "response": { "type": "object", "properties": { "claimsAndScopeOverrideDetails": { "anyOf": [{ "$ref": "#/$defs/CognitoClaimsAndScopeOverrideDetails" }, { "type": "null" }] } } } }, "$defs": { "AwsRegion": { "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoClaimValue": { "anyOf": [{ "type": ["string", "number", "boolean"] }, { "type": "array" }, { "type": "object", "additionalProperties": true }] }, "CognitoClaimsAndScopeOverrideDetails": { "type": "object", "properties": { "idTokenGeneration": { "type": "object", "properties": { "claimsToAddOrOverride": { "type": "object", "additionalProperties": { "$ref": "#/$defs/CognitoClaimValue" } }, "claimsToSuppress": { "type": "array", "items": { "type": "string" } } } }, "accessTokenGeneration": { "type": "object", "properties": { "claimsToAddOrOverride": { "type": "object", "additionalProperties": { "$ref": "#/$defs/CognitoClaimValue" } }, "claimsToSuppress": { "type": "array", "items": { "type": "string" } }, "scopesToAdd": { "type": "array", "items": { "type": "string" } }, "scopesToSuppress": { "type": "array", "items": { "type": "string" } } } }, "groupOverrideDetails": { "anyOf": [{ "$ref": "#/$defs/CognitoGroupConfiguration" }, { "type": "null" }] } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoGroupConfiguration": { "type": "object", "properties": { "groupsToOverride": { "type": "array", "items": { "type": "string" } }, "iamRolesToOverride": { "type": "array", "items": { "type": "string" } }, "preferredRole": { "type": ["string", "null"] } } }, "CognitoUserAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" } } };
var pattern0 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate22.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
        return false;
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
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
var schema15 = { "anyOf": [{ "type": ["string", "number", "boolean"] }, { "type": "array" }, { "type": "object", "additionalProperties": true }] };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (typeof data !== "string" && !(typeof data == "number" && isFinite(data)) && typeof data !== "boolean") {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: schema15.anyOf[0].type }, message: "must be string,number,boolean" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (!Array.isArray(data)) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs5 = errors;
      if (errors === _errs5) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
        } else {
          const err2 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate37.errors = vErrors;
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
  validate37.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.idTokenGeneration !== void 0) {
        let data0 = data.idTokenGeneration;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.claimsToAddOrOverride !== void 0) {
              let data1 = data0.claimsToAddOrOverride;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  for (const key0 in data1) {
                    const _errs6 = errors;
                    if (!validate37(data1[key0], { instancePath: instancePath + "/idTokenGeneration/claimsToAddOrOverride/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key0, rootData })) {
                      vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs6 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate36.errors = [{ instancePath: instancePath + "/idTokenGeneration/claimsToAddOrOverride", schemaPath: "#/properties/idTokenGeneration/properties/claimsToAddOrOverride/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid1 = _errs3 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data0.claimsToSuppress !== void 0) {
                let data3 = data0.claimsToSuppress;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (Array.isArray(data3)) {
                    var valid3 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs9 = errors;
                      if (typeof data3[i0] !== "string") {
                        validate36.errors = [{ instancePath: instancePath + "/idTokenGeneration/claimsToSuppress/" + i0, schemaPath: "#/properties/idTokenGeneration/properties/claimsToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs9 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate36.errors = [{ instancePath: instancePath + "/idTokenGeneration/claimsToSuppress", schemaPath: "#/properties/idTokenGeneration/properties/claimsToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid1 = _errs7 === errors;
              } else {
                var valid1 = true;
              }
            }
          } else {
            validate36.errors = [{ instancePath: instancePath + "/idTokenGeneration", schemaPath: "#/properties/idTokenGeneration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.accessTokenGeneration !== void 0) {
          let data5 = data.accessTokenGeneration;
          const _errs11 = errors;
          if (errors === _errs11) {
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              if (data5.claimsToAddOrOverride !== void 0) {
                let data6 = data5.claimsToAddOrOverride;
                const _errs13 = errors;
                if (errors === _errs13) {
                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    for (const key1 in data6) {
                      const _errs16 = errors;
                      if (!validate37(data6[key1], { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data6, parentDataProperty: key1, rootData })) {
                        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                        errors = vErrors.length;
                      }
                      var valid5 = _errs16 === errors;
                      if (!valid5) {
                        break;
                      }
                    }
                  } else {
                    validate36.errors = [{ instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride", schemaPath: "#/properties/accessTokenGeneration/properties/claimsToAddOrOverride/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid4 = _errs13 === errors;
              } else {
                var valid4 = true;
              }
              if (valid4) {
                if (data5.claimsToSuppress !== void 0) {
                  let data8 = data5.claimsToSuppress;
                  const _errs17 = errors;
                  if (errors === _errs17) {
                    if (Array.isArray(data8)) {
                      var valid6 = true;
                      const len1 = data8.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        const _errs19 = errors;
                        if (typeof data8[i1] !== "string") {
                          validate36.errors = [{ instancePath: instancePath + "/accessTokenGeneration/claimsToSuppress/" + i1, schemaPath: "#/properties/accessTokenGeneration/properties/claimsToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid6 = _errs19 === errors;
                        if (!valid6) {
                          break;
                        }
                      }
                    } else {
                      validate36.errors = [{ instancePath: instancePath + "/accessTokenGeneration/claimsToSuppress", schemaPath: "#/properties/accessTokenGeneration/properties/claimsToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid4 = _errs17 === errors;
                } else {
                  var valid4 = true;
                }
                if (valid4) {
                  if (data5.scopesToAdd !== void 0) {
                    let data10 = data5.scopesToAdd;
                    const _errs21 = errors;
                    if (errors === _errs21) {
                      if (Array.isArray(data10)) {
                        var valid7 = true;
                        const len2 = data10.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          const _errs23 = errors;
                          if (typeof data10[i2] !== "string") {
                            validate36.errors = [{ instancePath: instancePath + "/accessTokenGeneration/scopesToAdd/" + i2, schemaPath: "#/properties/accessTokenGeneration/properties/scopesToAdd/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid7 = _errs23 === errors;
                          if (!valid7) {
                            break;
                          }
                        }
                      } else {
                        validate36.errors = [{ instancePath: instancePath + "/accessTokenGeneration/scopesToAdd", schemaPath: "#/properties/accessTokenGeneration/properties/scopesToAdd/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid4 = _errs21 === errors;
                  } else {
                    var valid4 = true;
                  }
                  if (valid4) {
                    if (data5.scopesToSuppress !== void 0) {
                      let data12 = data5.scopesToSuppress;
                      const _errs25 = errors;
                      if (errors === _errs25) {
                        if (Array.isArray(data12)) {
                          var valid8 = true;
                          const len3 = data12.length;
                          for (let i3 = 0; i3 < len3; i3++) {
                            const _errs27 = errors;
                            if (typeof data12[i3] !== "string") {
                              validate36.errors = [{ instancePath: instancePath + "/accessTokenGeneration/scopesToSuppress/" + i3, schemaPath: "#/properties/accessTokenGeneration/properties/scopesToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid8 = _errs27 === errors;
                            if (!valid8) {
                              break;
                            }
                          }
                        } else {
                          validate36.errors = [{ instancePath: instancePath + "/accessTokenGeneration/scopesToSuppress", schemaPath: "#/properties/accessTokenGeneration/properties/scopesToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid4 = _errs25 === errors;
                    } else {
                      var valid4 = true;
                    }
                  }
                }
              }
            } else {
              validate36.errors = [{ instancePath: instancePath + "/accessTokenGeneration", schemaPath: "#/properties/accessTokenGeneration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs11 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.groupOverrideDetails !== void 0) {
            let data14 = data.groupOverrideDetails;
            const _errs29 = errors;
            const _errs30 = errors;
            let valid9 = false;
            const _errs31 = errors;
            if (!validate32(data14, { instancePath: instancePath + "/groupOverrideDetails", parentData: data, parentDataProperty: "groupOverrideDetails", rootData })) {
              vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs31 === errors;
            valid9 = valid9 || _valid0;
            if (!valid9) {
              const _errs32 = errors;
              if (data14 !== null) {
                const err0 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/properties/groupOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err0];
                } else {
                  vErrors.push(err0);
                }
                errors++;
              }
              var _valid0 = _errs32 === errors;
              valid9 = valid9 || _valid0;
            }
            if (!valid9) {
              const err1 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/properties/groupOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
              validate36.errors = vErrors;
              return false;
            } else {
              errors = _errs30;
              if (vErrors !== null) {
                if (_errs30) {
                  vErrors.length = _errs30;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs29 === errors;
          } else {
            var valid0 = true;
          }
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
          if ("2" !== data.version) {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "2" }, message: "must be equal to constant" }];
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
                          if (data6.userAttributes === void 0 && (missing1 = "userAttributes") || data6.groupConfiguration === void 0 && (missing1 = "groupConfiguration") || data6.scopes === void 0 && (missing1 = "scopes")) {
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
                                if (data6.scopes !== void 0) {
                                  let data9 = data6.scopes;
                                  const _errs11 = errors;
                                  if (errors === _errs11) {
                                    if (Array.isArray(data9)) {
                                      var valid2 = true;
                                      const len0 = data9.length;
                                      for (let i0 = 0; i0 < len0; i0++) {
                                        const _errs13 = errors;
                                        if (typeof data9[i0] !== "string") {
                                          validate21.errors = [{ instancePath: instancePath + "/request/scopes/" + i0, schemaPath: "#/properties/request/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid2 = _errs13 === errors;
                                        if (!valid2) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate21.errors = [{ instancePath: instancePath + "/request/scopes", schemaPath: "#/properties/request/properties/scopes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid1 = _errs11 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data6.clientMetadata !== void 0) {
                                    const _errs15 = errors;
                                    if (!validate34(data6.clientMetadata, { instancePath: instancePath + "/request/clientMetadata", parentData: data6, parentDataProperty: "clientMetadata", rootData })) {
                                      vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid1 = _errs15 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
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
                        let data12 = data.response;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                            if (data12.claimsAndScopeOverrideDetails !== void 0) {
                              let data13 = data12.claimsAndScopeOverrideDetails;
                              const _errs19 = errors;
                              let valid4 = false;
                              const _errs20 = errors;
                              if (!validate36(data13, { instancePath: instancePath + "/response/claimsAndScopeOverrideDetails", parentData: data12, parentDataProperty: "claimsAndScopeOverrideDetails", rootData })) {
                                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                                errors = vErrors.length;
                              }
                              var _valid0 = _errs20 === errors;
                              valid4 = valid4 || _valid0;
                              if (!valid4) {
                                const _errs21 = errors;
                                if (data13 !== null) {
                                  const err0 = { instancePath: instancePath + "/response/claimsAndScopeOverrideDetails", schemaPath: "#/properties/response/properties/claimsAndScopeOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                  if (vErrors === null) {
                                    vErrors = [err0];
                                  } else {
                                    vErrors.push(err0);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs21 === errors;
                                valid4 = valid4 || _valid0;
                              }
                              if (!valid4) {
                                const err1 = { instancePath: instancePath + "/response/claimsAndScopeOverrideDetails", schemaPath: "#/properties/response/properties/claimsAndScopeOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err1];
                                } else {
                                  vErrors.push(err1);
                                }
                                errors++;
                                validate21.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs19;
                                if (vErrors !== null) {
                                  if (_errs19) {
                                    vErrors.length = _errs19;
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
                        var valid0 = _errs16 === errors;
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

// check:cognito.pre-token-generation-v2.strict.check.js
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
  for (const v24 in x) {
    const v25 = x[v24];
    if (!(typeof v25 === "string")) return false;
  }
  return true;
}
function d_CognitoClaimsAndScopeOverrideDetails(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v28 = x.idTokenGeneration;
    if (v28 !== void 0) {
      if (!(v28 !== null && typeof v28 === "object" && !Array.isArray(v28))) return false;
      {
        const v29 = v28.claimsToAddOrOverride;
        if (v29 !== void 0) {
          if (!(v29 !== null && typeof v29 === "object" && !Array.isArray(v29))) return false;
          for (const v30 in v29) {
            const v31 = v29[v30];
            if (!(typeof v31 === "string" || typeof v31 === "number" && isFinite(v31) || typeof v31 === "boolean" || Array.isArray(v31) || v31 !== null && typeof v31 === "object" && !Array.isArray(v31))) return false;
          }
        }
      }
      {
        const v32 = v28.claimsToSuppress;
        if (v32 !== void 0) {
          if (!Array.isArray(v32)) return false;
          for (let v34 = 0; v34 < v32.length; v34++) {
            const v33 = v32[v34];
            if (!(typeof v33 === "string")) return false;
          }
        }
      }
    }
  }
  {
    const v35 = x.accessTokenGeneration;
    if (v35 !== void 0) {
      if (!(v35 !== null && typeof v35 === "object" && !Array.isArray(v35))) return false;
      {
        const v36 = v35.claimsToAddOrOverride;
        if (v36 !== void 0) {
          if (!(v36 !== null && typeof v36 === "object" && !Array.isArray(v36))) return false;
          for (const v37 in v36) {
            const v38 = v36[v37];
            if (!(typeof v38 === "string" || typeof v38 === "number" && isFinite(v38) || typeof v38 === "boolean" || Array.isArray(v38) || v38 !== null && typeof v38 === "object" && !Array.isArray(v38))) return false;
          }
        }
      }
      {
        const v39 = v35.claimsToSuppress;
        if (v39 !== void 0) {
          if (!Array.isArray(v39)) return false;
          for (let v41 = 0; v41 < v39.length; v41++) {
            const v40 = v39[v41];
            if (!(typeof v40 === "string")) return false;
          }
        }
      }
      {
        const v42 = v35.scopesToAdd;
        if (v42 !== void 0) {
          if (!Array.isArray(v42)) return false;
          for (let v44 = 0; v44 < v42.length; v44++) {
            const v43 = v42[v44];
            if (!(typeof v43 === "string")) return false;
          }
        }
      }
      {
        const v45 = v35.scopesToSuppress;
        if (v45 !== void 0) {
          if (!Array.isArray(v45)) return false;
          for (let v47 = 0; v47 < v45.length; v47++) {
            const v46 = v45[v47];
            if (!(typeof v46 === "string")) return false;
          }
        }
      }
    }
  }
  {
    const v48 = x.groupOverrideDetails;
    if (v48 !== void 0) {
      if (!(d_CognitoGroupConfiguration(v48) || v48 === null)) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(v0 === "2")) return false;
  }
  {
    const v1 = x.triggerSource;
    if (v1 === void 0) return false;
    if (!(v1 === "TokenGeneration_HostedAuth" || v1 === "TokenGeneration_Authentication" || v1 === "TokenGeneration_NewPasswordChallenge" || v1 === "TokenGeneration_AuthenticateDevice" || v1 === "TokenGeneration_RefreshTokens")) return false;
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
      const v20 = v8.scopes;
      if (v20 === void 0) return false;
      if (!Array.isArray(v20)) return false;
      for (let v22 = 0; v22 < v20.length; v22++) {
        const v21 = v20[v22];
        if (!(typeof v21 === "string")) return false;
      }
    }
    {
      const v23 = v8.clientMetadata;
      if (v23 !== void 0) {
        if (!d_CognitoClientMetadata(v23)) return false;
      }
    }
  }
  {
    const v26 = x.response;
    if (v26 === void 0) return false;
    if (!(v26 !== null && typeof v26 === "object" && !Array.isArray(v26))) return false;
    {
      const v27 = v26.claimsAndScopeOverrideDetails;
      if (v27 !== void 0) {
        if (!(d_CognitoClaimsAndScopeOverrideDetails(v27) || v27 === null)) return false;
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

// cognito.pre-token-generation-v2.strict.entry.ts
var validate = withStandardSchema(checked(check, cognito_pre_token_generation_v2_strict_standalone_default), "cognito.pre-token-generation-v2");
export {
  validate as default,
  validate
};
