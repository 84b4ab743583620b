// Generated from schemas/cognito/user-migration.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.user-migration.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cognito.user-migration", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request", "response"], "properties": { "version": { "$ref": "#/$defs/CognitoTriggerVersion" }, "triggerSource": { "enum": ["UserMigration_Authentication", "UserMigration_ForgotPassword"] }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": [], "properties": { "password": { "type": "string" }, "validationData": { "$ref": "#/$defs/CognitoValidationData" }, "clientMetadata": { "$ref": "#/$defs/CognitoClientMetadata" }, "userAttributes": { "type": "null" } } }, "response": { "type": "object", "properties": { "userAttributes": { "anyOf": [{ "$ref": "#/$defs/CognitoStringMap" }, { "type": "null" }] }, "finalUserStatus": { "enum": ["CONFIRMED", "RESET_REQUIRED", null] }, "messageAction": { "enum": ["SUPPRESS", "RESEND", null] }, "desiredDeliveryMediums": { "anyOf": [{ "type": "array", "items": { "enum": ["EMAIL", "SMS"] } }, { "type": "null" }] }, "enableSMSMFA": { "type": ["boolean", "null"] }, "forceAliasCreation": { "type": ["boolean", "null"] } } } }, "$defs": { "AwsRegion": { "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoStringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoTriggerVersion": { "type": "string" }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" }, "CognitoValidationData": { "anyOf": [{ "type": "object", "additionalProperties": { "type": "string" } }, { "type": "null" }] } } };
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
      if (typeof data.version !== "string") {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/CognitoTriggerVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
      if (!(data1 === "UserMigration_Authentication" || data1 === "UserMigration_ForgotPassword")) {
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
        if (data8.password !== void 0) {
          if (typeof data8.password !== "string") {
            const err19 = { instancePath: instancePath + "/request/password", schemaPath: "#/properties/request/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data8.validationData !== void 0) {
          let data10 = data8.validationData;
          const _errs27 = errors;
          let valid9 = false;
          const _errs28 = errors;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key0 in data10) {
              if (typeof data10[key0] !== "string") {
                const err20 = { instancePath: instancePath + "/request/validationData/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoValidationData/anyOf/0/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/request/validationData", schemaPath: "#/$defs/CognitoValidationData/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var _valid0 = _errs28 === errors;
          valid9 = valid9 || _valid0;
          const _errs33 = errors;
          if (data10 !== null) {
            const err22 = { instancePath: instancePath + "/request/validationData", schemaPath: "#/$defs/CognitoValidationData/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          var _valid0 = _errs33 === errors;
          valid9 = valid9 || _valid0;
          if (!valid9) {
            const err23 = { instancePath: instancePath + "/request/validationData", schemaPath: "#/$defs/CognitoValidationData/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
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
        if (data8.clientMetadata !== void 0) {
          let data12 = data8.clientMetadata;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key1 in data12) {
              if (typeof data12[key1] !== "string") {
                const err24 = { instancePath: instancePath + "/request/clientMetadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClientMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/$defs/CognitoClientMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data8.userAttributes !== void 0) {
          if (data8.userAttributes !== null) {
            const err26 = { instancePath: instancePath + "/request/userAttributes", schemaPath: "#/properties/request/properties/userAttributes/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.response !== void 0) {
      let data15 = data.response;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.userAttributes !== void 0) {
          let data16 = data15.userAttributes;
          const _errs46 = errors;
          let valid14 = false;
          const _errs47 = errors;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key2 in data16) {
              if (typeof data16[key2] !== "string") {
                const err28 = { instancePath: instancePath + "/response/userAttributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/response/userAttributes", schemaPath: "#/$defs/CognitoStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          var _valid1 = _errs47 === errors;
          valid14 = valid14 || _valid1;
          const _errs53 = errors;
          if (data16 !== null) {
            const err30 = { instancePath: instancePath + "/response/userAttributes", schemaPath: "#/properties/response/properties/userAttributes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          var _valid1 = _errs53 === errors;
          valid14 = valid14 || _valid1;
          if (!valid14) {
            const err31 = { instancePath: instancePath + "/response/userAttributes", schemaPath: "#/properties/response/properties/userAttributes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
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
        }
        if (data15.finalUserStatus !== void 0) {
          let data18 = data15.finalUserStatus;
          if (!(data18 === "CONFIRMED" || data18 === "RESET_REQUIRED" || data18 === null)) {
            const err32 = { instancePath: instancePath + "/response/finalUserStatus", schemaPath: "#/properties/response/properties/finalUserStatus/enum", keyword: "enum", params: { allowedValues: schema31.properties.response.properties.finalUserStatus.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data15.messageAction !== void 0) {
          let data19 = data15.messageAction;
          if (!(data19 === "SUPPRESS" || data19 === "RESEND" || data19 === null)) {
            const err33 = { instancePath: instancePath + "/response/messageAction", schemaPath: "#/properties/response/properties/messageAction/enum", keyword: "enum", params: { allowedValues: schema31.properties.response.properties.messageAction.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data15.desiredDeliveryMediums !== void 0) {
          let data20 = data15.desiredDeliveryMediums;
          const _errs58 = errors;
          let valid17 = false;
          const _errs59 = errors;
          if (Array.isArray(data20)) {
            const len0 = data20.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data21 = data20[i0];
              if (!(data21 === "EMAIL" || data21 === "SMS")) {
                const err34 = { instancePath: instancePath + "/response/desiredDeliveryMediums/" + i0, schemaPath: "#/properties/response/properties/desiredDeliveryMediums/anyOf/0/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.response.properties.desiredDeliveryMediums.anyOf[0].items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/response/desiredDeliveryMediums", schemaPath: "#/properties/response/properties/desiredDeliveryMediums/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          var _valid2 = _errs59 === errors;
          valid17 = valid17 || _valid2;
          const _errs62 = errors;
          if (data20 !== null) {
            const err36 = { instancePath: instancePath + "/response/desiredDeliveryMediums", schemaPath: "#/properties/response/properties/desiredDeliveryMediums/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          var _valid2 = _errs62 === errors;
          valid17 = valid17 || _valid2;
          if (!valid17) {
            const err37 = { instancePath: instancePath + "/response/desiredDeliveryMediums", schemaPath: "#/properties/response/properties/desiredDeliveryMediums/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
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
        }
        if (data15.enableSMSMFA !== void 0) {
          let data22 = data15.enableSMSMFA;
          if (typeof data22 !== "boolean" && data22 !== null) {
            const err38 = { instancePath: instancePath + "/response/enableSMSMFA", schemaPath: "#/properties/response/properties/enableSMSMFA/type", keyword: "type", params: { type: schema31.properties.response.properties.enableSMSMFA.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data15.forceAliasCreation !== void 0) {
          let data23 = data15.forceAliasCreation;
          if (typeof data23 !== "boolean" && data23 !== null) {
            const err39 = { instancePath: instancePath + "/response/forceAliasCreation", schemaPath: "#/properties/response/properties/forceAliasCreation/type", keyword: "type", params: { type: schema31.properties.response.properties.forceAliasCreation.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
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
    for (const key0 in data) {
      if (typeof data[key0] !== "string") {
        const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
var schema42 = { "type": "array", "items": { "enum": ["EMAIL", "SMS"] } };
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
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (!(data0 === "EMAIL" || data0 === "SMS")) {
        const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/enum", keyword: "enum", params: { allowedValues: schema42.items.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
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
var branch2_0 = validate25;
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
    for (const key0 in data) {
      if (typeof data[key0] !== "string") {
        const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var branch2_1 = validate26;
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

// cognito.user-migration.all.entry.ts
var branches = {
  "#/properties/response/properties/userAttributes/anyOf": [branch0_0, branch0_1],
  "#/properties/response/properties/desiredDeliveryMediums/anyOf": [branch1_0, branch1_1],
  "#/$defs/CognitoValidationData/anyOf": [branch2_0, branch2_1]
};
export {
  branches,
  validateAll
};
