// Generated from schemas/cognito/pre-token-generation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.pre-token-generation.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cognito.pre-token-generation", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request", "response"], "properties": { "version": { "const": "1" }, "triggerSource": { "enum": ["TokenGeneration_HostedAuth", "TokenGeneration_Authentication", "TokenGeneration_NewPasswordChallenge", "TokenGeneration_AuthenticateDevice", "TokenGeneration_RefreshTokens"] }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": ["userAttributes", "groupConfiguration"], "properties": { "userAttributes": { "$ref": "#/$defs/CognitoUserAttributes" }, "groupConfiguration": { "$ref": "#/$defs/CognitoGroupConfiguration" }, "clientMetadata": { "$ref": "#/$defs/CognitoClientMetadata" } } }, "response": { "type": "object", "properties": { "claimsOverrideDetails": { "anyOf": [{ "type": "object", "properties": { "claimsToAddOrOverride": { "$ref": "#/$defs/CognitoStringMap" }, "claimsToSuppress": { "type": "array", "items": { "type": "string" } }, "groupOverrideDetails": { "anyOf": [{ "$ref": "#/$defs/CognitoGroupConfiguration" }, { "type": "null" }] } } }, { "type": "null" }] } } } }, "$defs": { "AwsRegion": { "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoGroupConfiguration": { "type": "object", "properties": { "groupsToOverride": { "type": "array", "items": { "type": "string" } }, "iamRolesToOverride": { "type": "array", "items": { "type": "string" } }, "preferredRole": { "type": ["string", "null"] } } }, "CognitoStringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" } } };
var schema37 = { "type": "object", "properties": { "groupsToOverride": { "type": "array", "items": { "type": "string" } }, "iamRolesToOverride": { "type": "array", "items": { "type": "string" } }, "preferredRole": { "type": ["string", "null"] } } };
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
      if ("1" !== data.version) {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "1" }, message: "must be equal to constant" };
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
      if (!(data1 === "TokenGeneration_HostedAuth" || data1 === "TokenGeneration_Authentication" || data1 === "TokenGeneration_NewPasswordChallenge" || data1 === "TokenGeneration_AuthenticateDevice" || data1 === "TokenGeneration_RefreshTokens")) {
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
        if (data8.userAttributes === void 0) {
          const err19 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: "userAttributes" }, message: "must have required property 'userAttributes'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data8.groupConfiguration === void 0) {
          const err20 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: "groupConfiguration" }, message: "must have required property 'groupConfiguration'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data8.userAttributes !== void 0) {
          let data9 = data8.userAttributes;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key0 in data9) {
              if (typeof data9[key0] !== "string") {
                const err21 = { instancePath: instancePath + "/request/userAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoUserAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/request/userAttributes", schemaPath: "#/$defs/CognitoUserAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data8.groupConfiguration !== void 0) {
          let data11 = data8.groupConfiguration;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.groupsToOverride !== void 0) {
              let data12 = data11.groupsToOverride;
              if (Array.isArray(data12)) {
                const len0 = data12.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data12[i0] !== "string") {
                    const err23 = { instancePath: instancePath + "/request/groupConfiguration/groupsToOverride/" + i0, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/request/groupConfiguration/groupsToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
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
                    const err25 = { instancePath: instancePath + "/request/groupConfiguration/iamRolesToOverride/" + i1, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/request/groupConfiguration/iamRolesToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data11.preferredRole !== void 0) {
              let data16 = data11.preferredRole;
              if (typeof data16 !== "string" && data16 !== null) {
                const err27 = { instancePath: instancePath + "/request/groupConfiguration/preferredRole", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/preferredRole/type", keyword: "type", params: { type: schema37.properties.preferredRole.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/request/groupConfiguration", schemaPath: "#/$defs/CognitoGroupConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data8.clientMetadata !== void 0) {
          let data17 = data8.clientMetadata;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key1 in data17) {
              if (typeof data17[key1] !== "string") {
                const err29 = { instancePath: instancePath + "/request/clientMetadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClientMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/$defs/CognitoClientMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.response !== void 0) {
      let data19 = data.response;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.claimsOverrideDetails !== void 0) {
          let data20 = data19.claimsOverrideDetails;
          const _errs49 = errors;
          let valid18 = false;
          const _errs50 = errors;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.claimsToAddOrOverride !== void 0) {
              let data21 = data20.claimsToAddOrOverride;
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                for (const key2 in data21) {
                  if (typeof data21[key2] !== "string") {
                    const err32 = { instancePath: instancePath + "/response/claimsOverrideDetails/claimsToAddOrOverride/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/response/claimsOverrideDetails/claimsToAddOrOverride", schemaPath: "#/$defs/CognitoStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data20.claimsToSuppress !== void 0) {
              let data23 = data20.claimsToSuppress;
              if (Array.isArray(data23)) {
                const len2 = data23.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data23[i2] !== "string") {
                    const err34 = { instancePath: instancePath + "/response/claimsOverrideDetails/claimsToSuppress/" + i2, schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/claimsToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/response/claimsOverrideDetails/claimsToSuppress", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/claimsToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data20.groupOverrideDetails !== void 0) {
              let data25 = data20.groupOverrideDetails;
              const _errs63 = errors;
              let valid24 = false;
              const _errs64 = errors;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.groupsToOverride !== void 0) {
                  let data26 = data25.groupsToOverride;
                  if (Array.isArray(data26)) {
                    const len3 = data26.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data26[i3] !== "string") {
                        const err36 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails/groupsToOverride/" + i3, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails/groupsToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data25.iamRolesToOverride !== void 0) {
                  let data28 = data25.iamRolesToOverride;
                  if (Array.isArray(data28)) {
                    const len4 = data28.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      if (typeof data28[i4] !== "string") {
                        const err38 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails/iamRolesToOverride/" + i4, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails/iamRolesToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data25.preferredRole !== void 0) {
                  let data30 = data25.preferredRole;
                  if (typeof data30 !== "string" && data30 !== null) {
                    const err40 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails/preferredRole", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/preferredRole/type", keyword: "type", params: { type: schema37.properties.preferredRole.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails", schemaPath: "#/$defs/CognitoGroupConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              var _valid1 = _errs64 === errors;
              valid24 = valid24 || _valid1;
              if (_valid1) {
                var props0 = {};
                props0.groupsToOverride = true;
                props0.iamRolesToOverride = true;
                props0.preferredRole = true;
              }
              const _errs77 = errors;
              if (data25 !== null) {
                const err42 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/groupOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              var _valid1 = _errs77 === errors;
              valid24 = valid24 || _valid1;
              if (!valid24) {
                const err43 = { instancePath: instancePath + "/response/claimsOverrideDetails/groupOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/groupOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
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
            }
          } else {
            const err44 = { instancePath: instancePath + "/response/claimsOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          var _valid0 = _errs50 === errors;
          valid18 = valid18 || _valid0;
          if (_valid0) {
            var props1 = {};
            props1.claimsToAddOrOverride = true;
            props1.claimsToSuppress = true;
            props1.groupOverrideDetails = true;
          }
          const _errs79 = errors;
          if (data20 !== null) {
            const err45 = { instancePath: instancePath + "/response/claimsOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          var _valid0 = _errs79 === errors;
          valid18 = valid18 || _valid0;
          if (!valid18) {
            const err46 = { instancePath: instancePath + "/response/claimsOverrideDetails", schemaPath: "#/properties/response/properties/claimsOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
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
        const err47 = { instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
  } else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "triggerSource": true, "region": true, "userPoolId": true, "userName": true, "callerContext": true, "request": true, "response": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_0 = validate21;
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
    if (data.claimsToAddOrOverride !== void 0) {
      let data0 = data.claimsToAddOrOverride;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key0 in data0) {
          if (typeof data0[key0] !== "string") {
            const err0 = { instancePath: instancePath + "/claimsToAddOrOverride/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/claimsToAddOrOverride", schemaPath: "#/$defs/CognitoStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.claimsToSuppress !== void 0) {
      let data2 = data.claimsToSuppress;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err2 = { instancePath: instancePath + "/claimsToSuppress/" + i0, schemaPath: "#/properties/claimsToSuppress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/claimsToSuppress", schemaPath: "#/properties/claimsToSuppress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.groupOverrideDetails !== void 0) {
      let data4 = data.groupOverrideDetails;
      const _errs12 = errors;
      let valid5 = false;
      const _errs13 = errors;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.groupsToOverride !== void 0) {
          let data5 = data4.groupsToOverride;
          if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data5[i1] !== "string") {
                const err4 = { instancePath: instancePath + "/groupOverrideDetails/groupsToOverride/" + i1, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/groupOverrideDetails/groupsToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/groupsToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data4.iamRolesToOverride !== void 0) {
          let data7 = data4.iamRolesToOverride;
          if (Array.isArray(data7)) {
            const len2 = data7.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data7[i2] !== "string") {
                const err6 = { instancePath: instancePath + "/groupOverrideDetails/iamRolesToOverride/" + i2, schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/groupOverrideDetails/iamRolesToOverride", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/iamRolesToOverride/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.preferredRole !== void 0) {
          let data9 = data4.preferredRole;
          if (typeof data9 !== "string" && data9 !== null) {
            const err8 = { instancePath: instancePath + "/groupOverrideDetails/preferredRole", schemaPath: "#/$defs/CognitoGroupConfiguration/properties/preferredRole/type", keyword: "type", params: { type: schema37.properties.preferredRole.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/$defs/CognitoGroupConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      valid5 = valid5 || _valid0;
      if (_valid0) {
        var props0 = {};
        props0.groupsToOverride = true;
        props0.iamRolesToOverride = true;
        props0.preferredRole = true;
      }
      const _errs26 = errors;
      if (data4 !== null) {
        const err10 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/properties/groupOverrideDetails/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs26 === errors;
      valid5 = valid5 || _valid0;
      if (!valid5) {
        const err11 = { instancePath: instancePath + "/groupOverrideDetails", schemaPath: "#/properties/groupOverrideDetails/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs12;
        if (vErrors !== null) {
          if (_errs12) {
            vErrors.length = _errs12;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "claimsToAddOrOverride": true, "claimsToSuppress": true, "groupOverrideDetails": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate22;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
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
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch1_0 = validate23;
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
var branch1_1 = validate24;
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

// cognito.pre-token-generation.all.entry.ts
var branches = {
  "#/properties/response/properties/claimsOverrideDetails/anyOf": [branch0_0, branch0_1],
  "#/properties/response/properties/claimsOverrideDetails/anyOf/0/properties/groupOverrideDetails/anyOf": [branch1_0, branch1_1]
};
export {
  branches,
  validateAll
};
