// Generated from schemas/alexa/skill.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:alexa.skill.strict.standalone.js
var alexa_skill_strict_standalone_default = validate21;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.applicationId === void 0 && (missing0 = "applicationId")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.applicationId !== void 0) {
          if (typeof data.applicationId !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/applicationId", schemaPath: "#/properties/applicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
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
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.userId === void 0 && (missing0 = "userId")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.userId !== void 0) {
          const _errs1 = errors;
          if (typeof data.userId !== "string") {
            validate25.errors = [{ instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.accessToken !== void 0) {
            const _errs3 = errors;
            if (typeof data.accessToken !== "string") {
              validate25.errors = [{ instancePath: instancePath + "/accessToken", schemaPath: "#/properties/accessToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.permissions !== void 0) {
              let data2 = data.permissions;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (data2.consentToken !== void 0) {
                    if (typeof data2.consentToken !== "string") {
                      validate25.errors = [{ instancePath: instancePath + "/permissions/consentToken", schemaPath: "#/properties/permissions/properties/consentToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                } else {
                  validate25.errors = [{ instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.new === void 0 && (missing0 = "new") || data.sessionId === void 0 && (missing0 = "sessionId") || data.application === void 0 && (missing0 = "application") || data.user === void 0 && (missing0 = "user")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.new !== void 0) {
          const _errs1 = errors;
          if (typeof data.new !== "boolean") {
            validate22.errors = [{ instancePath: instancePath + "/new", schemaPath: "#/properties/new/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
              validate22.errors = [{ instancePath: instancePath + "/sessionId", schemaPath: "#/properties/sessionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.application !== void 0) {
              const _errs5 = errors;
              if (!validate23(data.application, { instancePath: instancePath + "/application", parentData: data, parentDataProperty: "application", rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.attributes !== void 0) {
                let data3 = data.attributes;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/attributes", schemaPath: "#/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.user !== void 0) {
                  const _errs9 = errors;
                  if (!validate25(data.user, { instancePath: instancePath + "/user", parentData: data, parentDataProperty: "user", rootData })) {
                    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.System === void 0 && (missing0 = "System")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.System !== void 0) {
          let data0 = data.System;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.application === void 0 && (missing1 = "application") || data0.user === void 0 && (missing1 = "user") || data0.device === void 0 && (missing1 = "device")) {
                validate28.errors = [{ instancePath: instancePath + "/System", schemaPath: "#/properties/System/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.application !== void 0) {
                  const _errs4 = errors;
                  if (!validate23(data0.application, { instancePath: instancePath + "/System/application", parentData: data0, parentDataProperty: "application", rootData })) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs4 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.user !== void 0) {
                    const _errs5 = errors;
                    if (!validate25(data0.user, { instancePath: instancePath + "/System/user", parentData: data0, parentDataProperty: "user", rootData })) {
                      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.person !== void 0) {
                      let data3 = data0.person;
                      const _errs6 = errors;
                      if (errors === _errs6) {
                        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                          if (data3.personId !== void 0) {
                            const _errs8 = errors;
                            if (typeof data3.personId !== "string") {
                              validate28.errors = [{ instancePath: instancePath + "/System/person/personId", schemaPath: "#/properties/System/properties/person/properties/personId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs8 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data3.accessToken !== void 0) {
                              const _errs10 = errors;
                              if (typeof data3.accessToken !== "string") {
                                validate28.errors = [{ instancePath: instancePath + "/System/person/accessToken", schemaPath: "#/properties/System/properties/person/properties/accessToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid2 = _errs10 === errors;
                            } else {
                              var valid2 = true;
                            }
                          }
                        } else {
                          validate28.errors = [{ instancePath: instancePath + "/System/person", schemaPath: "#/properties/System/properties/person/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid1 = _errs6 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.device !== void 0) {
                        let data6 = data0.device;
                        const _errs12 = errors;
                        if (errors === _errs12) {
                          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                            let missing2;
                            if (data6.supportedInterfaces === void 0 && (missing2 = "supportedInterfaces")) {
                              validate28.errors = [{ instancePath: instancePath + "/System/device", schemaPath: "#/properties/System/properties/device/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                              return false;
                            } else {
                              if (data6.deviceId !== void 0) {
                                const _errs14 = errors;
                                if (typeof data6.deviceId !== "string") {
                                  validate28.errors = [{ instancePath: instancePath + "/System/device/deviceId", schemaPath: "#/properties/System/properties/device/properties/deviceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs14 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data6.supportedInterfaces !== void 0) {
                                  let data8 = data6.supportedInterfaces;
                                  const _errs16 = errors;
                                  if (errors === _errs16) {
                                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                    } else {
                                      validate28.errors = [{ instancePath: instancePath + "/System/device/supportedInterfaces", schemaPath: "#/properties/System/properties/device/properties/supportedInterfaces/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs16 === errors;
                                } else {
                                  var valid3 = true;
                                }
                              }
                            }
                          } else {
                            validate28.errors = [{ instancePath: instancePath + "/System/device", schemaPath: "#/properties/System/properties/device/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs12 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.apiEndpoint !== void 0) {
                          const _errs19 = errors;
                          if (typeof data0.apiEndpoint !== "string") {
                            validate28.errors = [{ instancePath: instancePath + "/System/apiEndpoint", schemaPath: "#/properties/System/properties/apiEndpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid1 = _errs19 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.apiAccessToken !== void 0) {
                            const _errs21 = errors;
                            if (typeof data0.apiAccessToken !== "string") {
                              validate28.errors = [{ instancePath: instancePath + "/System/apiAccessToken", schemaPath: "#/properties/System/properties/apiAccessToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid1 = _errs21 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.unit !== void 0) {
                              let data11 = data0.unit;
                              const _errs23 = errors;
                              if (errors === _errs23) {
                                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                } else {
                                  validate28.errors = [{ instancePath: instancePath + "/System/unit", schemaPath: "#/properties/System/properties/unit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs23 === errors;
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
              validate28.errors = [{ instancePath: instancePath + "/System", schemaPath: "#/properties/System/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.AudioPlayer !== void 0) {
            let data12 = data.AudioPlayer;
            const _errs26 = errors;
            if (errors === _errs26) {
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.playerActivity !== void 0) {
                  const _errs28 = errors;
                  if (typeof data12.playerActivity !== "string") {
                    validate28.errors = [{ instancePath: instancePath + "/AudioPlayer/playerActivity", schemaPath: "#/properties/AudioPlayer/properties/playerActivity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid4 = _errs28 === errors;
                } else {
                  var valid4 = true;
                }
                if (valid4) {
                  if (data12.token !== void 0) {
                    const _errs30 = errors;
                    if (typeof data12.token !== "string") {
                      validate28.errors = [{ instancePath: instancePath + "/AudioPlayer/token", schemaPath: "#/properties/AudioPlayer/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid4 = _errs30 === errors;
                  } else {
                    var valid4 = true;
                  }
                  if (valid4) {
                    if (data12.offsetInMilliseconds !== void 0) {
                      let data15 = data12.offsetInMilliseconds;
                      const _errs32 = errors;
                      if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                        validate28.errors = [{ instancePath: instancePath + "/AudioPlayer/offsetInMilliseconds", schemaPath: "#/properties/AudioPlayer/properties/offsetInMilliseconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      var valid4 = _errs32 === errors;
                    } else {
                      var valid4 = true;
                    }
                  }
                }
              } else {
                validate28.errors = [{ instancePath: instancePath + "/AudioPlayer", schemaPath: "#/properties/AudioPlayer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs26 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name")) {
        validate34.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate34.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.value !== void 0) {
            const _errs3 = errors;
            if (typeof data.value !== "string") {
              validate34.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.confirmationStatus !== void 0) {
              const _errs5 = errors;
              if (typeof data.confirmationStatus !== "string") {
                validate34.errors = [{ instancePath: instancePath + "/confirmationStatus", schemaPath: "#/properties/confirmationStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.source !== void 0) {
                const _errs7 = errors;
                if (typeof data.source !== "string") {
                  validate34.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.resolutions !== void 0) {
                  let data4 = data.resolutions;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    } else {
                      validate34.errors = [{ instancePath: instancePath + "/resolutions", schemaPath: "#/properties/resolutions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.slotValue !== void 0) {
                    let data5 = data.slotValue;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      } else {
                        validate34.errors = [{ instancePath: instancePath + "/slotValue", schemaPath: "#/properties/slotValue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate33.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate33.errors = [{ instancePath: instancePath + "/confirmationStatus", schemaPath: "#/properties/confirmationStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    const _errs8 = errors;
                    if (!validate34(data2[key0], { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key0, rootData })) {
                      vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs8 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate33.errors = [{ instancePath: instancePath + "/slots", schemaPath: "#/properties/slots/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type") || data.requestId === void 0 && (missing0 = "requestId") || data.timestamp === void 0 && (missing0 = "timestamp")) {
        validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs2 = errors;
          if (typeof data.type !== "string") {
            validate32.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate32.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate32.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate32.errors = [{ instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate32.errors = [{ instancePath: instancePath + "/dialogState", schemaPath: "#/properties/dialogState/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.intent !== void 0) {
                    const _errs12 = errors;
                    if (!validate33(data.intent, { instancePath: instancePath + "/intent", parentData: data, parentDataProperty: "intent", rootData })) {
                      vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
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
                        validate32.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate32.errors = [{ instancePath: instancePath + "/error/type", schemaPath: "#/properties/error/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                  validate32.errors = [{ instancePath: instancePath + "/error/message", schemaPath: "#/properties/error/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid1 = _errs19 === errors;
                              } else {
                                var valid1 = true;
                              }
                            }
                          } else {
                            validate32.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.request === void 0 && (missing0 = "request")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (typeof data.version !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.session !== void 0) {
            const _errs3 = errors;
            if (!validate22(data.session, { instancePath: instancePath + "/session", parentData: data, parentDataProperty: "session", rootData })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.context !== void 0) {
              const _errs4 = errors;
              if (!validate28(data.context, { instancePath: instancePath + "/context", parentData: data, parentDataProperty: "context", rootData })) {
                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.request !== void 0) {
                const _errs5 = errors;
                if (!validate32(data.request, { instancePath: instancePath + "/request", parentData: data, parentDataProperty: "request", rootData })) {
                  vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:alexa.skill.strict.check.js
function d_AlexaSkillSession(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v2 = x.new;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "boolean")) return false;
  }
  {
    const v3 = x.sessionId;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.application;
    if (v4 === void 0) return false;
    if (!d_AlexaSkillApplication(v4)) return false;
  }
  {
    const v6 = x.attributes;
    if (v6 !== void 0) {
      if (!(v6 !== null && typeof v6 === "object" && !Array.isArray(v6))) return false;
    }
  }
  {
    const v7 = x.user;
    if (v7 === void 0) return false;
    if (!d_AlexaSkillUser(v7)) return false;
  }
  return true;
}
function d_AlexaSkillApplication(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v5 = x.applicationId;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  return true;
}
function d_AlexaSkillUser(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v8 = x.userId;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.accessToken;
    if (v9 !== void 0) {
      if (!(typeof v9 === "string")) return false;
    }
  }
  {
    const v10 = x.permissions;
    if (v10 !== void 0) {
      if (!(v10 !== null && typeof v10 === "object" && !Array.isArray(v10))) return false;
      {
        const v11 = v10.consentToken;
        if (v11 !== void 0) {
          if (!(typeof v11 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function d_AlexaSkillContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v13 = x.System;
    if (v13 === void 0) return false;
    if (!(v13 !== null && typeof v13 === "object" && !Array.isArray(v13))) return false;
    {
      const v14 = v13.application;
      if (v14 === void 0) return false;
      if (!d_AlexaSkillApplication(v14)) return false;
    }
    {
      const v15 = v13.user;
      if (v15 === void 0) return false;
      if (!d_AlexaSkillUser(v15)) return false;
    }
    {
      const v16 = v13.person;
      if (v16 !== void 0) {
        if (!(v16 !== null && typeof v16 === "object" && !Array.isArray(v16))) return false;
        {
          const v17 = v16.personId;
          if (v17 !== void 0) {
            if (!(typeof v17 === "string")) return false;
          }
        }
        {
          const v18 = v16.accessToken;
          if (v18 !== void 0) {
            if (!(typeof v18 === "string")) return false;
          }
        }
      }
    }
    {
      const v19 = v13.device;
      if (v19 === void 0) return false;
      if (!(v19 !== null && typeof v19 === "object" && !Array.isArray(v19))) return false;
      {
        const v20 = v19.deviceId;
        if (v20 !== void 0) {
          if (!(typeof v20 === "string")) return false;
        }
      }
      {
        const v21 = v19.supportedInterfaces;
        if (v21 === void 0) return false;
        if (!(v21 !== null && typeof v21 === "object" && !Array.isArray(v21))) return false;
      }
    }
    {
      const v22 = v13.apiEndpoint;
      if (v22 !== void 0) {
        if (!(typeof v22 === "string")) return false;
      }
    }
    {
      const v23 = v13.apiAccessToken;
      if (v23 !== void 0) {
        if (!(typeof v23 === "string")) return false;
      }
    }
    {
      const v24 = v13.unit;
      if (v24 !== void 0) {
        if (!(v24 !== null && typeof v24 === "object" && !Array.isArray(v24))) return false;
      }
    }
  }
  {
    const v25 = x.AudioPlayer;
    if (v25 !== void 0) {
      if (!(v25 !== null && typeof v25 === "object" && !Array.isArray(v25))) return false;
      {
        const v26 = v25.playerActivity;
        if (v26 !== void 0) {
          if (!(typeof v26 === "string")) return false;
        }
      }
      {
        const v27 = v25.token;
        if (v27 !== void 0) {
          if (!(typeof v27 === "string")) return false;
        }
      }
      {
        const v28 = v25.offsetInMilliseconds;
        if (v28 !== void 0) {
          if (!(typeof v28 === "number" && !(v28 % 1) && !isNaN(v28) && isFinite(v28))) return false;
        }
      }
    }
  }
  return true;
}
function d_AlexaSkillRequest(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v30 = x.type;
    if (v30 === void 0) return false;
    if (!(typeof v30 === "string")) return false;
  }
  {
    const v31 = x.requestId;
    if (v31 === void 0) return false;
    if (!(typeof v31 === "string")) return false;
  }
  {
    const v32 = x.timestamp;
    if (v32 === void 0) return false;
    if (!(typeof v32 === "string")) return false;
  }
  {
    const v33 = x.locale;
    if (v33 !== void 0) {
      if (!(typeof v33 === "string")) return false;
    }
  }
  {
    const v34 = x.dialogState;
    if (v34 !== void 0) {
      if (!(typeof v34 === "string")) return false;
    }
  }
  {
    const v35 = x.intent;
    if (v35 !== void 0) {
      if (!d_AlexaSkillIntent(v35)) return false;
    }
  }
  {
    const v47 = x.reason;
    if (v47 !== void 0) {
      if (!(typeof v47 === "string")) return false;
    }
  }
  {
    const v48 = x.error;
    if (v48 !== void 0) {
      if (!(v48 !== null && typeof v48 === "object" && !Array.isArray(v48))) return false;
      {
        const v49 = v48.type;
        if (v49 !== void 0) {
          if (!(typeof v49 === "string")) return false;
        }
      }
      {
        const v50 = v48.message;
        if (v50 !== void 0) {
          if (!(typeof v50 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function d_AlexaSkillIntent(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v36 = x.name;
    if (v36 === void 0) return false;
    if (!(typeof v36 === "string")) return false;
  }
  {
    const v37 = x.confirmationStatus;
    if (v37 !== void 0) {
      if (!(typeof v37 === "string")) return false;
    }
  }
  {
    const v38 = x.slots;
    if (v38 !== void 0) {
      if (!(v38 !== null && typeof v38 === "object" && !Array.isArray(v38))) return false;
      for (const v39 in v38) {
        const v40 = v38[v39];
        if (!d_AlexaSkillSlot(v40)) return false;
      }
    }
  }
  return true;
}
function d_AlexaSkillSlot(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v41 = x.name;
    if (v41 === void 0) return false;
    if (!(typeof v41 === "string")) return false;
  }
  {
    const v42 = x.value;
    if (v42 !== void 0) {
      if (!(typeof v42 === "string")) return false;
    }
  }
  {
    const v43 = x.confirmationStatus;
    if (v43 !== void 0) {
      if (!(typeof v43 === "string")) return false;
    }
  }
  {
    const v44 = x.source;
    if (v44 !== void 0) {
      if (!(typeof v44 === "string")) return false;
    }
  }
  {
    const v45 = x.resolutions;
    if (v45 !== void 0) {
      if (!(v45 !== null && typeof v45 === "object" && !Array.isArray(v45))) return false;
    }
  }
  {
    const v46 = x.slotValue;
    if (v46 !== void 0) {
      if (!(v46 !== null && typeof v46 === "object" && !Array.isArray(v46))) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.session;
    if (v1 !== void 0) {
      if (!d_AlexaSkillSession(v1)) return false;
    }
  }
  {
    const v12 = x.context;
    if (v12 !== void 0) {
      if (!d_AlexaSkillContext(v12)) return false;
    }
  }
  {
    const v29 = x.request;
    if (v29 === void 0) return false;
    if (!d_AlexaSkillRequest(v29)) return false;
  }
  return true;
}

// generator/runtime/ajv/checked.ts
function checked(check2, report) {
  function validate2(value) {
    if (check2(value)) {
      validate2.errors = null;
      return true;
    }
    const valid = report(value);
    validate2.errors = valid ? null : report.errors ?? null;
    return valid;
  }
  validate2.errors = null;
  return validate2;
}

// generator/runtime/pointer.ts
var unescapeToken = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
var tokens = (pointer) => pointer.split("/").slice(1).map(unescapeToken);

// generator/runtime/standard.ts
function withStandardSchema(validate2, id) {
  Object.defineProperty(validate2, "id", { enumerable: false, value: id });
  Object.defineProperty(validate2, "~standard", {
    enumerable: false,
    value: {
      version: 1,
      vendor: "lambda-event-registry",
      validate(value) {
        if (validate2(value)) return { value };
        return {
          issues: (validate2.errors ?? []).map((e) => ({
            message: `${e.instancePath || "/"} ${e.message ?? "is invalid"}`,
            path: tokens(e.instancePath)
          }))
        };
      }
    }
  });
  return validate2;
}

// alexa.skill.strict.entry.ts
var validate = withStandardSchema(checked(check, alexa_skill_strict_standalone_default), "alexa.skill");
export {
  validate as default,
  validate
};
