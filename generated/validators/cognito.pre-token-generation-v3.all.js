// Generated from schemas/cognito/pre-token-generation-v3.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.pre-token-generation-v3.all.standalone.js
var validateAll = validate20;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.idTokenGeneration !== void 0) {
      let data0 = data.idTokenGeneration;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.claimsToAddOrOverride !== void 0) {
          let data1 = data0.claimsToAddOrOverride;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key0 in data1) {
              let data2 = data1[key0];
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
            }
          } else {
            const err4 = { instancePath: instancePath + "/idTokenGeneration/claimsToAddOrOverride", schemaPath: "#/properties/idTokenGeneration/properties/claimsToAddOrOverride/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.claimsToSuppress !== void 0) {
          let data3 = data0.claimsToSuppress;
          if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data3[i0] !== "string") {
                const err5 = { instancePath: instancePath + "/idTokenGeneration/claimsToSuppress/" + i0, schemaPath: "#/properties/idTokenGeneration/properties/claimsToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/idTokenGeneration/claimsToSuppress", schemaPath: "#/properties/idTokenGeneration/properties/claimsToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/idTokenGeneration", schemaPath: "#/properties/idTokenGeneration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.accessTokenGeneration !== void 0) {
      let data5 = data.accessTokenGeneration;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.claimsToAddOrOverride !== void 0) {
          let data6 = data5.claimsToAddOrOverride;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key1 in data6) {
              let data7 = data6[key1];
              const _errs27 = errors;
              let valid10 = false;
              const _errs28 = errors;
              if (typeof data7 !== "string" && !(typeof data7 == "number" && isFinite(data7)) && typeof data7 !== "boolean") {
                const err8 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf/0/type", keyword: "type", params: { type: schema40.anyOf[0].type }, message: "must be string,number,boolean" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              var _valid1 = _errs28 === errors;
              valid10 = valid10 || _valid1;
              const _errs30 = errors;
              if (!Array.isArray(data7)) {
                const err9 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              var _valid1 = _errs30 === errors;
              valid10 = valid10 || _valid1;
              const _errs32 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
              } else {
                const err10 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var _valid1 = _errs32 === errors;
              valid10 = valid10 || _valid1;
              if (!valid10) {
                const err11 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
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
            }
          } else {
            const err12 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride", schemaPath: "#/properties/accessTokenGeneration/properties/claimsToAddOrOverride/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.claimsToSuppress !== void 0) {
          let data8 = data5.claimsToSuppress;
          if (Array.isArray(data8)) {
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data8[i1] !== "string") {
                const err13 = { instancePath: instancePath + "/accessTokenGeneration/claimsToSuppress/" + i1, schemaPath: "#/properties/accessTokenGeneration/properties/claimsToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/accessTokenGeneration/claimsToSuppress", schemaPath: "#/properties/accessTokenGeneration/properties/claimsToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.scopesToAdd !== void 0) {
          let data10 = data5.scopesToAdd;
          if (Array.isArray(data10)) {
            const len2 = data10.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data10[i2] !== "string") {
                const err15 = { instancePath: instancePath + "/accessTokenGeneration/scopesToAdd/" + i2, schemaPath: "#/properties/accessTokenGeneration/properties/scopesToAdd/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/accessTokenGeneration/scopesToAdd", schemaPath: "#/properties/accessTokenGeneration/properties/scopesToAdd/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.scopesToSuppress !== void 0) {
          let data12 = data5.scopesToSuppress;
          if (Array.isArray(data12)) {
            const len3 = data12.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data12[i3] !== "string") {
                const err17 = { instancePath: instancePath + "/accessTokenGeneration/scopesToSuppress/" + i3, schemaPath: "#/properties/accessTokenGeneration/properties/scopesToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/accessTokenGeneration/scopesToSuppress", schemaPath: "#/properties/accessTokenGeneration/properties/scopesToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/accessTokenGeneration", schemaPath: "#/properties/accessTokenGeneration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.groupOverrideDetails !== void 0) {
      let data14 = data.groupOverrideDetails;
      const _errs48 = errors;
      let valid17 = false;
      const _errs49 = errors;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.groupsToOverride !== void 0) {
          let data15 = data14.groupsToOverride;
          if (Array.isArray(data15)) {
            const len4 = data15.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (typeof data15[i4] !== "string") {
                const err20 = { instancePath: instancePath + "/groupOverrideDetails/groupsToOverride/" + i4, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/groupOverrideDetails/groupsToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data14.iamRolesToOverride !== void 0) {
          let data17 = data14.iamRolesToOverride;
          if (Array.isArray(data17)) {
            const len5 = data17.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (typeof data17[i5] !== "string") {
                const err22 = { instancePath: instancePath + "/groupOverrideDetails/iamRolesToOverride/" + i5, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/groupOverrideDetails/iamRolesToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data14.preferredRole !== void 0) {
          let data19 = data14.preferredRole;
          if (typeof data19 !== "string" && data19 !== null) {
            const err24 = { instancePath: instancePath + "/groupOverrideDetails/preferredRole", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/preferredRole/type", keyword: "type", params: { type: schema37.properties.preferredRole.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/$defs/CognitoGroupConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid2 = _errs49 === errors;
      valid17 = valid17 || _valid2;
      if (_valid2) {
        var props2 = {};
        props2.groupsToOverride = true;
        props2.iamRolesToOverride = true;
        props2.preferredRole = true;
      }
      const _errs62 = errors;
      if (data14 !== null) {
        const err26 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/properties/groupOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var _valid2 = _errs62 === errors;
      valid17 = valid17 || _valid2;
      if (!valid17) {
        const err27 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/properties/groupOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
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
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.triggerSource === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "triggerSource" }, message: "must have required property 'triggerSource'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.region === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.userPoolId === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "userPoolId" }, message: "must have required property 'userPoolId'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.userName === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "userName" }, message: "must have required property 'userName'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.callerContext === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "callerContext" }, message: "must have required property 'callerContext'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.request === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "request" }, message: "must have required property 'request'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.response === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "response" }, message: "must have required property 'response'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.version !== void 0) {
      if ("3" !== data.version) {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "3" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.triggerSource !== void 0) {
      let data1 = data.triggerSource;
      if (!(data1 === "TokenGeneration_HostedAuth" || data1 === "TokenGeneration_Authentication" || data1 === "TokenGeneration_NewPasswordChallenge" || data1 === "TokenGeneration_AuthenticateDevice" || data1 === "TokenGeneration_RefreshTokens" || data1 === "TokenGeneration_ClientCredentials")) {
        const err9 = { instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/enum", keyword: "enum", params: { allowedValues: schema31.properties.triggerSource.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data2 = data.region;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err10 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.userPoolId !== void 0) {
      if (typeof data.userPoolId !== "string") {
        const err12 = { instancePath: instancePath + "/userPoolId", schemaPath: "#/$defs/CognitoUserPoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.userName !== void 0) {
      if (typeof data.userName !== "string") {
        const err13 = { instancePath: instancePath + "/userName", schemaPath: "#/$defs/CognitoUserName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.callerContext !== void 0) {
      let data5 = data.callerContext;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.awsSdkVersion === void 0) {
          const err14 = { instancePath: instancePath + "/callerContext", schemaPath: "#/$defs/CognitoCallerContext/required", keyword: "required", params: { missingProperty: "awsSdkVersion" }, message: "must have required property 'awsSdkVersion'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5.clientId === void 0) {
          const err15 = { instancePath: instancePath + "/callerContext", schemaPath: "#/$defs/CognitoCallerContext/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data5.awsSdkVersion !== void 0) {
          if (typeof data5.awsSdkVersion !== "string") {
            const err16 = { instancePath: instancePath + "/callerContext/awsSdkVersion", schemaPath: "#/$defs/CognitoCallerContext/properties/awsSdkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.clientId !== void 0) {
          if (typeof data5.clientId !== "string") {
            const err17 = { instancePath: instancePath + "/callerContext/clientId", schemaPath: "#/$defs/CognitoCallerContext/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/callerContext", schemaPath: "#/$defs/CognitoCallerContext/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.request !== void 0) {
      let data8 = data.request;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.scopes === void 0) {
          const err19 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: "scopes" }, message: "must have required property 'scopes'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data8.userAttributes !== void 0) {
          let data9 = data8.userAttributes;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key0 in data9) {
              if (typeof data9[key0] !== "string") {
                const err20 = { instancePath: instancePath + "/request/userAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoUserAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/request/userAttributes", schemaPath: "#/$defs/CognitoUserAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data8.groupConfiguration !== void 0) {
          let data11 = data8.groupConfiguration;
          const _errs28 = errors;
          let valid9 = false;
          const _errs29 = errors;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.groupsToOverride !== void 0) {
              let data12 = data11.groupsToOverride;
              if (Array.isArray(data12)) {
                const len0 = data12.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data12[i0] !== "string") {
                    const err22 = { instancePath: instancePath + "/request/groupConfiguration/groupsToOverride/" + i0, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/request/groupConfiguration/groupsToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data11.iamRolesToOverride !== void 0) {
              let data14 = data11.iamRolesToOverride;
              if (Array.isArray(data14)) {
                const len1 = data14.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data14[i1] !== "string") {
                    const err24 = { instancePath: instancePath + "/request/groupConfiguration/iamRolesToOverride/" + i1, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/request/groupConfiguration/iamRolesToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data11.preferredRole !== void 0) {
              let data16 = data11.preferredRole;
              if (typeof data16 !== "string" && data16 !== null) {
                const err26 = { instancePath: instancePath + "/request/groupConfiguration/preferredRole", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/preferredRole/type", keyword: "type", params: { type: schema37.properties.preferredRole.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/request/groupConfiguration", schemaPath: "#/$defs/CognitoGroupConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
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
            const err28 = { instancePath: instancePath + "/request/groupConfiguration", schemaPath: "#/properties/request/properties/groupConfiguration/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          var _valid0 = _errs42 === errors;
          valid9 = valid9 || _valid0;
          if (!valid9) {
            const err29 = { instancePath: instancePath + "/request/groupConfiguration", schemaPath: "#/properties/request/properties/groupConfiguration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
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
        }
        if (data8.scopes !== void 0) {
          let data17 = data8.scopes;
          if (Array.isArray(data17)) {
            const len2 = data17.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data17[i2] !== "string") {
                const err30 = { instancePath: instancePath + "/request/scopes/" + i2, schemaPath: "#/properties/request/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/request/scopes", schemaPath: "#/properties/request/properties/scopes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data8.clientMetadata !== void 0) {
          let data19 = data8.clientMetadata;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            for (const key1 in data19) {
              if (typeof data19[key1] !== "string") {
                const err32 = { instancePath: instancePath + "/request/clientMetadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClientMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/$defs/CognitoClientMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.response !== void 0) {
      let data21 = data.response;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.claimsAndScopeOverrideDetails !== void 0) {
          let data22 = data21.claimsAndScopeOverrideDetails;
          const _errs57 = errors;
          let valid21 = false;
          const _errs58 = errors;
          if (!validate21(data22, { instancePath: instancePath + "/response/claimsAndScopeOverrideDetails", parentData: data21, parentDataProperty: "claimsAndScopeOverrideDetails", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs58 === errors;
          valid21 = valid21 || _valid1;
          if (_valid1) {
            var props1 = {};
            props1.idTokenGeneration = true;
            props1.accessTokenGeneration = true;
            props1.groupOverrideDetails = true;
          }
          const _errs59 = errors;
          if (data22 !== null) {
            const err35 = { instancePath: instancePath + "/response/claimsAndScopeOverrideDetails", schemaPath: "#/properties/response/properties/claimsAndScopeOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          var _valid1 = _errs59 === errors;
          valid21 = valid21 || _valid1;
          if (!valid21) {
            const err36 = { instancePath: instancePath + "/response/claimsAndScopeOverrideDetails", schemaPath: "#/properties/response/properties/claimsAndScopeOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
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
        const err37 = { instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  } else {
    const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "triggerSource": true, "region": true, "userPoolId": true, "userName": true, "callerContext": true, "request": true, "response": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_0 = validate23;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.groupsToOverride !== void 0) {
      let data0 = data.groupsToOverride;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err0 = { instancePath: instancePath + "/groupsToOverride/" + i0, schemaPath: "#/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/groupsToOverride", schemaPath: "#/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.iamRolesToOverride !== void 0) {
      let data2 = data.iamRolesToOverride;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== "string") {
            const err2 = { instancePath: instancePath + "/iamRolesToOverride/" + i1, schemaPath: "#/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/iamRolesToOverride", schemaPath: "#/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.preferredRole !== void 0) {
      let data4 = data.preferredRole;
      if (typeof data4 !== "string" && data4 !== null) {
        const err4 = { instancePath: instancePath + "/preferredRole", schemaPath: "#/properties/preferredRole/type", keyword: "type", params: { type: schema37.properties.preferredRole.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "groupsToOverride": true, "iamRolesToOverride": true, "preferredRole": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate24;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch1_0 = validate25;
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.idTokenGeneration !== void 0) {
      let data0 = data.idTokenGeneration;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.claimsToAddOrOverride !== void 0) {
          let data1 = data0.claimsToAddOrOverride;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key0 in data1) {
              let data2 = data1[key0];
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
            }
          } else {
            const err4 = { instancePath: instancePath + "/idTokenGeneration/claimsToAddOrOverride", schemaPath: "#/properties/idTokenGeneration/properties/claimsToAddOrOverride/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.claimsToSuppress !== void 0) {
          let data3 = data0.claimsToSuppress;
          if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data3[i0] !== "string") {
                const err5 = { instancePath: instancePath + "/idTokenGeneration/claimsToSuppress/" + i0, schemaPath: "#/properties/idTokenGeneration/properties/claimsToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/idTokenGeneration/claimsToSuppress", schemaPath: "#/properties/idTokenGeneration/properties/claimsToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/idTokenGeneration", schemaPath: "#/properties/idTokenGeneration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.accessTokenGeneration !== void 0) {
      let data5 = data.accessTokenGeneration;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.claimsToAddOrOverride !== void 0) {
          let data6 = data5.claimsToAddOrOverride;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key1 in data6) {
              let data7 = data6[key1];
              const _errs27 = errors;
              let valid10 = false;
              const _errs28 = errors;
              if (typeof data7 !== "string" && !(typeof data7 == "number" && isFinite(data7)) && typeof data7 !== "boolean") {
                const err8 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf/0/type", keyword: "type", params: { type: schema40.anyOf[0].type }, message: "must be string,number,boolean" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              var _valid1 = _errs28 === errors;
              valid10 = valid10 || _valid1;
              const _errs30 = errors;
              if (!Array.isArray(data7)) {
                const err9 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              var _valid1 = _errs30 === errors;
              valid10 = valid10 || _valid1;
              const _errs32 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
              } else {
                const err10 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var _valid1 = _errs32 === errors;
              valid10 = valid10 || _valid1;
              if (!valid10) {
                const err11 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClaimValue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
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
            }
          } else {
            const err12 = { instancePath: instancePath + "/accessTokenGeneration/claimsToAddOrOverride", schemaPath: "#/properties/accessTokenGeneration/properties/claimsToAddOrOverride/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.claimsToSuppress !== void 0) {
          let data8 = data5.claimsToSuppress;
          if (Array.isArray(data8)) {
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data8[i1] !== "string") {
                const err13 = { instancePath: instancePath + "/accessTokenGeneration/claimsToSuppress/" + i1, schemaPath: "#/properties/accessTokenGeneration/properties/claimsToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/accessTokenGeneration/claimsToSuppress", schemaPath: "#/properties/accessTokenGeneration/properties/claimsToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.scopesToAdd !== void 0) {
          let data10 = data5.scopesToAdd;
          if (Array.isArray(data10)) {
            const len2 = data10.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data10[i2] !== "string") {
                const err15 = { instancePath: instancePath + "/accessTokenGeneration/scopesToAdd/" + i2, schemaPath: "#/properties/accessTokenGeneration/properties/scopesToAdd/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/accessTokenGeneration/scopesToAdd", schemaPath: "#/properties/accessTokenGeneration/properties/scopesToAdd/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.scopesToSuppress !== void 0) {
          let data12 = data5.scopesToSuppress;
          if (Array.isArray(data12)) {
            const len3 = data12.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data12[i3] !== "string") {
                const err17 = { instancePath: instancePath + "/accessTokenGeneration/scopesToSuppress/" + i3, schemaPath: "#/properties/accessTokenGeneration/properties/scopesToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/accessTokenGeneration/scopesToSuppress", schemaPath: "#/properties/accessTokenGeneration/properties/scopesToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/accessTokenGeneration", schemaPath: "#/properties/accessTokenGeneration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.groupOverrideDetails !== void 0) {
      let data14 = data.groupOverrideDetails;
      const _errs48 = errors;
      let valid17 = false;
      const _errs49 = errors;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.groupsToOverride !== void 0) {
          let data15 = data14.groupsToOverride;
          if (Array.isArray(data15)) {
            const len4 = data15.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (typeof data15[i4] !== "string") {
                const err20 = { instancePath: instancePath + "/groupOverrideDetails/groupsToOverride/" + i4, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/groupOverrideDetails/groupsToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data14.iamRolesToOverride !== void 0) {
          let data17 = data14.iamRolesToOverride;
          if (Array.isArray(data17)) {
            const len5 = data17.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (typeof data17[i5] !== "string") {
                const err22 = { instancePath: instancePath + "/groupOverrideDetails/iamRolesToOverride/" + i5, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/groupOverrideDetails/iamRolesToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data14.preferredRole !== void 0) {
          let data19 = data14.preferredRole;
          if (typeof data19 !== "string" && data19 !== null) {
            const err24 = { instancePath: instancePath + "/groupOverrideDetails/preferredRole", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/preferredRole/type", keyword: "type", params: { type: schema37.properties.preferredRole.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/$defs/CognitoGroupConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid2 = _errs49 === errors;
      valid17 = valid17 || _valid2;
      if (_valid2) {
        var props2 = {};
        props2.groupsToOverride = true;
        props2.iamRolesToOverride = true;
        props2.preferredRole = true;
      }
      const _errs62 = errors;
      if (data14 !== null) {
        const err26 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/properties/groupOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var _valid2 = _errs62 === errors;
      valid17 = valid17 || _valid2;
      if (!valid17) {
        const err27 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/properties/groupOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
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
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "idTokenGeneration": true, "accessTokenGeneration": true, "groupOverrideDetails": true }, "dynamicProps": false, "dynamicItems": false };
var branch1_1 = validate26;
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch2_0 = validate27;
var schema50 = { "type": ["string", "number", "boolean"] };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !(typeof data == "number" && isFinite(data)) && typeof data !== "boolean") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema50.type }, message: "must be string,number,boolean" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch2_1 = validate28;
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!Array.isArray(data)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch2_2 = validate29;
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var branch3_0 = validate30;
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.groupsToOverride !== void 0) {
      let data0 = data.groupsToOverride;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err0 = { instancePath: instancePath + "/groupsToOverride/" + i0, schemaPath: "#/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/groupsToOverride", schemaPath: "#/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.iamRolesToOverride !== void 0) {
      let data2 = data.iamRolesToOverride;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== "string") {
            const err2 = { instancePath: instancePath + "/iamRolesToOverride/" + i1, schemaPath: "#/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/iamRolesToOverride", schemaPath: "#/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.preferredRole !== void 0) {
      let data4 = data.preferredRole;
      if (typeof data4 !== "string" && data4 !== null) {
        const err4 = { instancePath: instancePath + "/preferredRole", schemaPath: "#/properties/preferredRole/type", keyword: "type", params: { type: schema37.properties.preferredRole.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": { "groupsToOverride": true, "iamRolesToOverride": true, "preferredRole": true }, "dynamicProps": false, "dynamicItems": false };
var branch3_1 = validate31;
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "dynamicProps": false, "dynamicItems": false };

// cognito.pre-token-generation-v3.all.entry.ts
var branches = {
  "#/properties/request/properties/groupConfiguration/anyOf": [branch0_0, branch0_1],
  "#/properties/response/properties/claimsAndScopeOverrideDetails/anyOf": [branch1_0, branch1_1],
  "#/$defs/CognitoClaimValue/anyOf": [branch2_0, branch2_1, branch2_2],
  "#/$defs/CognitoClaimsAndScopeOverrideDetails/properties/groupOverrideDetails/anyOf": [branch3_0, branch3_1]
};
export {
  branches,
  validateAll
};
