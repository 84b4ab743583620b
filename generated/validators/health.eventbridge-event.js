// Generated from schemas/health/eventbridge-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:health.eventbridge-event.standalone.js
var health_eventbridge_event_standalone_default = validate21;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.id === void 0 && (missing0 = "id") || data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.account === void 0 && (missing0 = "account") || data.time === void 0 && (missing0 = "time") || data.region === void 0 && (missing0 = "region") || data.resources === void 0 && (missing0 = "resources") || data.detail === void 0 && (missing0 = "detail")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("0" !== data.version) {
            validate22.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "0" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.id !== void 0) {
            const _errs2 = errors;
            if (typeof data.id !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["detail-type"] !== void 0) {
              const _errs4 = errors;
              if (typeof data["detail-type"] !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/properties/detail-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.source !== void 0) {
                const _errs6 = errors;
                if (typeof data.source !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account !== void 0) {
                  const _errs8 = errors;
                  if (!validate23(data.account, { instancePath: instancePath + "/account", parentData: data, parentDataProperty: "account", rootData })) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.time !== void 0) {
                    const _errs9 = errors;
                    if (!validate25(data.time, { instancePath: instancePath + "/time", parentData: data, parentDataProperty: "time", rootData })) {
                      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.region !== void 0) {
                      const _errs10 = errors;
                      if (!validate27(data.region, { instancePath: instancePath + "/region", parentData: data, parentDataProperty: "region", rootData })) {
                        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.resources !== void 0) {
                        let data7 = data.resources;
                        const _errs11 = errors;
                        if (errors === _errs11) {
                          if (Array.isArray(data7)) {
                            var valid1 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs13 = errors;
                              if (typeof data7[i0] !== "string") {
                                validate22.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs13 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate22.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs11 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.detail !== void 0) {
                          let data9 = data.detail;
                          const _errs15 = errors;
                          if (errors === _errs15) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            } else {
                              validate22.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["replay-name"] !== void 0) {
                            const _errs18 = errors;
                            if (typeof data["replay-name"] !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/replay-name", schemaPath: "#/properties/replay-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs18 === errors;
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
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.language === void 0 && (missing0 = "language") || data.latestDescription === void 0 && (missing0 = "latestDescription")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.language !== void 0) {
          const _errs1 = errors;
          if (typeof data.language !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/language", schemaPath: "#/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.latestDescription !== void 0) {
            const _errs3 = errors;
            if (typeof data.latestDescription !== "string") {
              validate31.errors = [{ instancePath: instancePath + "/latestDescription", schemaPath: "#/properties/latestDescription/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.entityValue === void 0 && (missing0 = "entityValue")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.entityValue !== void 0) {
          const _errs1 = errors;
          if (typeof data.entityValue !== "string") {
            validate33.errors = [{ instancePath: instancePath + "/entityValue", schemaPath: "#/properties/entityValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.lastUpdatedTime !== void 0) {
            const _errs3 = errors;
            if (typeof data.lastUpdatedTime !== "string") {
              validate33.errors = [{ instancePath: instancePath + "/lastUpdatedTime", schemaPath: "#/properties/lastUpdatedTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.status !== void 0) {
              const _errs5 = errors;
              if (typeof data.status !== "string") {
                validate33.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.tags !== void 0) {
                let data3 = data.tags;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      const _errs10 = errors;
                      if (typeof data3[key0] !== "string") {
                        validate33.errors = [{ instancePath: instancePath + "/tags/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs10 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate33.errors = [{ instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
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
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.eventArn === void 0 && (missing0 = "eventArn") || data.service === void 0 && (missing0 = "service") || data.eventTypeCode === void 0 && (missing0 = "eventTypeCode") || data.eventTypeCategory === void 0 && (missing0 = "eventTypeCategory") || data.eventScopeCode === void 0 && (missing0 = "eventScopeCode") || data.communicationId === void 0 && (missing0 = "communicationId") || data.startTime === void 0 && (missing0 = "startTime") || data.statusCode === void 0 && (missing0 = "statusCode") || data.eventRegion === void 0 && (missing0 = "eventRegion") || data.eventDescription === void 0 && (missing0 = "eventDescription") || data.page === void 0 && (missing0 = "page") || data.totalPages === void 0 && (missing0 = "totalPages") || data.backupEvent === void 0 && (missing0 = "backupEvent") || data.affectedAccount === void 0 && (missing0 = "affectedAccount")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventArn !== void 0) {
          const _errs1 = errors;
          if (typeof data.eventArn !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/eventArn", schemaPath: "#/properties/eventArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.service !== void 0) {
            const _errs3 = errors;
            if (typeof data.service !== "string") {
              validate30.errors = [{ instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.eventTypeCode !== void 0) {
              const _errs5 = errors;
              if (typeof data.eventTypeCode !== "string") {
                validate30.errors = [{ instancePath: instancePath + "/eventTypeCode", schemaPath: "#/properties/eventTypeCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.eventTypeCategory !== void 0) {
                const _errs7 = errors;
                if (typeof data.eventTypeCategory !== "string") {
                  validate30.errors = [{ instancePath: instancePath + "/eventTypeCategory", schemaPath: "#/properties/eventTypeCategory/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.eventScopeCode !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.eventScopeCode !== "string") {
                    validate30.errors = [{ instancePath: instancePath + "/eventScopeCode", schemaPath: "#/properties/eventScopeCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.communicationId !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.communicationId !== "string") {
                      validate30.errors = [{ instancePath: instancePath + "/communicationId", schemaPath: "#/properties/communicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.startTime !== void 0) {
                      const _errs13 = errors;
                      if (typeof data.startTime !== "string") {
                        validate30.errors = [{ instancePath: instancePath + "/startTime", schemaPath: "#/properties/startTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.endTime !== void 0) {
                        const _errs15 = errors;
                        if (typeof data.endTime !== "string") {
                          validate30.errors = [{ instancePath: instancePath + "/endTime", schemaPath: "#/properties/endTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.lastUpdatedTime !== void 0) {
                          const _errs17 = errors;
                          if (typeof data.lastUpdatedTime !== "string") {
                            validate30.errors = [{ instancePath: instancePath + "/lastUpdatedTime", schemaPath: "#/properties/lastUpdatedTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.statusCode !== void 0) {
                            const _errs19 = errors;
                            if (typeof data.statusCode !== "string") {
                              validate30.errors = [{ instancePath: instancePath + "/statusCode", schemaPath: "#/properties/statusCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs19 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.eventRegion !== void 0) {
                              const _errs21 = errors;
                              if (typeof data.eventRegion !== "string") {
                                validate30.errors = [{ instancePath: instancePath + "/eventRegion", schemaPath: "#/properties/eventRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs21 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.eventDescription !== void 0) {
                                let data11 = data.eventDescription;
                                const _errs23 = errors;
                                if (errors === _errs23) {
                                  if (Array.isArray(data11)) {
                                    var valid1 = true;
                                    const len0 = data11.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      const _errs25 = errors;
                                      if (!validate31(data11[i0], { instancePath: instancePath + "/eventDescription/" + i0, parentData: data11, parentDataProperty: i0, rootData })) {
                                        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid1 = _errs25 === errors;
                                      if (!valid1) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate30.errors = [{ instancePath: instancePath + "/eventDescription", schemaPath: "#/properties/eventDescription/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs23 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.eventMetadata !== void 0) {
                                  let data13 = data.eventMetadata;
                                  const _errs26 = errors;
                                  if (errors === _errs26) {
                                    if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                      for (const key0 in data13) {
                                        const _errs29 = errors;
                                        if (typeof data13[key0] !== "string") {
                                          validate30.errors = [{ instancePath: instancePath + "/eventMetadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/eventMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid2 = _errs29 === errors;
                                        if (!valid2) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate30.errors = [{ instancePath: instancePath + "/eventMetadata", schemaPath: "#/properties/eventMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs26 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.affectedEntities !== void 0) {
                                    let data15 = data.affectedEntities;
                                    const _errs31 = errors;
                                    if (errors === _errs31) {
                                      if (Array.isArray(data15)) {
                                        var valid3 = true;
                                        const len1 = data15.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          const _errs33 = errors;
                                          if (!validate33(data15[i1], { instancePath: instancePath + "/affectedEntities/" + i1, parentData: data15, parentDataProperty: i1, rootData })) {
                                            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid3 = _errs33 === errors;
                                          if (!valid3) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate30.errors = [{ instancePath: instancePath + "/affectedEntities", schemaPath: "#/properties/affectedEntities/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs31 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.affectedAccount !== void 0) {
                                      const _errs34 = errors;
                                      if (typeof data.affectedAccount !== "string") {
                                        validate30.errors = [{ instancePath: instancePath + "/affectedAccount", schemaPath: "#/properties/affectedAccount/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs34 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.page !== void 0) {
                                        const _errs36 = errors;
                                        if (typeof data.page !== "string") {
                                          validate30.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs36 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.totalPages !== void 0) {
                                          const _errs38 = errors;
                                          if (typeof data.totalPages !== "string") {
                                            validate30.errors = [{ instancePath: instancePath + "/totalPages", schemaPath: "#/properties/totalPages/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid0 = _errs38 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.backupEvent !== void 0) {
                                            const _errs40 = errors;
                                            if (typeof data.backupEvent !== "string") {
                                              validate30.errors = [{ instancePath: instancePath + "/backupEvent", schemaPath: "#/properties/backupEvent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid0 = _errs40 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.personas !== void 0) {
                                              let data21 = data.personas;
                                              const _errs42 = errors;
                                              if (errors === _errs42) {
                                                if (Array.isArray(data21)) {
                                                  var valid4 = true;
                                                  const len2 = data21.length;
                                                  for (let i2 = 0; i2 < len2; i2++) {
                                                    const _errs44 = errors;
                                                    if (typeof data21[i2] !== "string") {
                                                      validate30.errors = [{ instancePath: instancePath + "/personas/" + i2, schemaPath: "#/properties/personas/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid4 = _errs44 === errors;
                                                    if (!valid4) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate30.errors = [{ instancePath: instancePath + "/personas", schemaPath: "#/properties/personas/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs42 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.actionability !== void 0) {
                                                const _errs46 = errors;
                                                if (typeof data.actionability !== "string") {
                                                  validate30.errors = [{ instancePath: instancePath + "/actionability", schemaPath: "#/properties/actionability/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid0 = _errs46 === errors;
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
                            }
                          }
                        }
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
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.detail === void 0 && (missing0 = "detail")) {
          validate21.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data["detail-type"] !== void 0) {
            const _errs3 = errors;
            if ("AWS Health Event" !== data["detail-type"]) {
              validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "AWS Health Event" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if ("aws.health" !== data.source) {
                validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.health" }, message: "must be equal to constant" }];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.detail !== void 0) {
                const _errs5 = errors;
                if (!validate30(data.detail, { instancePath: instancePath + "/detail", parentData: data, parentDataProperty: "detail", rootData })) {
                  vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs5 === errors;
              } else {
                var valid1 = true;
              }
            }
          }
        }
      } else {
        validate21.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:health.eventbridge-event.check.js
function d_EventBridgeEnvelope(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(v0 === "0")) return false;
  }
  {
    const v1 = x.id;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x["detail-type"];
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.source;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.account;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.time;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.region;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.resources;
    if (v7 === void 0) return false;
    if (!Array.isArray(v7)) return false;
    for (let v9 = 0; v9 < v7.length; v9++) {
      const v8 = v7[v9];
      if (!(typeof v8 === "string")) return false;
    }
  }
  {
    const v10 = x.detail;
    if (v10 === void 0) return false;
    if (!(v10 !== null && typeof v10 === "object" && !Array.isArray(v10))) return false;
  }
  {
    const v11 = x["replay-name"];
    if (v11 !== void 0) {
      if (!(typeof v11 === "string")) return false;
    }
  }
  return true;
}
function d_HealthEventDetail(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v15 = x.eventArn;
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string")) return false;
  }
  {
    const v16 = x.service;
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x.eventTypeCode;
    if (v17 === void 0) return false;
    if (!(typeof v17 === "string")) return false;
  }
  {
    const v18 = x.eventTypeCategory;
    if (v18 === void 0) return false;
    if (!(typeof v18 === "string")) return false;
  }
  {
    const v19 = x.eventScopeCode;
    if (v19 === void 0) return false;
    if (!(typeof v19 === "string")) return false;
  }
  {
    const v20 = x.communicationId;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  {
    const v21 = x.startTime;
    if (v21 === void 0) return false;
    if (!(typeof v21 === "string")) return false;
  }
  {
    const v22 = x.endTime;
    if (v22 !== void 0) {
      if (!(typeof v22 === "string")) return false;
    }
  }
  {
    const v23 = x.lastUpdatedTime;
    if (v23 !== void 0) {
      if (!(typeof v23 === "string")) return false;
    }
  }
  {
    const v24 = x.statusCode;
    if (v24 === void 0) return false;
    if (!(typeof v24 === "string")) return false;
  }
  {
    const v25 = x.eventRegion;
    if (v25 === void 0) return false;
    if (!(typeof v25 === "string")) return false;
  }
  {
    const v26 = x.eventDescription;
    if (v26 === void 0) return false;
    if (!Array.isArray(v26)) return false;
    for (let v28 = 0; v28 < v26.length; v28++) {
      const v27 = v26[v28];
      if (!d_HealthEventDescription(v27)) return false;
    }
  }
  {
    const v31 = x.eventMetadata;
    if (v31 !== void 0) {
      if (!(v31 !== null && typeof v31 === "object" && !Array.isArray(v31))) return false;
      for (const v32 in v31) {
        const v33 = v31[v32];
        if (!(typeof v33 === "string")) return false;
      }
    }
  }
  {
    const v34 = x.affectedEntities;
    if (v34 !== void 0) {
      if (!Array.isArray(v34)) return false;
      for (let v36 = 0; v36 < v34.length; v36++) {
        const v35 = v34[v36];
        if (!d_HealthAffectedEntity(v35)) return false;
      }
    }
  }
  {
    const v43 = x.affectedAccount;
    if (v43 === void 0) return false;
    if (!(typeof v43 === "string")) return false;
  }
  {
    const v44 = x.page;
    if (v44 === void 0) return false;
    if (!(typeof v44 === "string")) return false;
  }
  {
    const v45 = x.totalPages;
    if (v45 === void 0) return false;
    if (!(typeof v45 === "string")) return false;
  }
  {
    const v46 = x.backupEvent;
    if (v46 === void 0) return false;
    if (!(typeof v46 === "string")) return false;
  }
  {
    const v47 = x.personas;
    if (v47 !== void 0) {
      if (!Array.isArray(v47)) return false;
      for (let v49 = 0; v49 < v47.length; v49++) {
        const v48 = v47[v49];
        if (!(typeof v48 === "string")) return false;
      }
    }
  }
  {
    const v50 = x.actionability;
    if (v50 !== void 0) {
      if (!(typeof v50 === "string")) return false;
    }
  }
  return true;
}
function d_HealthEventDescription(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v29 = x.language;
    if (v29 === void 0) return false;
    if (!(typeof v29 === "string")) return false;
  }
  {
    const v30 = x.latestDescription;
    if (v30 === void 0) return false;
    if (!(typeof v30 === "string")) return false;
  }
  return true;
}
function d_HealthAffectedEntity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v37 = x.entityValue;
    if (v37 === void 0) return false;
    if (!(typeof v37 === "string")) return false;
  }
  {
    const v38 = x.lastUpdatedTime;
    if (v38 !== void 0) {
      if (!(typeof v38 === "string")) return false;
    }
  }
  {
    const v39 = x.status;
    if (v39 !== void 0) {
      if (!(typeof v39 === "string")) return false;
    }
  }
  {
    const v40 = x.tags;
    if (v40 !== void 0) {
      if (!(v40 !== null && typeof v40 === "object" && !Array.isArray(v40))) return false;
      for (const v41 in v40) {
        const v42 = v40[v41];
        if (!(typeof v42 === "string")) return false;
      }
    }
  }
  return true;
}
function check(x) {
  if (!d_EventBridgeEnvelope(x)) return false;
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v12 = x["detail-type"];
    if (v12 === void 0) return false;
    if (!(v12 === "AWS Health Event")) return false;
  }
  {
    const v13 = x.source;
    if (v13 === void 0) return false;
    if (!(v13 === "aws.health")) return false;
  }
  {
    const v14 = x.detail;
    if (v14 === void 0) return false;
    if (!d_HealthEventDetail(v14)) return false;
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

// health.eventbridge-event.entry.ts
var validate = withStandardSchema(checked(check, health_eventbridge_event_standalone_default), "health.eventbridge-event");
export {
  validate as default,
  validate
};
