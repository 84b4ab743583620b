// Generated from schemas/alexa/skill.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:alexa.skill.all.standalone.js
var validateAll = validate20;
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
    if (data.new === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "new" }, message: "must have required property 'new'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sessionId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sessionId" }, message: "must have required property 'sessionId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.application === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "application" }, message: "must have required property 'application'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.user === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property 'user'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.new !== void 0) {
      if (typeof data.new !== "boolean") {
        const err4 = { instancePath: instancePath + "/new", schemaPath: "#/properties/new/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sessionId !== void 0) {
      if (typeof data.sessionId !== "string") {
        const err5 = { instancePath: instancePath + "/sessionId", schemaPath: "#/properties/sessionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.application !== void 0) {
      let data2 = data.application;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.applicationId === void 0) {
          const err6 = { instancePath: instancePath + "/application", schemaPath: "#/$defs/AlexaSkillApplication/required", keyword: "required", params: { missingProperty: "applicationId" }, message: "must have required property 'applicationId'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.applicationId !== void 0) {
          if (typeof data2.applicationId !== "string") {
            const err7 = { instancePath: instancePath + "/application/applicationId", schemaPath: "#/$defs/AlexaSkillApplication/properties/applicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/application", schemaPath: "#/$defs/AlexaSkillApplication/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.attributes !== void 0) {
      let data4 = data.attributes;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
      } else {
        const err9 = { instancePath: instancePath + "/attributes", schemaPath: "#/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data5 = data.user;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.userId === void 0) {
          const err10 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/AlexaSkillUser/required", keyword: "required", params: { missingProperty: "userId" }, message: "must have required property 'userId'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data5.userId !== void 0) {
          if (typeof data5.userId !== "string") {
            const err11 = { instancePath: instancePath + "/user/userId", schemaPath: "#/$defs/AlexaSkillUser/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.accessToken !== void 0) {
          if (typeof data5.accessToken !== "string") {
            const err12 = { instancePath: instancePath + "/user/accessToken", schemaPath: "#/$defs/AlexaSkillUser/properties/accessToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.permissions !== void 0) {
          let data8 = data5.permissions;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.consentToken !== void 0) {
              if (typeof data8.consentToken !== "string") {
                const err13 = { instancePath: instancePath + "/user/permissions/consentToken", schemaPath: "#/$defs/AlexaSkillUser/properties/permissions/properties/consentToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/user/permissions", schemaPath: "#/$defs/AlexaSkillUser/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/user", schemaPath: "#/$defs/AlexaSkillUser/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "new": true, "sessionId": true, "application": true, "attributes": true, "user": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.System === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "System" }, message: "must have required property 'System'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.System !== void 0) {
      let data0 = data.System;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.application === void 0) {
          const err1 = { instancePath: instancePath + "/System", schemaPath: "#/properties/System/required", keyword: "required", params: { missingProperty: "application" }, message: "must have required property 'application'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.user === void 0) {
          const err2 = { instancePath: instancePath + "/System", schemaPath: "#/properties/System/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property 'user'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.device === void 0) {
          const err3 = { instancePath: instancePath + "/System", schemaPath: "#/properties/System/required", keyword: "required", params: { missingProperty: "device" }, message: "must have required property 'device'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.application !== void 0) {
          let data1 = data0.application;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.applicationId === void 0) {
              const err4 = { instancePath: instancePath + "/System/application", schemaPath: "#/$defs/AlexaSkillApplication/required", keyword: "required", params: { missingProperty: "applicationId" }, message: "must have required property 'applicationId'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.applicationId !== void 0) {
              if (typeof data1.applicationId !== "string") {
                const err5 = { instancePath: instancePath + "/System/application/applicationId", schemaPath: "#/$defs/AlexaSkillApplication/properties/applicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/System/application", schemaPath: "#/$defs/AlexaSkillApplication/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.user !== void 0) {
          let data3 = data0.user;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.userId === void 0) {
              const err7 = { instancePath: instancePath + "/System/user", schemaPath: "#/$defs/AlexaSkillUser/required", keyword: "required", params: { missingProperty: "userId" }, message: "must have required property 'userId'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.userId !== void 0) {
              if (typeof data3.userId !== "string") {
                const err8 = { instancePath: instancePath + "/System/user/userId", schemaPath: "#/$defs/AlexaSkillUser/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data3.accessToken !== void 0) {
              if (typeof data3.accessToken !== "string") {
                const err9 = { instancePath: instancePath + "/System/user/accessToken", schemaPath: "#/$defs/AlexaSkillUser/properties/accessToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.permissions !== void 0) {
              let data6 = data3.permissions;
              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                if (data6.consentToken !== void 0) {
                  if (typeof data6.consentToken !== "string") {
                    const err10 = { instancePath: instancePath + "/System/user/permissions/consentToken", schemaPath: "#/$defs/AlexaSkillUser/properties/permissions/properties/consentToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
              } else {
                const err11 = { instancePath: instancePath + "/System/user/permissions", schemaPath: "#/$defs/AlexaSkillUser/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/System/user", schemaPath: "#/$defs/AlexaSkillUser/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.person !== void 0) {
          let data8 = data0.person;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.personId !== void 0) {
              if (typeof data8.personId !== "string") {
                const err13 = { instancePath: instancePath + "/System/person/personId", schemaPath: "#/properties/System/properties/person/properties/personId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data8.accessToken !== void 0) {
              if (typeof data8.accessToken !== "string") {
                const err14 = { instancePath: instancePath + "/System/person/accessToken", schemaPath: "#/properties/System/properties/person/properties/accessToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/System/person", schemaPath: "#/properties/System/properties/person/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.device !== void 0) {
          let data11 = data0.device;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.supportedInterfaces === void 0) {
              const err16 = { instancePath: instancePath + "/System/device", schemaPath: "#/properties/System/properties/device/required", keyword: "required", params: { missingProperty: "supportedInterfaces" }, message: "must have required property 'supportedInterfaces'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data11.deviceId !== void 0) {
              if (typeof data11.deviceId !== "string") {
                const err17 = { instancePath: instancePath + "/System/device/deviceId", schemaPath: "#/properties/System/properties/device/properties/deviceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data11.supportedInterfaces !== void 0) {
              let data13 = data11.supportedInterfaces;
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
              } else {
                const err18 = { instancePath: instancePath + "/System/device/supportedInterfaces", schemaPath: "#/properties/System/properties/device/properties/supportedInterfaces/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/System/device", schemaPath: "#/properties/System/properties/device/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data0.apiEndpoint !== void 0) {
          if (typeof data0.apiEndpoint !== "string") {
            const err20 = { instancePath: instancePath + "/System/apiEndpoint", schemaPath: "#/properties/System/properties/apiEndpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data0.apiAccessToken !== void 0) {
          if (typeof data0.apiAccessToken !== "string") {
            const err21 = { instancePath: instancePath + "/System/apiAccessToken", schemaPath: "#/properties/System/properties/apiAccessToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data0.unit !== void 0) {
          let data16 = data0.unit;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
          } else {
            const err22 = { instancePath: instancePath + "/System/unit", schemaPath: "#/properties/System/properties/unit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/System", schemaPath: "#/properties/System/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.AudioPlayer !== void 0) {
      let data17 = data.AudioPlayer;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.playerActivity !== void 0) {
          if (typeof data17.playerActivity !== "string") {
            const err24 = { instancePath: instancePath + "/AudioPlayer/playerActivity", schemaPath: "#/properties/AudioPlayer/properties/playerActivity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data17.token !== void 0) {
          if (typeof data17.token !== "string") {
            const err25 = { instancePath: instancePath + "/AudioPlayer/token", schemaPath: "#/properties/AudioPlayer/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data17.offsetInMilliseconds !== void 0) {
          let data20 = data17.offsetInMilliseconds;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err26 = { instancePath: instancePath + "/AudioPlayer/offsetInMilliseconds", schemaPath: "#/properties/AudioPlayer/properties/offsetInMilliseconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/AudioPlayer", schemaPath: "#/properties/AudioPlayer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
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
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.confirmationStatus !== void 0) {
      if (typeof data.confirmationStatus !== "string") {
        const err2 = { instancePath: instancePath + "/confirmationStatus", schemaPath: "#/properties/confirmationStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.slots !== void 0) {
      let data2 = data.slots;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          let data3 = data2[key0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.name === void 0) {
              const err3 = { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/AlexaSkillSlot/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data3.name !== void 0) {
              if (typeof data3.name !== "string") {
                const err4 = { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/$defs/AlexaSkillSlot/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data3.value !== void 0) {
              if (typeof data3.value !== "string") {
                const err5 = { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/$defs/AlexaSkillSlot/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data3.confirmationStatus !== void 0) {
              if (typeof data3.confirmationStatus !== "string") {
                const err6 = { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/confirmationStatus", schemaPath: "#/$defs/AlexaSkillSlot/properties/confirmationStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data3.source !== void 0) {
              if (typeof data3.source !== "string") {
                const err7 = { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/source", schemaPath: "#/$defs/AlexaSkillSlot/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data3.resolutions !== void 0) {
              let data8 = data3.resolutions;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
              } else {
                const err8 = { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions", schemaPath: "#/$defs/AlexaSkillSlot/properties/resolutions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data3.slotValue !== void 0) {
              let data9 = data3.slotValue;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              } else {
                const err9 = { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/slotValue", schemaPath: "#/$defs/AlexaSkillSlot/properties/slotValue/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/AlexaSkillSlot/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/slots", schemaPath: "#/properties/slots/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
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
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": { "name": true, "confirmationStatus": true, "slots": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.requestId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestId" }, message: "must have required property 'requestId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.timestamp === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timestamp" }, message: "must have required property 'timestamp'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.requestId !== void 0) {
      if (typeof data.requestId !== "string") {
        const err4 = { instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.timestamp !== void 0) {
      if (typeof data.timestamp !== "string") {
        const err5 = { instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.locale !== void 0) {
      if (typeof data.locale !== "string") {
        const err6 = { instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.dialogState !== void 0) {
      if (typeof data.dialogState !== "string") {
        const err7 = { instancePath: instancePath + "/dialogState", schemaPath: "#/properties/dialogState/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.intent !== void 0) {
      if (!validate26(data.intent, { instancePath: instancePath + "/intent", parentData: data, parentDataProperty: "intent", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err8 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.error !== void 0) {
      let data7 = data.error;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.type !== void 0) {
          if (typeof data7.type !== "string") {
            const err9 = { instancePath: instancePath + "/error/type", schemaPath: "#/properties/error/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data7.message !== void 0) {
          if (typeof data7.message !== "string") {
            const err10 = { instancePath: instancePath + "/error/message", schemaPath: "#/properties/error/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
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
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
    if (data.request === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "request" }, message: "must have required property 'request'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.session !== void 0) {
      if (!validate21(data.session, { instancePath: instancePath + "/session", parentData: data, parentDataProperty: "session", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.context !== void 0) {
      if (!validate23(data.context, { instancePath: instancePath + "/context", parentData: data, parentDataProperty: "context", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.request !== void 0) {
      if (!validate25(data.request, { instancePath: instancePath + "/request", parentData: data, parentDataProperty: "request", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "session": true, "context": true, "request": true }, "dynamicProps": false, "dynamicItems": false };

// alexa.skill.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
