// Generated from schemas/macie/eventbridge-alert-updated.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:macie.eventbridge-alert-updated.standalone.js
var macie_eventbridge_alert_updated_standalone_default = validate20;
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
                  const _errs8 = errors;
                  if (typeof data.account !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.time !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.time !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.region !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.region !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
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
      if (data["alert-type"] === void 0 && (missing0 = "alert-type")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["alert-type"] !== void 0) {
          const _errs1 = errors;
          if (typeof data["alert-type"] !== "string") {
            validate25.errors = [{ instancePath: instancePath + "/alert-type", schemaPath: "#/properties/alert-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["rule-arn"] !== void 0) {
            const _errs3 = errors;
            if (typeof data["rule-arn"] !== "string") {
              validate25.errors = [{ instancePath: instancePath + "/rule-arn", schemaPath: "#/properties/rule-arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["created-at"] !== void 0) {
              const _errs5 = errors;
              if (typeof data["created-at"] !== "string") {
                validate25.errors = [{ instancePath: instancePath + "/created-at", schemaPath: "#/properties/created-at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.description !== void 0) {
                const _errs7 = errors;
                if (typeof data.description !== "string") {
                  validate25.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.risk !== void 0) {
                  let data4 = data.risk;
                  const _errs9 = errors;
                  if (!(typeof data4 == "number" && isFinite(data4))) {
                    validate25.errors = [{ instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.features !== void 0) {
                    let data5 = data.features;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        for (const key0 in data5) {
                          let data6 = data5[key0];
                          const _errs14 = errors;
                          const _errs15 = errors;
                          if (errors === _errs15) {
                            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                              if (data6.name !== void 0) {
                                const _errs17 = errors;
                                if (typeof data6.name !== "string") {
                                  validate25.errors = [{ instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/$defs/MacieAlertFeature/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs17 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data6.description !== void 0) {
                                  const _errs19 = errors;
                                  if (typeof data6.description !== "string") {
                                    validate25.errors = [{ instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/$defs/MacieAlertFeature/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs19 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data6.narrative !== void 0) {
                                    const _errs21 = errors;
                                    if (typeof data6.narrative !== "string") {
                                      validate25.errors = [{ instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/narrative", schemaPath: "#/$defs/MacieAlertFeature/properties/narrative/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid3 = _errs21 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data6.risk !== void 0) {
                                      let data10 = data6.risk;
                                      const _errs23 = errors;
                                      if (!(typeof data10 == "number" && isFinite(data10))) {
                                        validate25.errors = [{ instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/risk", schemaPath: "#/$defs/MacieAlertFeature/properties/risk/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                      }
                                      var valid3 = _errs23 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data6.anomalous !== void 0) {
                                        const _errs25 = errors;
                                        if (typeof data6.anomalous !== "boolean") {
                                          validate25.errors = [{ instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/anomalous", schemaPath: "#/$defs/MacieAlertFeature/properties/anomalous/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                          return false;
                                        }
                                        var valid3 = _errs25 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data6.multiplier !== void 0) {
                                          let data12 = data6.multiplier;
                                          const _errs27 = errors;
                                          if (!(typeof data12 == "number" && isFinite(data12))) {
                                            validate25.errors = [{ instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/multiplier", schemaPath: "#/$defs/MacieAlertFeature/properties/multiplier/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                          var valid3 = _errs27 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data6.excession_times !== void 0) {
                                            let data13 = data6.excession_times;
                                            const _errs29 = errors;
                                            if (errors === _errs29) {
                                              if (Array.isArray(data13)) {
                                                var valid4 = true;
                                                const len0 = data13.length;
                                                for (let i0 = 0; i0 < len0; i0++) {
                                                  const _errs31 = errors;
                                                  if (typeof data13[i0] !== "string") {
                                                    validate25.errors = [{ instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/excession_times/" + i0, schemaPath: "#/$defs/MacieAlertFeature/properties/excession_times/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid4 = _errs31 === errors;
                                                  if (!valid4) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate25.errors = [{ instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/excession_times", schemaPath: "#/$defs/MacieAlertFeature/properties/excession_times/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid3 = _errs29 === errors;
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
                              validate25.errors = [{ instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertFeature/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid1 = _errs14 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate25.errors = [{ instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
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
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "alert-type": true, "rule-arn": true, "created-at": true, "description": true, "risk": true, "features": true }, "dynamicProps": false, "dynamicItems": false };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Description !== void 0) {
        const _errs1 = errors;
        if (typeof data.Description !== "string") {
          validate27.errors = [{ instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data["Record Count"] !== void 0) {
          let data1 = data["Record Count"];
          const _errs3 = errors;
          if (!(typeof data1 == "number" && isFinite(data1))) {
            validate27.errors = [{ instancePath: instancePath + "/Record Count", schemaPath: "#/properties/Record%20Count/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["Event Count"] !== void 0) {
            let data2 = data["Event Count"];
            const _errs5 = errors;
            if (!(typeof data2 == "number" && isFinite(data2))) {
              validate27.errors = [{ instancePath: instancePath + "/Event Count", schemaPath: "#/properties/Event%20Count/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["Time Range"] !== void 0) {
              let data3 = data["Time Range"];
              const _errs7 = errors;
              if (errors === _errs7) {
                if (Array.isArray(data3)) {
                  var valid1 = true;
                  const len0 = data3.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    const _errs9 = errors;
                    if (errors === _errs9) {
                      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        let missing0;
                        if (data4.count === void 0 && (missing0 = "count") || data4.start === void 0 && (missing0 = "start") || data4.end === void 0 && (missing0 = "end")) {
                          validate27.errors = [{ instancePath: instancePath + "/Time Range/" + i0, schemaPath: "#/properties/Time%20Range/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                          return false;
                        } else {
                          if (data4.count !== void 0) {
                            let data5 = data4.count;
                            const _errs11 = errors;
                            if (!(typeof data5 == "number" && isFinite(data5))) {
                              validate27.errors = [{ instancePath: instancePath + "/Time Range/" + i0 + "/count", schemaPath: "#/properties/Time%20Range/items/properties/count/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                              return false;
                            }
                            var valid2 = _errs11 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data4.start !== void 0) {
                              const _errs13 = errors;
                              if (typeof data4.start !== "string") {
                                validate27.errors = [{ instancePath: instancePath + "/Time Range/" + i0 + "/start", schemaPath: "#/properties/Time%20Range/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid2 = _errs13 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data4.end !== void 0) {
                                const _errs15 = errors;
                                if (typeof data4.end !== "string") {
                                  validate27.errors = [{ instancePath: instancePath + "/Time Range/" + i0 + "/end", schemaPath: "#/properties/Time%20Range/items/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs15 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate27.errors = [{ instancePath: instancePath + "/Time Range/" + i0, schemaPath: "#/properties/Time%20Range/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs9 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate27.errors = [{ instancePath: instancePath + "/Time Range", schemaPath: "#/properties/Time%20Range/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["Source ARN"] !== void 0) {
                const _errs17 = errors;
                if (typeof data["Source ARN"] !== "string") {
                  validate27.errors = [{ instancePath: instancePath + "/Source ARN", schemaPath: "#/properties/Source%20ARN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs17 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.Events !== void 0) {
                  let data9 = data.Events;
                  const _errs19 = errors;
                  const _errs20 = errors;
                  if (errors === _errs20) {
                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                      for (const key0 in data9) {
                        let data10 = data9[key0];
                        const _errs23 = errors;
                        if (errors === _errs23) {
                          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                            if (data10.count !== void 0) {
                              let data11 = data10.count;
                              if (!(typeof data11 == "number" && isFinite(data11))) {
                                validate27.errors = [{ instancePath: instancePath + "/Events/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/count", schemaPath: "#/$defs/MacieAlertApiActivity/additionalProperties/properties/count/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                            }
                          } else {
                            validate27.errors = [{ instancePath: instancePath + "/Events/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertApiActivity/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid4 = _errs23 === errors;
                        if (!valid4) {
                          break;
                        }
                      }
                    } else {
                      validate27.errors = [{ instancePath: instancePath + "/Events", schemaPath: "#/$defs/MacieAlertApiActivity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs19 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.IP !== void 0) {
                    let data12 = data.IP;
                    const _errs28 = errors;
                    const _errs29 = errors;
                    if (errors === _errs29) {
                      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                        for (const key1 in data12) {
                          let data13 = data12[key1];
                          const _errs32 = errors;
                          if (!(typeof data13 == "number" && isFinite(data13))) {
                            validate27.errors = [{ instancePath: instancePath + "/IP/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                          }
                          var valid7 = _errs32 === errors;
                          if (!valid7) {
                            break;
                          }
                        }
                      } else {
                        validate27.errors = [{ instancePath: instancePath + "/IP", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs28 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.Location !== void 0) {
                      let data14 = data.Location;
                      const _errs34 = errors;
                      const _errs35 = errors;
                      if (errors === _errs35) {
                        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                          for (const key2 in data14) {
                            let data15 = data14[key2];
                            const _errs38 = errors;
                            if (!(typeof data15 == "number" && isFinite(data15))) {
                              validate27.errors = [{ instancePath: instancePath + "/Location/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                              return false;
                            }
                            var valid9 = _errs38 === errors;
                            if (!valid9) {
                              break;
                            }
                          }
                        } else {
                          validate27.errors = [{ instancePath: instancePath + "/Location", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs34 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.recipientAccountId !== void 0) {
                        let data16 = data.recipientAccountId;
                        const _errs40 = errors;
                        const _errs41 = errors;
                        if (errors === _errs41) {
                          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                            for (const key3 in data16) {
                              let data17 = data16[key3];
                              const _errs44 = errors;
                              if (!(typeof data17 == "number" && isFinite(data17))) {
                                validate27.errors = [{ instancePath: instancePath + "/recipientAccountId/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                              var valid11 = _errs44 === errors;
                              if (!valid11) {
                                break;
                              }
                            }
                          } else {
                            validate27.errors = [{ instancePath: instancePath + "/recipientAccountId", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs40 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.Bucket !== void 0) {
                          let data18 = data.Bucket;
                          const _errs46 = errors;
                          const _errs47 = errors;
                          if (errors === _errs47) {
                            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                              for (const key4 in data18) {
                                let data19 = data18[key4];
                                const _errs50 = errors;
                                if (!(typeof data19 == "number" && isFinite(data19))) {
                                  validate27.errors = [{ instancePath: instancePath + "/Bucket/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                  return false;
                                }
                                var valid13 = _errs50 === errors;
                                if (!valid13) {
                                  break;
                                }
                              }
                            } else {
                              validate27.errors = [{ instancePath: instancePath + "/Bucket", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs46 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.Object !== void 0) {
                            let data20 = data.Object;
                            const _errs52 = errors;
                            const _errs53 = errors;
                            if (errors === _errs53) {
                              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                for (const key5 in data20) {
                                  let data21 = data20[key5];
                                  const _errs56 = errors;
                                  if (!(typeof data21 == "number" && isFinite(data21))) {
                                    validate27.errors = [{ instancePath: instancePath + "/Object/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                    return false;
                                  }
                                  var valid15 = _errs56 === errors;
                                  if (!valid15) {
                                    break;
                                  }
                                }
                              } else {
                                validate27.errors = [{ instancePath: instancePath + "/Object", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs52 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.Themes !== void 0) {
                              let data22 = data.Themes;
                              const _errs58 = errors;
                              const _errs59 = errors;
                              if (errors === _errs59) {
                                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                  for (const key6 in data22) {
                                    let data23 = data22[key6];
                                    const _errs62 = errors;
                                    if (!(typeof data23 == "number" && isFinite(data23))) {
                                      validate27.errors = [{ instancePath: instancePath + "/Themes/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                      return false;
                                    }
                                    var valid17 = _errs62 === errors;
                                    if (!valid17) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate27.errors = [{ instancePath: instancePath + "/Themes", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs58 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data["DLP risk"] !== void 0) {
                                let data24 = data["DLP risk"];
                                const _errs64 = errors;
                                const _errs65 = errors;
                                if (errors === _errs65) {
                                  if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                    for (const key7 in data24) {
                                      let data25 = data24[key7];
                                      const _errs68 = errors;
                                      if (!(typeof data25 == "number" && isFinite(data25))) {
                                        validate27.errors = [{ instancePath: instancePath + "/DLP risk/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                      }
                                      var valid19 = _errs68 === errors;
                                      if (!valid19) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate27.errors = [{ instancePath: instancePath + "/DLP risk", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs64 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.Owner !== void 0) {
                                  let data26 = data.Owner;
                                  const _errs70 = errors;
                                  const _errs71 = errors;
                                  if (errors === _errs71) {
                                    if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                      for (const key8 in data26) {
                                        let data27 = data26[key8];
                                        const _errs74 = errors;
                                        if (!(typeof data27 == "number" && isFinite(data27))) {
                                          validate27.errors = [{ instancePath: instancePath + "/Owner/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                          return false;
                                        }
                                        var valid21 = _errs74 === errors;
                                        if (!valid21) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate27.errors = [{ instancePath: instancePath + "/Owner", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs70 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.Timestamps !== void 0) {
                                    let data28 = data.Timestamps;
                                    const _errs76 = errors;
                                    const _errs77 = errors;
                                    if (errors === _errs77) {
                                      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                        for (const key9 in data28) {
                                          let data29 = data28[key9];
                                          const _errs80 = errors;
                                          if (!(typeof data29 == "number" && isFinite(data29))) {
                                            validate27.errors = [{ instancePath: instancePath + "/Timestamps/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                          var valid23 = _errs80 === errors;
                                          if (!valid23) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate27.errors = [{ instancePath: instancePath + "/Timestamps", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs76 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.ACL !== void 0) {
                                      let data30 = data.ACL;
                                      const _errs82 = errors;
                                      const _errs83 = errors;
                                      if (errors === _errs83) {
                                        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                          for (const key10 in data30) {
                                            let data31 = data30[key10];
                                            const _errs86 = errors;
                                            if (errors === _errs86) {
                                              if (Array.isArray(data31)) {
                                                var valid26 = true;
                                                const len1 = data31.length;
                                                for (let i1 = 0; i1 < len1; i1++) {
                                                  let data32 = data31[i1];
                                                  const _errs88 = errors;
                                                  if (errors === _errs88) {
                                                    if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                                      if (data32.Owner !== void 0) {
                                                        let data33 = data32.Owner;
                                                        const _errs90 = errors;
                                                        if (errors === _errs90) {
                                                          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                                            if (data33.DisplayName !== void 0) {
                                                              const _errs92 = errors;
                                                              if (typeof data33.DisplayName !== "string") {
                                                                validate27.errors = [{ instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Owner/DisplayName", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Owner/properties/DisplayName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid28 = _errs92 === errors;
                                                            } else {
                                                              var valid28 = true;
                                                            }
                                                            if (valid28) {
                                                              if (data33.ID !== void 0) {
                                                                const _errs94 = errors;
                                                                if (typeof data33.ID !== "string") {
                                                                  validate27.errors = [{ instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Owner/ID", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Owner/properties/ID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid28 = _errs94 === errors;
                                                              } else {
                                                                var valid28 = true;
                                                              }
                                                            }
                                                          } else {
                                                            validate27.errors = [{ instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Owner", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Owner/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid27 = _errs90 === errors;
                                                      } else {
                                                        var valid27 = true;
                                                      }
                                                      if (valid27) {
                                                        if (data32.Grants !== void 0) {
                                                          let data36 = data32.Grants;
                                                          const _errs96 = errors;
                                                          if (errors === _errs96) {
                                                            if (Array.isArray(data36)) {
                                                              var valid29 = true;
                                                              const len2 = data36.length;
                                                              for (let i2 = 0; i2 < len2; i2++) {
                                                                let data37 = data36[i2];
                                                                const _errs98 = errors;
                                                                if (errors === _errs98) {
                                                                  if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                                                                    if (data37.Grantee !== void 0) {
                                                                      let data38 = data37.Grantee;
                                                                      const _errs100 = errors;
                                                                      if (errors === _errs100) {
                                                                        if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                                                                          if (data38.Type !== void 0) {
                                                                            const _errs102 = errors;
                                                                            if (typeof data38.Type !== "string") {
                                                                              validate27.errors = [{ instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants/" + i2 + "/Grantee/Type", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/items/properties/Grantee/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                            var valid31 = _errs102 === errors;
                                                                          } else {
                                                                            var valid31 = true;
                                                                          }
                                                                          if (valid31) {
                                                                            if (data38.URI !== void 0) {
                                                                              const _errs104 = errors;
                                                                              if (typeof data38.URI !== "string") {
                                                                                validate27.errors = [{ instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants/" + i2 + "/Grantee/URI", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/items/properties/Grantee/properties/URI/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                              }
                                                                              var valid31 = _errs104 === errors;
                                                                            } else {
                                                                              var valid31 = true;
                                                                            }
                                                                            if (valid31) {
                                                                              if (data38.ID !== void 0) {
                                                                                const _errs106 = errors;
                                                                                if (typeof data38.ID !== "string") {
                                                                                  validate27.errors = [{ instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants/" + i2 + "/Grantee/ID", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/items/properties/Grantee/properties/ID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                  return false;
                                                                                }
                                                                                var valid31 = _errs106 === errors;
                                                                              } else {
                                                                                var valid31 = true;
                                                                              }
                                                                            }
                                                                          }
                                                                        } else {
                                                                          validate27.errors = [{ instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants/" + i2 + "/Grantee", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/items/properties/Grantee/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid30 = _errs100 === errors;
                                                                    } else {
                                                                      var valid30 = true;
                                                                    }
                                                                    if (valid30) {
                                                                      if (data37.Permission !== void 0) {
                                                                        const _errs108 = errors;
                                                                        if (typeof data37.Permission !== "string") {
                                                                          validate27.errors = [{ instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants/" + i2 + "/Permission", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/items/properties/Permission/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid30 = _errs108 === errors;
                                                                      } else {
                                                                        var valid30 = true;
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate27.errors = [{ instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants/" + i2, schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid29 = _errs98 === errors;
                                                                if (!valid29) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate27.errors = [{ instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid27 = _errs96 === errors;
                                                        } else {
                                                          var valid27 = true;
                                                        }
                                                      }
                                                    } else {
                                                      validate27.errors = [{ instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid26 = _errs88 === errors;
                                                  if (!valid26) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate27.errors = [{ instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid25 = _errs86 === errors;
                                            if (!valid25) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate27.errors = [{ instancePath: instancePath + "/ACL", schemaPath: "#/$defs/MacieAlertBucketAcls/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs82 === errors;
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
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": { "Description": true, "Record Count": true, "Event Count": true, "Time Range": true, "Source ARN": true, "Events": true, "IP": true, "Location": true, "recipientAccountId": true, "Bucket": true, "Object": true, "Themes": true, "DLP risk": true, "Owner": true, "Timestamps": true, "ACL": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["notification-type"] === void 0 && (missing0 = "notification-type") || data.name === void 0 && (missing0 = "name") || data.tags === void 0 && (missing0 = "tags") || data.url === void 0 && (missing0 = "url") || data["alert-arn"] === void 0 && (missing0 = "alert-arn") || data["risk-score"] === void 0 && (missing0 = "risk-score") || data.trigger === void 0 && (missing0 = "trigger") || data["created-at"] === void 0 && (missing0 = "created-at") || data.actor === void 0 && (missing0 = "actor")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["notification-type"] !== void 0) {
          const _errs1 = errors;
          if (typeof data["notification-type"] !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/notification-type", schemaPath: "#/properties/notification-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.name !== void 0) {
            const _errs3 = errors;
            if (typeof data.name !== "string") {
              validate24.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.tags !== void 0) {
              let data2 = data.tags;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs7 = errors;
                    if (typeof data2[i0] !== "string") {
                      validate24.errors = [{ instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate24.errors = [{ instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.url !== void 0) {
                const _errs9 = errors;
                if (typeof data.url !== "string") {
                  validate24.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data["alert-arn"] !== void 0) {
                  const _errs11 = errors;
                  if (typeof data["alert-arn"] !== "string") {
                    validate24.errors = [{ instancePath: instancePath + "/alert-arn", schemaPath: "#/properties/alert-arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data["risk-score"] !== void 0) {
                    let data6 = data["risk-score"];
                    const _errs13 = errors;
                    if (!(typeof data6 == "number" && isFinite(data6))) {
                      validate24.errors = [{ instancePath: instancePath + "/risk-score", schemaPath: "#/properties/risk-score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data["created-at"] !== void 0) {
                      const _errs15 = errors;
                      if (typeof data["created-at"] !== "string") {
                        validate24.errors = [{ instancePath: instancePath + "/created-at", schemaPath: "#/properties/created-at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs15 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.actor !== void 0) {
                        const _errs17 = errors;
                        if (typeof data.actor !== "string") {
                          validate24.errors = [{ instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.trigger !== void 0) {
                          const _errs19 = errors;
                          if (!validate25(data.trigger, { instancePath: instancePath + "/trigger", parentData: data, parentDataProperty: "trigger", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.summary !== void 0) {
                            const _errs20 = errors;
                            if (!validate27(data.summary, { instancePath: instancePath + "/summary", parentData: data, parentDataProperty: "summary", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs20 === errors;
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "notification-type": true, "name": true, "tags": true, "url": true, "alert-arn": true, "risk-score": true, "created-at": true, "actor": true, "trigger": true, "summary": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data["notification-type"] === void 0 && (missing0 = "notification-type")) {
          validate23.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data["notification-type"] !== void 0) {
            if ("ALERT_UPDATED" !== data["notification-type"]) {
              validate23.errors = [{ instancePath: instancePath + "/notification-type", schemaPath: "#/allOf/1/properties/notification-type/const", keyword: "const", params: { allowedValue: "ALERT_UPDATED" }, message: "must be equal to constant" }];
              return false;
            }
          }
        }
      } else {
        validate23.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "notification-type": true, "name": true, "tags": true, "url": true, "alert-arn": true, "risk-score": true, "created-at": true, "actor": true, "trigger": true, "summary": true }, "dynamicProps": false, "dynamicItems": false };
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
            if ("Macie Alert" !== data["detail-type"]) {
              validate20.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "Macie Alert" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if ("aws.macie" !== data.source) {
                validate20.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.macie" }, message: "must be equal to constant" }];
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

// macie.eventbridge-alert-updated.entry.ts
withStandardSchema(macie_eventbridge_alert_updated_standalone_default, "macie.eventbridge-alert-updated");
export {
  macie_eventbridge_alert_updated_standalone_default as default,
  macie_eventbridge_alert_updated_standalone_default as validate
};
