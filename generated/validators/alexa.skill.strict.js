// Generated from schemas/alexa/skill.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:alexa.skill.strict.standalone.js
var alexa_skill_strict_standalone_default = validate20;
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
      let missing0;
      if (data.new === void 0 && (missing0 = "new") || data.sessionId === void 0 && (missing0 = "sessionId") || data.application === void 0 && (missing0 = "application") || data.user === void 0 && (missing0 = "user")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.new !== void 0) {
          const _errs1 = errors;
          if (typeof data.new !== "boolean") {
            validate21.errors = [{ instancePath: instancePath + "/new", schemaPath: "#/properties/new/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.sessionId !== void 0) {
            const _errs3 = errors;
            if (typeof data.sessionId !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/sessionId", schemaPath: "#/properties/sessionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.application !== void 0) {
              let data2 = data.application;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  let missing1;
                  if (data2.applicationId === void 0 && (missing1 = "applicationId")) {
                    validate21.errors = [{ instancePath: instancePath + "/application", schemaPath: "#/$defs/AlexaSkillApplication/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    if (data2.applicationId !== void 0) {
                      if (typeof data2.applicationId !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/application/applicationId", schemaPath: "#/$defs/AlexaSkillApplication/properties/applicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/application", schemaPath: "#/$defs/AlexaSkillApplication/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.attributes !== void 0) {
                let data4 = data.attributes;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/attributes", schemaPath: "#/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.user !== void 0) {
                  let data5 = data.user;
                  const _errs13 = errors;
                  const _errs14 = errors;
                  if (errors === _errs14) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      let missing2;
                      if (data5.userId === void 0 && (missing2 = "userId")) {
                        validate21.errors = [{ instancePath: instancePath + "/user", schemaPath: "#/$defs/AlexaSkillUser/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        if (data5.userId !== void 0) {
                          const _errs16 = errors;
                          if (typeof data5.userId !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/user/userId", schemaPath: "#/$defs/AlexaSkillUser/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid4 = _errs16 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data5.accessToken !== void 0) {
                            const _errs18 = errors;
                            if (typeof data5.accessToken !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/user/accessToken", schemaPath: "#/$defs/AlexaSkillUser/properties/accessToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid4 = _errs18 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data5.permissions !== void 0) {
                              let data8 = data5.permissions;
                              const _errs20 = errors;
                              if (errors === _errs20) {
                                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                  if (data8.consentToken !== void 0) {
                                    if (typeof data8.consentToken !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/user/permissions/consentToken", schemaPath: "#/$defs/AlexaSkillUser/properties/permissions/properties/consentToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/user/permissions", schemaPath: "#/$defs/AlexaSkillUser/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid4 = _errs20 === errors;
                            } else {
                              var valid4 = true;
                            }
                          }
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/user", schemaPath: "#/$defs/AlexaSkillUser/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.System === void 0 && (missing0 = "System")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.System !== void 0) {
          let data0 = data.System;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.application === void 0 && (missing1 = "application") || data0.user === void 0 && (missing1 = "user") || data0.device === void 0 && (missing1 = "device")) {
                validate23.errors = [{ instancePath: instancePath + "/System", schemaPath: "#/properties/System/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.application !== void 0) {
                  let data1 = data0.application;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                      let missing2;
                      if (data1.applicationId === void 0 && (missing2 = "applicationId")) {
                        validate23.errors = [{ instancePath: instancePath + "/System/application", schemaPath: "#/$defs/AlexaSkillApplication/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        if (data1.applicationId !== void 0) {
                          if (typeof data1.applicationId !== "string") {
                            validate23.errors = [{ instancePath: instancePath + "/System/application/applicationId", schemaPath: "#/$defs/AlexaSkillApplication/properties/applicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                      }
                    } else {
                      validate23.errors = [{ instancePath: instancePath + "/System/application", schemaPath: "#/$defs/AlexaSkillApplication/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs4 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.user !== void 0) {
                    let data3 = data0.user;
                    const _errs9 = errors;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        let missing3;
                        if (data3.userId === void 0 && (missing3 = "userId")) {
                          validate23.errors = [{ instancePath: instancePath + "/System/user", schemaPath: "#/$defs/AlexaSkillUser/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                          return false;
                        } else {
                          if (data3.userId !== void 0) {
                            const _errs12 = errors;
                            if (typeof data3.userId !== "string") {
                              validate23.errors = [{ instancePath: instancePath + "/System/user/userId", schemaPath: "#/$defs/AlexaSkillUser/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid5 = _errs12 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data3.accessToken !== void 0) {
                              const _errs14 = errors;
                              if (typeof data3.accessToken !== "string") {
                                validate23.errors = [{ instancePath: instancePath + "/System/user/accessToken", schemaPath: "#/$defs/AlexaSkillUser/properties/accessToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid5 = _errs14 === errors;
                            } else {
                              var valid5 = true;
                            }
                            if (valid5) {
                              if (data3.permissions !== void 0) {
                                let data6 = data3.permissions;
                                const _errs16 = errors;
                                if (errors === _errs16) {
                                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                    if (data6.consentToken !== void 0) {
                                      if (typeof data6.consentToken !== "string") {
                                        validate23.errors = [{ instancePath: instancePath + "/System/user/permissions/consentToken", schemaPath: "#/$defs/AlexaSkillUser/properties/permissions/properties/consentToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                  } else {
                                    validate23.errors = [{ instancePath: instancePath + "/System/user/permissions", schemaPath: "#/$defs/AlexaSkillUser/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid5 = _errs16 === errors;
                              } else {
                                var valid5 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate23.errors = [{ instancePath: instancePath + "/System/user", schemaPath: "#/$defs/AlexaSkillUser/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs9 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.person !== void 0) {
                      let data8 = data0.person;
                      const _errs20 = errors;
                      if (errors === _errs20) {
                        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                          if (data8.personId !== void 0) {
                            const _errs22 = errors;
                            if (typeof data8.personId !== "string") {
                              validate23.errors = [{ instancePath: instancePath + "/System/person/personId", schemaPath: "#/properties/System/properties/person/properties/personId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid7 = _errs22 === errors;
                          } else {
                            var valid7 = true;
                          }
                          if (valid7) {
                            if (data8.accessToken !== void 0) {
                              const _errs24 = errors;
                              if (typeof data8.accessToken !== "string") {
                                validate23.errors = [{ instancePath: instancePath + "/System/person/accessToken", schemaPath: "#/properties/System/properties/person/properties/accessToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid7 = _errs24 === errors;
                            } else {
                              var valid7 = true;
                            }
                          }
                        } else {
                          validate23.errors = [{ instancePath: instancePath + "/System/person", schemaPath: "#/properties/System/properties/person/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid1 = _errs20 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.device !== void 0) {
                        let data11 = data0.device;
                        const _errs26 = errors;
                        if (errors === _errs26) {
                          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                            let missing4;
                            if (data11.supportedInterfaces === void 0 && (missing4 = "supportedInterfaces")) {
                              validate23.errors = [{ instancePath: instancePath + "/System/device", schemaPath: "#/properties/System/properties/device/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                              return false;
                            } else {
                              if (data11.deviceId !== void 0) {
                                const _errs28 = errors;
                                if (typeof data11.deviceId !== "string") {
                                  validate23.errors = [{ instancePath: instancePath + "/System/device/deviceId", schemaPath: "#/properties/System/properties/device/properties/deviceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid8 = _errs28 === errors;
                              } else {
                                var valid8 = true;
                              }
                              if (valid8) {
                                if (data11.supportedInterfaces !== void 0) {
                                  let data13 = data11.supportedInterfaces;
                                  const _errs30 = errors;
                                  if (errors === _errs30) {
                                    if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                    } else {
                                      validate23.errors = [{ instancePath: instancePath + "/System/device/supportedInterfaces", schemaPath: "#/properties/System/properties/device/properties/supportedInterfaces/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid8 = _errs30 === errors;
                                } else {
                                  var valid8 = true;
                                }
                              }
                            }
                          } else {
                            validate23.errors = [{ instancePath: instancePath + "/System/device", schemaPath: "#/properties/System/properties/device/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs26 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.apiEndpoint !== void 0) {
                          const _errs33 = errors;
                          if (typeof data0.apiEndpoint !== "string") {
                            validate23.errors = [{ instancePath: instancePath + "/System/apiEndpoint", schemaPath: "#/properties/System/properties/apiEndpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid1 = _errs33 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.apiAccessToken !== void 0) {
                            const _errs35 = errors;
                            if (typeof data0.apiAccessToken !== "string") {
                              validate23.errors = [{ instancePath: instancePath + "/System/apiAccessToken", schemaPath: "#/properties/System/properties/apiAccessToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid1 = _errs35 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.unit !== void 0) {
                              let data16 = data0.unit;
                              const _errs37 = errors;
                              if (errors === _errs37) {
                                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                } else {
                                  validate23.errors = [{ instancePath: instancePath + "/System/unit", schemaPath: "#/properties/System/properties/unit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs37 === errors;
                            } else {
                              var valid1 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            } else {
              validate23.errors = [{ instancePath: instancePath + "/System", schemaPath: "#/properties/System/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.AudioPlayer !== void 0) {
            let data17 = data.AudioPlayer;
            const _errs40 = errors;
            if (errors === _errs40) {
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.playerActivity !== void 0) {
                  const _errs42 = errors;
                  if (typeof data17.playerActivity !== "string") {
                    validate23.errors = [{ instancePath: instancePath + "/AudioPlayer/playerActivity", schemaPath: "#/properties/AudioPlayer/properties/playerActivity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid9 = _errs42 === errors;
                } else {
                  var valid9 = true;
                }
                if (valid9) {
                  if (data17.token !== void 0) {
                    const _errs44 = errors;
                    if (typeof data17.token !== "string") {
                      validate23.errors = [{ instancePath: instancePath + "/AudioPlayer/token", schemaPath: "#/properties/AudioPlayer/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid9 = _errs44 === errors;
                  } else {
                    var valid9 = true;
                  }
                  if (valid9) {
                    if (data17.offsetInMilliseconds !== void 0) {
                      let data20 = data17.offsetInMilliseconds;
                      const _errs46 = errors;
                      if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                        validate23.errors = [{ instancePath: instancePath + "/AudioPlayer/offsetInMilliseconds", schemaPath: "#/properties/AudioPlayer/properties/offsetInMilliseconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      var valid9 = _errs46 === errors;
                    } else {
                      var valid9 = true;
                    }
                  }
                }
              } else {
                validate23.errors = [{ instancePath: instancePath + "/AudioPlayer", schemaPath: "#/properties/AudioPlayer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs40 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate26.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.confirmationStatus !== void 0) {
            const _errs3 = errors;
            if (typeof data.confirmationStatus !== "string") {
              validate26.errors = [{ instancePath: instancePath + "/confirmationStatus", schemaPath: "#/properties/confirmationStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.slots !== void 0) {
              let data2 = data.slots;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  for (const key0 in data2) {
                    let data3 = data2[key0];
                    const _errs8 = errors;
                    const _errs9 = errors;
                    if (errors === _errs9) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        let missing1;
                        if (data3.name === void 0 && (missing1 = "name")) {
                          validate26.errors = [{ instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/AlexaSkillSlot/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          if (data3.name !== void 0) {
                            const _errs11 = errors;
                            if (typeof data3.name !== "string") {
                              validate26.errors = [{ instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/$defs/AlexaSkillSlot/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs11 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data3.value !== void 0) {
                              const _errs13 = errors;
                              if (typeof data3.value !== "string") {
                                validate26.errors = [{ instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/$defs/AlexaSkillSlot/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs13 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data3.confirmationStatus !== void 0) {
                                const _errs15 = errors;
                                if (typeof data3.confirmationStatus !== "string") {
                                  validate26.errors = [{ instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/confirmationStatus", schemaPath: "#/$defs/AlexaSkillSlot/properties/confirmationStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs15 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data3.source !== void 0) {
                                  const _errs17 = errors;
                                  if (typeof data3.source !== "string") {
                                    validate26.errors = [{ instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/source", schemaPath: "#/$defs/AlexaSkillSlot/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs17 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data3.resolutions !== void 0) {
                                    let data8 = data3.resolutions;
                                    const _errs19 = errors;
                                    if (errors === _errs19) {
                                      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                      } else {
                                        validate26.errors = [{ instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions", schemaPath: "#/$defs/AlexaSkillSlot/properties/resolutions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs19 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data3.slotValue !== void 0) {
                                      let data9 = data3.slotValue;
                                      const _errs22 = errors;
                                      if (errors === _errs22) {
                                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                        } else {
                                          validate26.errors = [{ instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/slotValue", schemaPath: "#/$defs/AlexaSkillSlot/properties/slotValue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs22 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate26.errors = [{ instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/AlexaSkillSlot/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs8 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate26.errors = [{ instancePath: instancePath + "/slots", schemaPath: "#/properties/slots/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type") || data.requestId === void 0 && (missing0 = "requestId") || data.timestamp === void 0 && (missing0 = "timestamp")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs2 = errors;
          if (typeof data.type !== "string") {
            validate25.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.requestId !== void 0) {
            const _errs4 = errors;
            if (typeof data.requestId !== "string") {
              validate25.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== void 0) {
              const _errs6 = errors;
              if (typeof data.timestamp !== "string") {
                validate25.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.locale !== void 0) {
                const _errs8 = errors;
                if (typeof data.locale !== "string") {
                  validate25.errors = [{ instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.dialogState !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.dialogState !== "string") {
                    validate25.errors = [{ instancePath: instancePath + "/dialogState", schemaPath: "#/properties/dialogState/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.intent !== void 0) {
                    const _errs12 = errors;
                    if (!validate26(data.intent, { instancePath: instancePath + "/intent", parentData: data, parentDataProperty: "intent", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.reason !== void 0) {
                      const _errs13 = errors;
                      if (typeof data.reason !== "string") {
                        validate25.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.error !== void 0) {
                        let data7 = data.error;
                        const _errs15 = errors;
                        if (errors === _errs15) {
                          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                            if (data7.type !== void 0) {
                              const _errs17 = errors;
                              if (typeof data7.type !== "string") {
                                validate25.errors = [{ instancePath: instancePath + "/error/type", schemaPath: "#/properties/error/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs17 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data7.message !== void 0) {
                                const _errs19 = errors;
                                if (typeof data7.message !== "string") {
                                  validate25.errors = [{ instancePath: instancePath + "/error/message", schemaPath: "#/properties/error/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid1 = _errs19 === errors;
                              } else {
                                var valid1 = true;
                              }
                            }
                          } else {
                            validate25.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs15 === errors;
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
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.request === void 0 && (missing0 = "request")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (typeof data.version !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.session !== void 0) {
            const _errs3 = errors;
            if (!validate21(data.session, { instancePath: instancePath + "/session", parentData: data, parentDataProperty: "session", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.context !== void 0) {
              const _errs4 = errors;
              if (!validate23(data.context, { instancePath: instancePath + "/context", parentData: data, parentDataProperty: "context", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.request !== void 0) {
                const _errs5 = errors;
                if (!validate25(data.request, { instancePath: instancePath + "/request", parentData: data, parentDataProperty: "request", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
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
validate20.evaluated = { "props": { "version": true, "session": true, "context": true, "request": true }, "dynamicProps": false, "dynamicItems": false };

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

// alexa.skill.strict.entry.ts
withStandardSchema(alexa_skill_strict_standalone_default, "alexa.skill");
export {
  alexa_skill_strict_standalone_default as default,
  alexa_skill_strict_standalone_default as validate
};
