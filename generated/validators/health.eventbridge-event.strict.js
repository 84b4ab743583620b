// Generated from schemas/health/eventbridge-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:health.eventbridge-event.strict.standalone.js
var health_eventbridge_event_strict_standalone_default = validate20;
var pattern4 = new RegExp("^[0-9]{12}$", "u");
var pattern5 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
var pattern6 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
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
      if (data.version === void 0 && (missing0 = "version") || data.id === void 0 && (missing0 = "id") || data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.account === void 0 && (missing0 = "account") || data.time === void 0 && (missing0 = "time") || data.region === void 0 && (missing0 = "region") || data.resources === void 0 && (missing0 = "resources") || data.detail === void 0 && (missing0 = "detail")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("0" !== data.version) {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "0" }, message: "must be equal to constant" }];
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
              validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/properties/detail-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account !== void 0) {
                  let data4 = data.account;
                  const _errs8 = errors;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (typeof data4 === "string") {
                      if (!pattern4.test(data4)) {
                        validate21.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/$defs/AwsAccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' }];
                        return false;
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.time !== void 0) {
                    let data5 = data.time;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === "string") {
                        if (!pattern5.test(data5)) {
                          validate21.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
                          return false;
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.region !== void 0) {
                      let data6 = data.region;
                      const _errs14 = errors;
                      const _errs15 = errors;
                      if (errors === _errs15) {
                        if (typeof data6 === "string") {
                          if (!pattern6.test(data6)) {
                            validate21.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
                            return false;
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.resources !== void 0) {
                        let data7 = data.resources;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (Array.isArray(data7)) {
                            var valid4 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs19 = errors;
                              if (typeof data7[i0] !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid4 = _errs19 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.detail !== void 0) {
                          let data9 = data.detail;
                          const _errs21 = errors;
                          if (errors === _errs21) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs21 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["replay-name"] !== void 0) {
                            const _errs24 = errors;
                            if (typeof data["replay-name"] !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/replay-name", schemaPath: "#/properties/replay-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs24 === errors;
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "version": true, "id": true, "detail-type": true, "source": true, "account": true, "time": true, "region": true, "resources": true, "detail": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.eventArn === void 0 && (missing0 = "eventArn") || data.service === void 0 && (missing0 = "service") || data.eventTypeCode === void 0 && (missing0 = "eventTypeCode") || data.eventTypeCategory === void 0 && (missing0 = "eventTypeCategory") || data.eventScopeCode === void 0 && (missing0 = "eventScopeCode") || data.communicationId === void 0 && (missing0 = "communicationId") || data.startTime === void 0 && (missing0 = "startTime") || data.statusCode === void 0 && (missing0 = "statusCode") || data.eventRegion === void 0 && (missing0 = "eventRegion") || data.eventDescription === void 0 && (missing0 = "eventDescription") || data.page === void 0 && (missing0 = "page") || data.totalPages === void 0 && (missing0 = "totalPages") || data.backupEvent === void 0 && (missing0 = "backupEvent") || data.affectedAccount === void 0 && (missing0 = "affectedAccount")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventArn !== void 0) {
          const _errs1 = errors;
          if (typeof data.eventArn !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/eventArn", schemaPath: "#/properties/eventArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate23.errors = [{ instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate23.errors = [{ instancePath: instancePath + "/eventTypeCode", schemaPath: "#/properties/eventTypeCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate23.errors = [{ instancePath: instancePath + "/eventTypeCategory", schemaPath: "#/properties/eventTypeCategory/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate23.errors = [{ instancePath: instancePath + "/eventScopeCode", schemaPath: "#/properties/eventScopeCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate23.errors = [{ instancePath: instancePath + "/communicationId", schemaPath: "#/properties/communicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate23.errors = [{ instancePath: instancePath + "/startTime", schemaPath: "#/properties/startTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate23.errors = [{ instancePath: instancePath + "/endTime", schemaPath: "#/properties/endTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            validate23.errors = [{ instancePath: instancePath + "/lastUpdatedTime", schemaPath: "#/properties/lastUpdatedTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate23.errors = [{ instancePath: instancePath + "/statusCode", schemaPath: "#/properties/statusCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate23.errors = [{ instancePath: instancePath + "/eventRegion", schemaPath: "#/properties/eventRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                      let data12 = data11[i0];
                                      const _errs25 = errors;
                                      const _errs26 = errors;
                                      if (errors === _errs26) {
                                        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                          let missing1;
                                          if (data12.language === void 0 && (missing1 = "language") || data12.latestDescription === void 0 && (missing1 = "latestDescription")) {
                                            validate23.errors = [{ instancePath: instancePath + "/eventDescription/" + i0, schemaPath: "#/$defs/HealthEventDescription/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                            return false;
                                          } else {
                                            if (data12.language !== void 0) {
                                              const _errs28 = errors;
                                              if (typeof data12.language !== "string") {
                                                validate23.errors = [{ instancePath: instancePath + "/eventDescription/" + i0 + "/language", schemaPath: "#/$defs/HealthEventDescription/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid3 = _errs28 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data12.latestDescription !== void 0) {
                                                const _errs30 = errors;
                                                if (typeof data12.latestDescription !== "string") {
                                                  validate23.errors = [{ instancePath: instancePath + "/eventDescription/" + i0 + "/latestDescription", schemaPath: "#/$defs/HealthEventDescription/properties/latestDescription/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid3 = _errs30 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                            }
                                          }
                                        } else {
                                          validate23.errors = [{ instancePath: instancePath + "/eventDescription/" + i0, schemaPath: "#/$defs/HealthEventDescription/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid1 = _errs25 === errors;
                                      if (!valid1) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate23.errors = [{ instancePath: instancePath + "/eventDescription", schemaPath: "#/properties/eventDescription/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs23 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.eventMetadata !== void 0) {
                                  let data15 = data.eventMetadata;
                                  const _errs32 = errors;
                                  if (errors === _errs32) {
                                    if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                      for (const key0 in data15) {
                                        const _errs35 = errors;
                                        if (typeof data15[key0] !== "string") {
                                          validate23.errors = [{ instancePath: instancePath + "/eventMetadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/eventMetadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid4 = _errs35 === errors;
                                        if (!valid4) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate23.errors = [{ instancePath: instancePath + "/eventMetadata", schemaPath: "#/properties/eventMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs32 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.affectedEntities !== void 0) {
                                    let data17 = data.affectedEntities;
                                    const _errs37 = errors;
                                    if (errors === _errs37) {
                                      if (Array.isArray(data17)) {
                                        var valid5 = true;
                                        const len1 = data17.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          let data18 = data17[i1];
                                          const _errs39 = errors;
                                          const _errs40 = errors;
                                          if (errors === _errs40) {
                                            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                              let missing2;
                                              if (data18.entityValue === void 0 && (missing2 = "entityValue")) {
                                                validate23.errors = [{ instancePath: instancePath + "/affectedEntities/" + i1, schemaPath: "#/$defs/HealthAffectedEntity/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                return false;
                                              } else {
                                                if (data18.entityValue !== void 0) {
                                                  const _errs42 = errors;
                                                  if (typeof data18.entityValue !== "string") {
                                                    validate23.errors = [{ instancePath: instancePath + "/affectedEntities/" + i1 + "/entityValue", schemaPath: "#/$defs/HealthAffectedEntity/properties/entityValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid7 = _errs42 === errors;
                                                } else {
                                                  var valid7 = true;
                                                }
                                                if (valid7) {
                                                  if (data18.lastUpdatedTime !== void 0) {
                                                    const _errs44 = errors;
                                                    if (typeof data18.lastUpdatedTime !== "string") {
                                                      validate23.errors = [{ instancePath: instancePath + "/affectedEntities/" + i1 + "/lastUpdatedTime", schemaPath: "#/$defs/HealthAffectedEntity/properties/lastUpdatedTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid7 = _errs44 === errors;
                                                  } else {
                                                    var valid7 = true;
                                                  }
                                                  if (valid7) {
                                                    if (data18.status !== void 0) {
                                                      const _errs46 = errors;
                                                      if (typeof data18.status !== "string") {
                                                        validate23.errors = [{ instancePath: instancePath + "/affectedEntities/" + i1 + "/status", schemaPath: "#/$defs/HealthAffectedEntity/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid7 = _errs46 === errors;
                                                    } else {
                                                      var valid7 = true;
                                                    }
                                                    if (valid7) {
                                                      if (data18.tags !== void 0) {
                                                        let data22 = data18.tags;
                                                        const _errs48 = errors;
                                                        if (errors === _errs48) {
                                                          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                            for (const key1 in data22) {
                                                              const _errs51 = errors;
                                                              if (typeof data22[key1] !== "string") {
                                                                validate23.errors = [{ instancePath: instancePath + "/affectedEntities/" + i1 + "/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HealthAffectedEntity/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid8 = _errs51 === errors;
                                                              if (!valid8) {
                                                                break;
                                                              }
                                                            }
                                                          } else {
                                                            validate23.errors = [{ instancePath: instancePath + "/affectedEntities/" + i1 + "/tags", schemaPath: "#/$defs/HealthAffectedEntity/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid7 = _errs48 === errors;
                                                      } else {
                                                        var valid7 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate23.errors = [{ instancePath: instancePath + "/affectedEntities/" + i1, schemaPath: "#/$defs/HealthAffectedEntity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid5 = _errs39 === errors;
                                          if (!valid5) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate23.errors = [{ instancePath: instancePath + "/affectedEntities", schemaPath: "#/properties/affectedEntities/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs37 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.affectedAccount !== void 0) {
                                      const _errs53 = errors;
                                      if (typeof data.affectedAccount !== "string") {
                                        validate23.errors = [{ instancePath: instancePath + "/affectedAccount", schemaPath: "#/properties/affectedAccount/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs53 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.page !== void 0) {
                                        const _errs55 = errors;
                                        if (typeof data.page !== "string") {
                                          validate23.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs55 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.totalPages !== void 0) {
                                          const _errs57 = errors;
                                          if (typeof data.totalPages !== "string") {
                                            validate23.errors = [{ instancePath: instancePath + "/totalPages", schemaPath: "#/properties/totalPages/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid0 = _errs57 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.backupEvent !== void 0) {
                                            const _errs59 = errors;
                                            if (typeof data.backupEvent !== "string") {
                                              validate23.errors = [{ instancePath: instancePath + "/backupEvent", schemaPath: "#/properties/backupEvent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid0 = _errs59 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.personas !== void 0) {
                                              let data28 = data.personas;
                                              const _errs61 = errors;
                                              if (errors === _errs61) {
                                                if (Array.isArray(data28)) {
                                                  var valid9 = true;
                                                  const len2 = data28.length;
                                                  for (let i2 = 0; i2 < len2; i2++) {
                                                    const _errs63 = errors;
                                                    if (typeof data28[i2] !== "string") {
                                                      validate23.errors = [{ instancePath: instancePath + "/personas/" + i2, schemaPath: "#/properties/personas/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid9 = _errs63 === errors;
                                                    if (!valid9) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate23.errors = [{ instancePath: instancePath + "/personas", schemaPath: "#/properties/personas/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs61 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.actionability !== void 0) {
                                                const _errs65 = errors;
                                                if (typeof data.actionability !== "string") {
                                                  validate23.errors = [{ instancePath: instancePath + "/actionability", schemaPath: "#/properties/actionability/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid0 = _errs65 === errors;
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "eventArn": true, "service": true, "eventTypeCode": true, "eventTypeCategory": true, "eventScopeCode": true, "communicationId": true, "startTime": true, "endTime": true, "lastUpdatedTime": true, "statusCode": true, "eventRegion": true, "eventDescription": true, "eventMetadata": true, "affectedEntities": true, "affectedAccount": true, "page": true, "totalPages": true, "backupEvent": true, "personas": true, "actionability": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.detail === void 0 && (missing0 = "detail")) {
          validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data["detail-type"] !== void 0) {
            const _errs3 = errors;
            if ("AWS Health Event" !== data["detail-type"]) {
              validate20.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "AWS Health Event" }, message: "must be equal to constant" }];
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
                validate20.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.health" }, message: "must be equal to constant" }];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.detail !== void 0) {
                const _errs5 = errors;
                if (!validate23(data.detail, { instancePath: instancePath + "/detail", parentData: data, parentDataProperty: "detail", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
        validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "detail-type": true, "source": true, "detail": true, "version": true, "id": true, "account": true, "time": true, "region": true, "resources": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };

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

// health.eventbridge-event.strict.entry.ts
withStandardSchema(health_eventbridge_event_strict_standalone_default, "health.eventbridge-event");
export {
  health_eventbridge_event_strict_standalone_default as default,
  health_eventbridge_event_strict_standalone_default as validate
};
