// Generated from schemas/cognito/custom-email-sender.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.custom-email-sender.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cognito.custom-email-sender", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request"], "properties": { "version": { "$ref": "#/$defs/CognitoTriggerVersion" }, "triggerSource": { "enum": ["CustomEmailSender_SignUp", "CustomEmailSender_Authentication", "CustomEmailSender_ForgotPassword", "CustomEmailSender_ResendCode", "CustomEmailSender_UpdateUserAttribute", "CustomEmailSender_VerifyUserAttribute", "CustomEmailSender_AdminCreateUser", "CustomEmailSender_AccountTakeOverNotification"] }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": ["type", "userAttributes"], "properties": { "type": { "const": "customEmailSenderRequestV1" }, "code": { "$ref": "#/$defs/Base64String" }, "userAttributes": { "$ref": "#/$defs/CognitoUserAttributes" }, "clientMetadata": { "anyOf": [{ "$ref": "#/$defs/CognitoClientMetadata" }, { "type": "null" }] } } } }, "$defs": { "AwsRegion": { "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, "Base64String": { "type": "string", "pattern": "^[A-Za-z0-9+/]*={0,2}$" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoTriggerVersion": { "type": "string" }, "CognitoUserAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" } } };
var pattern4 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
var pattern5 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
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
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err7 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/CognitoTriggerVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.triggerSource !== void 0) {
      let data1 = data.triggerSource;
      if (!(data1 === "CustomEmailSender_SignUp" || data1 === "CustomEmailSender_Authentication" || data1 === "CustomEmailSender_ForgotPassword" || data1 === "CustomEmailSender_ResendCode" || data1 === "CustomEmailSender_UpdateUserAttribute" || data1 === "CustomEmailSender_VerifyUserAttribute" || data1 === "CustomEmailSender_AdminCreateUser" || data1 === "CustomEmailSender_AccountTakeOverNotification")) {
        const err8 = { instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/enum", keyword: "enum", params: { allowedValues: schema31.properties.triggerSource.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data2 = data.region;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err9 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.userPoolId !== void 0) {
      if (typeof data.userPoolId !== "string") {
        const err11 = { instancePath: instancePath + "/userPoolId", schemaPath: "#/$defs/CognitoUserPoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.userName !== void 0) {
      if (typeof data.userName !== "string") {
        const err12 = { instancePath: instancePath + "/userName", schemaPath: "#/$defs/CognitoUserName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.callerContext !== void 0) {
      let data5 = data.callerContext;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.awsSdkVersion === void 0) {
          const err13 = { instancePath: instancePath + "/callerContext", schemaPath: "#/$defs/CognitoCallerContext/required", keyword: "required", params: { missingProperty: "awsSdkVersion" }, message: "must have required property 'awsSdkVersion'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data5.clientId === void 0) {
          const err14 = { instancePath: instancePath + "/callerContext", schemaPath: "#/$defs/CognitoCallerContext/required", keyword: "required", params: { missingProperty: "clientId" }, message: "must have required property 'clientId'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5.awsSdkVersion !== void 0) {
          if (typeof data5.awsSdkVersion !== "string") {
            const err15 = { instancePath: instancePath + "/callerContext/awsSdkVersion", schemaPath: "#/$defs/CognitoCallerContext/properties/awsSdkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data5.clientId !== void 0) {
          if (typeof data5.clientId !== "string") {
            const err16 = { instancePath: instancePath + "/callerContext/clientId", schemaPath: "#/$defs/CognitoCallerContext/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/callerContext", schemaPath: "#/$defs/CognitoCallerContext/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.request !== void 0) {
      let data8 = data.request;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.type === void 0) {
          const err18 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data8.userAttributes === void 0) {
          const err19 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: "userAttributes" }, message: "must have required property 'userAttributes'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data8.type !== void 0) {
          if ("customEmailSenderRequestV1" !== data8.type) {
            const err20 = { instancePath: instancePath + "/request/type", schemaPath: "#/properties/request/properties/type/const", keyword: "const", params: { allowedValue: "customEmailSenderRequestV1" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data8.code !== void 0) {
          let data10 = data8.code;
          if (typeof data10 === "string") {
            if (!pattern5.test(data10)) {
              const err21 = { instancePath: instancePath + "/request/code", schemaPath: "#/$defs/Base64String/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/request/code", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data8.userAttributes !== void 0) {
          let data11 = data8.userAttributes;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key0 in data11) {
              if (typeof data11[key0] !== "string") {
                const err23 = { instancePath: instancePath + "/request/userAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoUserAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/request/userAttributes", schemaPath: "#/$defs/CognitoUserAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data8.clientMetadata !== void 0) {
          let data13 = data8.clientMetadata;
          const _errs34 = errors;
          let valid11 = false;
          const _errs35 = errors;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key1 in data13) {
              if (typeof data13[key1] !== "string") {
                const err25 = { instancePath: instancePath + "/request/clientMetadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClientMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/$defs/CognitoClientMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          var _valid0 = _errs35 === errors;
          valid11 = valid11 || _valid0;
          const _errs41 = errors;
          if (data13 !== null) {
            const err27 = { instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/properties/request/properties/clientMetadata/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          var _valid0 = _errs41 === errors;
          valid11 = valid11 || _valid0;
          if (!valid11) {
            const err28 = { instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/properties/request/properties/clientMetadata/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          } else {
            errors = _errs34;
            if (vErrors !== null) {
              if (_errs34) {
                vErrors.length = _errs34;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "triggerSource": true, "region": true, "userPoolId": true, "userName": true, "callerContext": true, "request": true }, "dynamicProps": false, "dynamicItems": false };
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

// cognito.custom-email-sender.all.entry.ts
var branches = {
  "#/properties/request/properties/clientMetadata/anyOf": [branch0_0, branch0_1]
};
export {
  branches,
  validateAll
};
