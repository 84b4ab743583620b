// Generated from schemas/cognito/pre-token-generation-v3.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.pre-token-generation-v3.strict.standalone.js
var cognito_pre_token_generation_v3_strict_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cognito.pre-token-generation-v3", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request", "response"], "properties": { "version": { "const": "3" }, "triggerSource": { "enum": ["TokenGeneration_HostedAuth", "TokenGeneration_Authentication", "TokenGeneration_NewPasswordChallenge", "TokenGeneration_AuthenticateDevice", "TokenGeneration_RefreshTokens", "TokenGeneration_ClientCredentials"] }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": ["scopes"], "properties": { "userAttributes": { "$ref": "#/$defs/CognitoUserAttributes" }, "groupConfiguration": { "anyOf": [{ "$ref": "#/$defs/CognitoGroupConfiguration" }, { "type": "null" }] }, "scopes": { "type": "array", "items": { "type": "string" } }, "clientMetadata": { "$ref": "#/$defs/CognitoClientMetadata" } } }, "response": { "type": "object", "properties": { "claimsAndScopeOverrideDetails": { "anyOf": [{ "$ref": "#/$defs/CognitoClaimsAndScopeOverrideDetails" }, { "type": "null" }] } } } }, "$defs": { "AwsRegion": { "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoClaimValue": { "anyOf": [{ "type": ["string", "number", "boolean"] }, { "type": "array" }, { "type": "object", "additionalProperties": true }] }, "CognitoClaimsAndScopeOverrideDetails": { "type": "object", "properties": { "idTokenGeneration": { "type": "object", "properties": { "claimsToAddOrOverride": { "type": "object", "additionalProperties": { "$ref": "#/$defs/CognitoClaimValue" } }, "claimsToSuppress": { "type": "array", "items": { "type": "string" } } } }, "accessTokenGeneration": { "type": "object", "properties": { "claimsToAddOrOverride": { "type": "object", "additionalProperties": { "$ref": "#/$defs/CognitoClaimValue" } }, "claimsToSuppress": { "type": "array", "items": { "type": "string" } }, "scopesToAdd": { "type": "array", "items": { "type": "string" } }, "scopesToSuppress": { "type": "array", "items": { "type": "string" } } } }, "groupOverrideDetails": { "anyOf": [{ "$ref": "#/$defs/CognitoGroupConfiguration" }, { "type": "null" }] } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoGroupConfiguration": { "type": "object", "properties": { "groupsToOverride": { "type": "array", "items": { "type": "string" } }, "iamRolesToOverride": { "type": "array", "items": { "type": "string" } }, "preferredRole": { "type": ["string", "null"] } } }, "CognitoUserAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" } } };
var schema37 = { "type": "object", "properties": { "groupsToOverride": { "type": "array", "items": { "type": "string" } }, "iamRolesToOverride": { "type": "array", "items": { "type": "string" } }, "preferredRole": { "type": ["string", "null"] } } };
var pattern4 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
var schema40 = { "anyOf": [{ "type": ["string", "number", "boolean"] }, { "type": "array" }, { "type": "object", "additionalProperties": true }] };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
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
                    let data2 = data1[key0];
                    const _errs6 = errors;
                    const _errs8 = errors;
                    let valid4 = false;
                    const _errs9 = errors;
                    if (typeof data2 !== "string" && !(typeof data2 == "number" && isFinite(data2)) && typeof data2 !== "boolean") {
                      const err0 = { instancePath: instancePath + "/idTokenGeneration/claimsToAddOrOverride/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf/0/type", keyword: "type", params: { type: schema40.anyOf[0].type }, message: "must be string,number,boolean" };
                      if (vErrors === null) {
                        vErrors = [err0];
                      } else {
                        vErrors.push(err0);
                      }
                      errors++;
                    }
                    var _valid0 = _errs9 === errors;
                    valid4 = valid4 || _valid0;
                    const _errs11 = errors;
                    if (!Array.isArray(data2)) {
                      const err1 = { instancePath: instancePath + "/idTokenGeneration/claimsToAddOrOverride/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err1];
                      } else {
                        vErrors.push(err1);
                      }
                      errors++;
                    }
                    var _valid0 = _errs11 === errors;
                    valid4 = valid4 || _valid0;
                    const _errs13 = errors;
                    if (errors === _errs13) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      } else {
                        const err2 = { instancePath: instancePath + "/idTokenGeneration/claimsToAddOrOverride/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                      }
                    }
                    var _valid0 = _errs13 === errors;
                    valid4 = valid4 || _valid0;
                    if (!valid4) {
                      const err3 = { instancePath: instancePath + "/idTokenGeneration/claimsToAddOrOverride/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                      if (vErrors === null) {
                        vErrors = [err3];
                      } else {
                        vErrors.push(err3);
                      }
                      errors++;
                      validate21.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs8;
                      if (vErrors !== null) {
                        if (_errs8) {
                          vErrors.length = _errs8;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid2 = _errs6 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/idTokenGeneration/claimsToAddOrOverride", schemaPath: "#/properties/idTokenGeneration/properties/claimsToAddOrOverride/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                const _errs16 = errors;
                if (errors === _errs16) {
                  if (Array.isArray(data3)) {
                    var valid5 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs18 = errors;
                      if (typeof data3[i0] !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/idTokenGeneration/claimsToSuppress/" + i0, schemaPath: "#/properties/idTokenGeneration/properties/claimsToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid5 = _errs18 === errors;
                      if (!valid5) {
                        break;
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/idTokenGeneration/claimsToSuppress", schemaPath: "#/properties/idTokenGeneration/properties/claimsToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid1 = _errs16 === errors;
              } else {
                var valid1 = true;
              }
            }
          } else {
            validate21.errors = [{ instancePath: instancePath + "/idTokenGeneration", schemaPath: "#/properties/idTokenGeneration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
          const _errs20 = errors;
          if (errors === _errs20) {
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              if (data5.claimsToAddOrOverride !== void 0) {
                let data6 = data5.claimsToAddOrOverride;
                const _errs22 = errors;
                if (errors === _errs22) {
                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    for (const key1 in data6) {
                      let data7 = data6[key1];
                      const _errs25 = errors;
                      const _errs27 = errors;
                      let valid9 = false;
                      const _errs28 = errors;
                      if (typeof data7 !== "string" && !(typeof data7 == "number" && isFinite(data7)) && typeof data7 !== "boolean") {
                        const err4 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf/0/type", keyword: "type", params: { type: schema40.anyOf[0].type }, message: "must be string,number,boolean" };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs28 === errors;
                      valid9 = valid9 || _valid1;
                      const _errs30 = errors;
                      if (!Array.isArray(data7)) {
                        const err5 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                      }
                      var _valid1 = _errs30 === errors;
                      valid9 = valid9 || _valid1;
                      const _errs32 = errors;
                      if (errors === _errs32) {
                        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                        } else {
                          const err6 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          if (vErrors === null) {
                            vErrors = [err6];
                          } else {
                            vErrors.push(err6);
                          }
                          errors++;
                        }
                      }
                      var _valid1 = _errs32 === errors;
                      valid9 = valid9 || _valid1;
                      if (!valid9) {
                        const err7 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err7];
                        } else {
                          vErrors.push(err7);
                        }
                        errors++;
                        validate21.errors = vErrors;
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
                      if (!valid7) {
                        break;
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride", schemaPath: "#/properties/accessTokenGeneration/properties/claimsToAddOrOverride/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid6 = _errs22 === errors;
              } else {
                var valid6 = true;
              }
              if (valid6) {
                if (data5.claimsToSuppress !== void 0) {
                  let data8 = data5.claimsToSuppress;
                  const _errs35 = errors;
                  if (errors === _errs35) {
                    if (Array.isArray(data8)) {
                      var valid10 = true;
                      const len1 = data8.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        const _errs37 = errors;
                        if (typeof data8[i1] !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/accessTokenGeneration/claimsToSuppress/" + i1, schemaPath: "#/properties/accessTokenGeneration/properties/claimsToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid10 = _errs37 === errors;
                        if (!valid10) {
                          break;
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/accessTokenGeneration/claimsToSuppress", schemaPath: "#/properties/accessTokenGeneration/properties/claimsToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid6 = _errs35 === errors;
                } else {
                  var valid6 = true;
                }
                if (valid6) {
                  if (data5.scopesToAdd !== void 0) {
                    let data10 = data5.scopesToAdd;
                    const _errs39 = errors;
                    if (errors === _errs39) {
                      if (Array.isArray(data10)) {
                        var valid11 = true;
                        const len2 = data10.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          const _errs41 = errors;
                          if (typeof data10[i2] !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/accessTokenGeneration/scopesToAdd/" + i2, schemaPath: "#/properties/accessTokenGeneration/properties/scopesToAdd/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid11 = _errs41 === errors;
                          if (!valid11) {
                            break;
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/accessTokenGeneration/scopesToAdd", schemaPath: "#/properties/accessTokenGeneration/properties/scopesToAdd/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid6 = _errs39 === errors;
                  } else {
                    var valid6 = true;
                  }
                  if (valid6) {
                    if (data5.scopesToSuppress !== void 0) {
                      let data12 = data5.scopesToSuppress;
                      const _errs43 = errors;
                      if (errors === _errs43) {
                        if (Array.isArray(data12)) {
                          var valid12 = true;
                          const len3 = data12.length;
                          for (let i3 = 0; i3 < len3; i3++) {
                            const _errs45 = errors;
                            if (typeof data12[i3] !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/accessTokenGeneration/scopesToSuppress/" + i3, schemaPath: "#/properties/accessTokenGeneration/properties/scopesToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid12 = _errs45 === errors;
                            if (!valid12) {
                              break;
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/accessTokenGeneration/scopesToSuppress", schemaPath: "#/properties/accessTokenGeneration/properties/scopesToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid6 = _errs43 === errors;
                    } else {
                      var valid6 = true;
                    }
                  }
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/accessTokenGeneration", schemaPath: "#/properties/accessTokenGeneration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs20 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.groupOverrideDetails !== void 0) {
            let data14 = data.groupOverrideDetails;
            const _errs47 = errors;
            const _errs48 = errors;
            let valid13 = false;
            const _errs49 = errors;
            const _errs50 = errors;
            if (errors === _errs50) {
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.groupsToOverride !== void 0) {
                  let data15 = data14.groupsToOverride;
                  const _errs52 = errors;
                  if (errors === _errs52) {
                    if (Array.isArray(data15)) {
                      var valid16 = true;
                      const len4 = data15.length;
                      for (let i4 = 0; i4 < len4; i4++) {
                        const _errs54 = errors;
                        if (typeof data15[i4] !== "string") {
                          const err8 = { instancePath: instancePath + "/groupOverrideDetails/groupsToOverride/" + i4, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err8];
                          } else {
                            vErrors.push(err8);
                          }
                          errors++;
                        }
                        var valid16 = _errs54 === errors;
                        if (!valid16) {
                          break;
                        }
                      }
                    } else {
                      const err9 = { instancePath: instancePath + "/groupOverrideDetails/groupsToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                    }
                  }
                  var valid15 = _errs52 === errors;
                } else {
                  var valid15 = true;
                }
                if (valid15) {
                  if (data14.iamRolesToOverride !== void 0) {
                    let data17 = data14.iamRolesToOverride;
                    const _errs56 = errors;
                    if (errors === _errs56) {
                      if (Array.isArray(data17)) {
                        var valid17 = true;
                        const len5 = data17.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                          const _errs58 = errors;
                          if (typeof data17[i5] !== "string") {
                            const err10 = { instancePath: instancePath + "/groupOverrideDetails/iamRolesToOverride/" + i5, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err10];
                            } else {
                              vErrors.push(err10);
                            }
                            errors++;
                          }
                          var valid17 = _errs58 === errors;
                          if (!valid17) {
                            break;
                          }
                        }
                      } else {
                        const err11 = { instancePath: instancePath + "/groupOverrideDetails/iamRolesToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                    var valid15 = _errs56 === errors;
                  } else {
                    var valid15 = true;
                  }
                  if (valid15) {
                    if (data14.preferredRole !== void 0) {
                      let data19 = data14.preferredRole;
                      const _errs60 = errors;
                      if (typeof data19 !== "string" && data19 !== null) {
                        const err12 = { instancePath: instancePath + "/groupOverrideDetails/preferredRole", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/preferredRole/type", keyword: "type", params: { type: schema37.properties.preferredRole.type }, message: "must be string,null" };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                      var valid15 = _errs60 === errors;
                    } else {
                      var valid15 = true;
                    }
                  }
                }
              } else {
                const err13 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/$defs/CognitoGroupConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            var _valid2 = _errs49 === errors;
            valid13 = valid13 || _valid2;
            if (_valid2) {
              var props2 = {};
              props2.groupsToOverride = true;
              props2.iamRolesToOverride = true;
              props2.preferredRole = true;
            }
            const _errs62 = errors;
            if (data14 !== null) {
              const err14 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/properties/groupOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            var _valid2 = _errs62 === errors;
            valid13 = valid13 || _valid2;
            if (!valid13) {
              const err15 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/properties/groupOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
              validate21.errors = vErrors;
              return false;
            } else {
              errors = _errs48;
              if (vErrors !== null) {
                if (_errs48) {
                  vErrors.length = _errs48;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs47 === errors;
          } else {
            var valid0 = true;
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
validate21.evaluated = { "props": { "idTokenGeneration": true, "accessTokenGeneration": true, "groupOverrideDetails": true }, "dynamicProps": false, "dynamicItems": false };
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
          if ("3" !== data.version) {
            validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "3" }, message: "must be equal to constant" }];
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
            if (!(data1 === "TokenGeneration_HostedAuth" || data1 === "TokenGeneration_Authentication" || data1 === "TokenGeneration_NewPasswordChallenge" || data1 === "TokenGeneration_AuthenticateDevice" || data1 === "TokenGeneration_RefreshTokens" || data1 === "TokenGeneration_ClientCredentials")) {
              validate20.errors = [{ instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/enum", keyword: "enum", params: { allowedValues: schema31.properties.triggerSource.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.region !== void 0) {
              let data2 = data.region;
              const _errs3 = errors;
              const _errs4 = errors;
              if (errors === _errs4) {
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
                          if (data8.scopes === void 0 && (missing2 = "scopes")) {
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
                                let valid9 = false;
                                const _errs29 = errors;
                                const _errs30 = errors;
                                if (errors === _errs30) {
                                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                    if (data11.groupsToOverride !== void 0) {
                                      let data12 = data11.groupsToOverride;
                                      const _errs32 = errors;
                                      if (errors === _errs32) {
                                        if (Array.isArray(data12)) {
                                          var valid12 = true;
                                          const len0 = data12.length;
                                          for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs34 = errors;
                                            if (typeof data12[i0] !== "string") {
                                              const err0 = { instancePath: instancePath + "/request/groupConfiguration/groupsToOverride/" + i0, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                              if (vErrors === null) {
                                                vErrors = [err0];
                                              } else {
                                                vErrors.push(err0);
                                              }
                                              errors++;
                                            }
                                            var valid12 = _errs34 === errors;
                                            if (!valid12) {
                                              break;
                                            }
                                          }
                                        } else {
                                          const err1 = { instancePath: instancePath + "/request/groupConfiguration/groupsToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                          if (vErrors === null) {
                                            vErrors = [err1];
                                          } else {
                                            vErrors.push(err1);
                                          }
                                          errors++;
                                        }
                                      }
                                      var valid11 = _errs32 === errors;
                                    } else {
                                      var valid11 = true;
                                    }
                                    if (valid11) {
                                      if (data11.iamRolesToOverride !== void 0) {
                                        let data14 = data11.iamRolesToOverride;
                                        const _errs36 = errors;
                                        if (errors === _errs36) {
                                          if (Array.isArray(data14)) {
                                            var valid13 = true;
                                            const len1 = data14.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                              const _errs38 = errors;
                                              if (typeof data14[i1] !== "string") {
                                                const err2 = { instancePath: instancePath + "/request/groupConfiguration/iamRolesToOverride/" + i1, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                  vErrors = [err2];
                                                } else {
                                                  vErrors.push(err2);
                                                }
                                                errors++;
                                              }
                                              var valid13 = _errs38 === errors;
                                              if (!valid13) {
                                                break;
                                              }
                                            }
                                          } else {
                                            const err3 = { instancePath: instancePath + "/request/groupConfiguration/iamRolesToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                              vErrors = [err3];
                                            } else {
                                              vErrors.push(err3);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid11 = _errs36 === errors;
                                      } else {
                                        var valid11 = true;
                                      }
                                      if (valid11) {
                                        if (data11.preferredRole !== void 0) {
                                          let data16 = data11.preferredRole;
                                          const _errs40 = errors;
                                          if (typeof data16 !== "string" && data16 !== null) {
                                            const err4 = { instancePath: instancePath + "/request/groupConfiguration/preferredRole", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/preferredRole/type", keyword: "type", params: { type: schema37.properties.preferredRole.type }, message: "must be string,null" };
                                            if (vErrors === null) {
                                              vErrors = [err4];
                                            } else {
                                              vErrors.push(err4);
                                            }
                                            errors++;
                                          }
                                          var valid11 = _errs40 === errors;
                                        } else {
                                          var valid11 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    const err5 = { instancePath: instancePath + "/request/groupConfiguration", schemaPath: "#/$defs/CognitoGroupConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err5];
                                    } else {
                                      vErrors.push(err5);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid0 = _errs29 === errors;
                                valid9 = valid9 || _valid0;
                                if (_valid0) {
                                  var props0 = {};
                                  props0.groupsToOverride = true;
                                  props0.iamRolesToOverride = true;
                                  props0.preferredRole = true;
                                }
                                const _errs42 = errors;
                                if (data11 !== null) {
                                  const err6 = { instancePath: instancePath + "/request/groupConfiguration", schemaPath: "#/properties/request/properties/groupConfiguration/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                  if (vErrors === null) {
                                    vErrors = [err6];
                                  } else {
                                    vErrors.push(err6);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs42 === errors;
                                valid9 = valid9 || _valid0;
                                if (!valid9) {
                                  const err7 = { instancePath: instancePath + "/request/groupConfiguration", schemaPath: "#/properties/request/properties/groupConfiguration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err7];
                                  } else {
                                    vErrors.push(err7);
                                  }
                                  errors++;
                                  validate20.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs28;
                                  if (vErrors !== null) {
                                    if (_errs28) {
                                      vErrors.length = _errs28;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid6 = _errs27 === errors;
                              } else {
                                var valid6 = true;
                              }
                              if (valid6) {
                                if (data8.scopes !== void 0) {
                                  let data17 = data8.scopes;
                                  const _errs44 = errors;
                                  if (errors === _errs44) {
                                    if (Array.isArray(data17)) {
                                      var valid14 = true;
                                      const len2 = data17.length;
                                      for (let i2 = 0; i2 < len2; i2++) {
                                        const _errs46 = errors;
                                        if (typeof data17[i2] !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/request/scopes/" + i2, schemaPath: "#/properties/request/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid14 = _errs46 === errors;
                                        if (!valid14) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/request/scopes", schemaPath: "#/properties/request/properties/scopes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid6 = _errs44 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data8.clientMetadata !== void 0) {
                                    let data19 = data8.clientMetadata;
                                    const _errs48 = errors;
                                    const _errs49 = errors;
                                    if (errors === _errs49) {
                                      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                        for (const key1 in data19) {
                                          const _errs52 = errors;
                                          if (typeof data19[key1] !== "string") {
                                            validate20.errors = [{ instancePath: instancePath + "/request/clientMetadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClientMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid16 = _errs52 === errors;
                                          if (!valid16) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate20.errors = [{ instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/$defs/CognitoClientMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid6 = _errs48 === errors;
                                  } else {
                                    var valid6 = true;
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
                      var valid0 = _errs19 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.response !== void 0) {
                        let data21 = data.response;
                        const _errs54 = errors;
                        if (errors === _errs54) {
                          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                            if (data21.claimsAndScopeOverrideDetails !== void 0) {
                              let data22 = data21.claimsAndScopeOverrideDetails;
                              const _errs57 = errors;
                              let valid18 = false;
                              const _errs58 = errors;
                              if (!validate21(data22, { instancePath: instancePath + "/response/claimsAndScopeOverrideDetails", parentData: data21, parentDataProperty: "claimsAndScopeOverrideDetails", rootData, dynamicAnchors })) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                              }
                              var _valid1 = _errs58 === errors;
                              valid18 = valid18 || _valid1;
                              if (_valid1) {
                                var props1 = {};
                                props1.idTokenGeneration = true;
                                props1.accessTokenGeneration = true;
                                props1.groupOverrideDetails = true;
                              }
                              const _errs59 = errors;
                              if (data22 !== null) {
                                const err8 = { instancePath: instancePath + "/response/claimsAndScopeOverrideDetails", schemaPath: "#/properties/response/properties/claimsAndScopeOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err8];
                                } else {
                                  vErrors.push(err8);
                                }
                                errors++;
                              }
                              var _valid1 = _errs59 === errors;
                              valid18 = valid18 || _valid1;
                              if (!valid18) {
                                const err9 = { instancePath: instancePath + "/response/claimsAndScopeOverrideDetails", schemaPath: "#/properties/response/properties/claimsAndScopeOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err9];
                                } else {
                                  vErrors.push(err9);
                                }
                                errors++;
                                validate20.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs57;
                                if (vErrors !== null) {
                                  if (_errs57) {
                                    vErrors.length = _errs57;
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
                        var valid0 = _errs54 === errors;
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

// cognito.pre-token-generation-v3.strict.entry.ts
withStandardSchema(cognito_pre_token_generation_v3_strict_standalone_default, "cognito.pre-token-generation-v3");
export {
  cognito_pre_token_generation_v3_strict_standalone_default as default,
  cognito_pre_token_generation_v3_strict_standalone_default as validate
};
