// Generated from schemas/cognito/create-auth-challenge.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.create-auth-challenge.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cognito.create-auth-challenge", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request", "response"], "properties": { "version": { "$ref": "#/$defs/CognitoTriggerVersion" }, "triggerSource": { "const": "CreateAuthChallenge_Authentication" }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": ["userAttributes", "challengeName", "session"], "properties": { "userAttributes": { "$ref": "#/$defs/CognitoUserAttributes" }, "challengeName": { "type": "string" }, "session": { "type": "array", "items": { "$ref": "#/$defs/CognitoChallengeResult" } }, "clientMetadata": { "$ref": "#/$defs/CognitoClientMetadata" }, "userNotFound": { "type": "boolean" } } }, "response": { "type": "object", "properties": { "publicChallengeParameters": { "anyOf": [{ "$ref": "#/$defs/CognitoStringMap" }, { "type": "null" }] }, "privateChallengeParameters": { "anyOf": [{ "$ref": "#/$defs/CognitoStringMap" }, { "type": "null" }] }, "challengeMetadata": { "type": ["string", "null"] } } } }, "$defs": { "AwsRegion": { "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoChallengeResult": { "type": "object", "required": ["challengeName", "challengeResult"], "properties": { "challengeName": { "type": "string" }, "challengeResult": { "type": "boolean" }, "challengeMetadata": { "type": ["string", "null"] } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoStringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoTriggerVersion": { "type": "string" }, "CognitoUserAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" } } };
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
      if ("CreateAuthChallenge_Authentication" !== data.triggerSource) {
        const err9 = { instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/const", keyword: "const", params: { allowedValue: "CreateAuthChallenge_Authentication" }, message: "must be equal to constant" };
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
        if (data8.challengeName === void 0) {
          const err20 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: "challengeName" }, message: "must have required property 'challengeName'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data8.session === void 0) {
          const err21 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: "session" }, message: "must have required property 'session'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data8.userAttributes !== void 0) {
          let data9 = data8.userAttributes;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key0 in data9) {
              if (typeof data9[key0] !== "string") {
                const err22 = { instancePath: instancePath + "/request/userAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoUserAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/request/userAttributes", schemaPath: "#/$defs/CognitoUserAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data8.challengeName !== void 0) {
          if (typeof data8.challengeName !== "string") {
            const err24 = { instancePath: instancePath + "/request/challengeName", schemaPath: "#/properties/request/properties/challengeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data8.session !== void 0) {
          let data12 = data8.session;
          if (Array.isArray(data12)) {
            const len0 = data12.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data13 = data12[i0];
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.challengeName === void 0) {
                  const err25 = { instancePath: instancePath + "/request/session/" + i0, schemaPath: "#/$defs/CognitoChallengeResult/required", keyword: "required", params: { missingProperty: "challengeName" }, message: "must have required property 'challengeName'" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data13.challengeResult === void 0) {
                  const err26 = { instancePath: instancePath + "/request/session/" + i0, schemaPath: "#/$defs/CognitoChallengeResult/required", keyword: "required", params: { missingProperty: "challengeResult" }, message: "must have required property 'challengeResult'" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data13.challengeName !== void 0) {
                  if (typeof data13.challengeName !== "string") {
                    const err27 = { instancePath: instancePath + "/request/session/" + i0 + "/challengeName", schemaPath: "#/$defs/CognitoChallengeResult/properties/challengeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data13.challengeResult !== void 0) {
                  if (typeof data13.challengeResult !== "boolean") {
                    const err28 = { instancePath: instancePath + "/request/session/" + i0 + "/challengeResult", schemaPath: "#/$defs/CognitoChallengeResult/properties/challengeResult/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data13.challengeMetadata !== void 0) {
                  let data16 = data13.challengeMetadata;
                  if (typeof data16 !== "string" && data16 !== null) {
                    const err29 = { instancePath: instancePath + "/request/session/" + i0 + "/challengeMetadata", schemaPath: "#/$defs/CognitoChallengeResult/properties/challengeMetadata/type", keyword: "type", params: { type: schema38.properties.challengeMetadata.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = { instancePath: instancePath + "/request/session/" + i0, schemaPath: "#/$defs/CognitoChallengeResult/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/request/session", schemaPath: "#/properties/request/properties/session/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data8.clientMetadata !== void 0) {
          let data17 = data8.clientMetadata;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key1 in data17) {
              if (typeof data17[key1] !== "string") {
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
        if (data8.userNotFound !== void 0) {
          if (typeof data8.userNotFound !== "boolean") {
            const err34 = { instancePath: instancePath + "/request/userNotFound", schemaPath: "#/properties/request/properties/userNotFound/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.response !== void 0) {
      let data20 = data.response;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        if (data20.publicChallengeParameters !== void 0) {
          let data21 = data20.publicChallengeParameters;
          const _errs53 = errors;
          let valid17 = false;
          const _errs54 = errors;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key2 in data21) {
              if (typeof data21[key2] !== "string") {
                const err36 = { instancePath: instancePath + "/response/publicChallengeParameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/response/publicChallengeParameters", schemaPath: "#/$defs/CognitoStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          var _valid0 = _errs54 === errors;
          valid17 = valid17 || _valid0;
          const _errs60 = errors;
          if (data21 !== null) {
            const err38 = { instancePath: instancePath + "/response/publicChallengeParameters", schemaPath: "#/properties/response/properties/publicChallengeParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          var _valid0 = _errs60 === errors;
          valid17 = valid17 || _valid0;
          if (!valid17) {
            const err39 = { instancePath: instancePath + "/response/publicChallengeParameters", schemaPath: "#/properties/response/properties/publicChallengeParameters/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          } else {
            errors = _errs53;
            if (vErrors !== null) {
              if (_errs53) {
                vErrors.length = _errs53;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data20.privateChallengeParameters !== void 0) {
          let data23 = data20.privateChallengeParameters;
          const _errs63 = errors;
          let valid20 = false;
          const _errs64 = errors;
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            for (const key3 in data23) {
              if (typeof data23[key3] !== "string") {
                const err40 = { instancePath: instancePath + "/response/privateChallengeParameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/response/privateChallengeParameters", schemaPath: "#/$defs/CognitoStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          var _valid1 = _errs64 === errors;
          valid20 = valid20 || _valid1;
          const _errs70 = errors;
          if (data23 !== null) {
            const err42 = { instancePath: instancePath + "/response/privateChallengeParameters", schemaPath: "#/properties/response/properties/privateChallengeParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          var _valid1 = _errs70 === errors;
          valid20 = valid20 || _valid1;
          if (!valid20) {
            const err43 = { instancePath: instancePath + "/response/privateChallengeParameters", schemaPath: "#/properties/response/properties/privateChallengeParameters/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
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
        if (data20.challengeMetadata !== void 0) {
          let data25 = data20.challengeMetadata;
          if (typeof data25 !== "string" && data25 !== null) {
            const err44 = { instancePath: instancePath + "/response/challengeMetadata", schemaPath: "#/properties/response/properties/challengeMetadata/type", keyword: "type", params: { type: schema31.properties.response.properties.challengeMetadata.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
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
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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

// cognito.create-auth-challenge.all.entry.ts
var branches = {
  "#/properties/response/properties/publicChallengeParameters/anyOf": [branch0_0, branch0_1],
  "#/properties/response/properties/privateChallengeParameters/anyOf": [branch1_0, branch1_1]
};
export {
  branches,
  validateAll
};
