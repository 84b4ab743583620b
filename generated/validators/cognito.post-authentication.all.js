// Generated from schemas/cognito/post-authentication.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.post-authentication.all.standalone.js
var validateAll = validate20;
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
      if ("PostAuthentication_Authentication" !== data.triggerSource) {
        const err9 = { instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/const", keyword: "const", params: { allowedValue: "PostAuthentication_Authentication" }, message: "must be equal to constant" };
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
        if (data8.newDeviceUsed !== void 0) {
          if (typeof data8.newDeviceUsed !== "boolean") {
            const err22 = { instancePath: instancePath + "/request/newDeviceUsed", schemaPath: "#/properties/request/properties/newDeviceUsed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data8.clientMetadata !== void 0) {
          let data12 = data8.clientMetadata;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key1 in data12) {
              if (typeof data12[key1] !== "string") {
                const err23 = { instancePath: instancePath + "/request/clientMetadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClientMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/$defs/CognitoClientMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.response !== void 0) {
      let data14 = data.response;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
      } else {
        const err26 = { instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "triggerSource": true, "region": true, "userPoolId": true, "userName": true, "callerContext": true, "request": true, "response": true }, "dynamicProps": false, "dynamicItems": false };

// cognito.post-authentication.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
