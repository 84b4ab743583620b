// Generated from schemas/cognito/define-auth-challenge.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.define-auth-challenge.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cognito.define-auth-challenge", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request", "response"], "properties": { "version": { "$ref": "#/$defs/CognitoTriggerVersion" }, "triggerSource": { "const": "DefineAuthChallenge_Authentication" }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": ["userAttributes", "session"], "properties": { "userAttributes": { "$ref": "#/$defs/CognitoUserAttributes" }, "session": { "type": "array", "items": { "$ref": "#/$defs/CognitoChallengeResult" } }, "clientMetadata": { "$ref": "#/$defs/CognitoClientMetadata" }, "userNotFound": { "type": "boolean" } } }, "response": { "type": "object", "properties": { "challengeName": { "type": ["string", "null"] }, "issueTokens": { "type": ["boolean", "null"] }, "failAuthentication": { "type": ["boolean", "null"] } } } }, "$defs": { "AwsRegion": { "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoChallengeResult": { "type": "object", "required": ["challengeName", "challengeResult"], "properties": { "challengeName": { "type": "string" }, "challengeResult": { "type": "boolean" }, "challengeMetadata": { "type": ["string", "null"] } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoTriggerVersion": { "type": "string" }, "CognitoUserAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" } } };
var schema38 = { "type": "object", "required": ["challengeName", "challengeResult"], "properties": { "challengeName": { "type": "string" }, "challengeResult": { "type": "boolean" }, "challengeMetadata": { "type": ["string", "null"] } } };
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
      if ("DefineAuthChallenge_Authentication" !== data.triggerSource) {
        const err9 = { instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/const", keyword: "const", params: { allowedValue: "DefineAuthChallenge_Authentication" }, message: "must be equal to constant" };
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
        if (data8.session === void 0) {
          const err20 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: "session" }, message: "must have required property 'session'" };
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
        if (data8.session !== void 0) {
          let data11 = data8.session;
          if (Array.isArray(data11)) {
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data12 = data11[i0];
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.challengeName === void 0) {
                  const err23 = { instancePath: instancePath + "/request/session/" + i0, schemaPath: "#/$defs/CognitoChallengeResult/required", keyword: "required", params: { missingProperty: "challengeName" }, message: "must have required property 'challengeName'" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (data12.challengeResult === void 0) {
                  const err24 = { instancePath: instancePath + "/request/session/" + i0, schemaPath: "#/$defs/CognitoChallengeResult/required", keyword: "required", params: { missingProperty: "challengeResult" }, message: "must have required property 'challengeResult'" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (data12.challengeName !== void 0) {
                  if (typeof data12.challengeName !== "string") {
                    const err25 = { instancePath: instancePath + "/request/session/" + i0 + "/challengeName", schemaPath: "#/$defs/CognitoChallengeResult/properties/challengeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data12.challengeResult !== void 0) {
                  if (typeof data12.challengeResult !== "boolean") {
                    const err26 = { instancePath: instancePath + "/request/session/" + i0 + "/challengeResult", schemaPath: "#/$defs/CognitoChallengeResult/properties/challengeResult/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data12.challengeMetadata !== void 0) {
                  let data15 = data12.challengeMetadata;
                  if (typeof data15 !== "string" && data15 !== null) {
                    const err27 = { instancePath: instancePath + "/request/session/" + i0 + "/challengeMetadata", schemaPath: "#/$defs/CognitoChallengeResult/properties/challengeMetadata/type", keyword: "type", params: { type: schema38.properties.challengeMetadata.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              } else {
                const err28 = { instancePath: instancePath + "/request/session/" + i0, schemaPath: "#/$defs/CognitoChallengeResult/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/request/session", schemaPath: "#/properties/request/properties/session/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data8.clientMetadata !== void 0) {
          let data16 = data8.clientMetadata;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key1 in data16) {
              if (typeof data16[key1] !== "string") {
                const err30 = { instancePath: instancePath + "/request/clientMetadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoClientMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/$defs/CognitoClientMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data8.userNotFound !== void 0) {
          if (typeof data8.userNotFound !== "boolean") {
            const err32 = { instancePath: instancePath + "/request/userNotFound", schemaPath: "#/properties/request/properties/userNotFound/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.response !== void 0) {
      let data19 = data.response;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.challengeName !== void 0) {
          let data20 = data19.challengeName;
          if (typeof data20 !== "string" && data20 !== null) {
            const err34 = { instancePath: instancePath + "/response/challengeName", schemaPath: "#/properties/response/properties/challengeName/type", keyword: "type", params: { type: schema31.properties.response.properties.challengeName.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data19.issueTokens !== void 0) {
          let data21 = data19.issueTokens;
          if (typeof data21 !== "boolean" && data21 !== null) {
            const err35 = { instancePath: instancePath + "/response/issueTokens", schemaPath: "#/properties/response/properties/issueTokens/type", keyword: "type", params: { type: schema31.properties.response.properties.issueTokens.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data19.failAuthentication !== void 0) {
          let data22 = data19.failAuthentication;
          if (typeof data22 !== "boolean" && data22 !== null) {
            const err36 = { instancePath: instancePath + "/response/failAuthentication", schemaPath: "#/properties/response/properties/failAuthentication/type", keyword: "type", params: { type: schema31.properties.response.properties.failAuthentication.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
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

// cognito.define-auth-challenge.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
