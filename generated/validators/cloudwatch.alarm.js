// Generated from schemas/cloudwatch/alarm.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.alarm.standalone.js
var cloudwatch_alarm_standalone_default = validate20;
var schema38 = { "enum": ["OK", "ALARM", "INSUFFICIENT_DATA"] };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.value === void 0 && (missing0 = "value") || data.reason === void 0 && (missing0 = "reason") || data.timestamp === void 0 && (missing0 = "timestamp")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.value !== void 0) {
          let data0 = data.value;
          const _errs1 = errors;
          if (!(data0 === "OK" || data0 === "ALARM" || data0 === "INSUFFICIENT_DATA")) {
            validate22.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/$defs/CloudWatchAlarmStateValue/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.reason !== void 0) {
            const _errs3 = errors;
            if (typeof data.reason !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.reasonData !== void 0) {
              const _errs5 = errors;
              if (typeof data.reasonData !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/reasonData", schemaPath: "#/properties/reasonData/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.timestamp !== void 0) {
                const _errs7 = errors;
                if (typeof data.timestamp !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/CloudWatchAlarmTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.actionsSuppressedBy !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.actionsSuppressedBy !== "string") {
                    validate22.errors = [{ instancePath: instancePath + "/actionsSuppressedBy", schemaPath: "#/properties/actionsSuppressedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.actionsSuppressedReason !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.actionsSuppressedReason !== "string") {
                      validate22.errors = [{ instancePath: instancePath + "/actionsSuppressedReason", schemaPath: "#/properties/actionsSuppressedReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "value": true, "reason": true, "reasonData": true, "timestamp": true, "actionsSuppressedBy": true, "actionsSuppressedReason": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.id === void 0 && (missing0 = "id")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          const _errs1 = errors;
          if (typeof data.id !== "string") {
            validate26.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.metricStat !== void 0) {
            let data1 = data.metricStat;
            const _errs3 = errors;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing1;
                if (data1.metric === void 0 && (missing1 = "metric") || data1.period === void 0 && (missing1 = "period") || data1.stat === void 0 && (missing1 = "stat")) {
                  validate26.errors = [{ instancePath: instancePath + "/metricStat", schemaPath: "#/$defs/CloudWatchAlarmMetricStat/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.metric !== void 0) {
                    let data2 = data1.metric;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing2;
                        if (data2.namespace === void 0 && (missing2 = "namespace") || data2.name === void 0 && (missing2 = "name")) {
                          validate26.errors = [{ instancePath: instancePath + "/metricStat/metric", schemaPath: "#/$defs/CloudWatchAlarmMetricStat/properties/metric/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                          return false;
                        } else {
                          if (data2.namespace !== void 0) {
                            const _errs8 = errors;
                            if (typeof data2.namespace !== "string") {
                              validate26.errors = [{ instancePath: instancePath + "/metricStat/metric/namespace", schemaPath: "#/$defs/CloudWatchAlarmMetricStat/properties/metric/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs8 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data2.name !== void 0) {
                              const _errs10 = errors;
                              if (typeof data2.name !== "string") {
                                validate26.errors = [{ instancePath: instancePath + "/metricStat/metric/name", schemaPath: "#/$defs/CloudWatchAlarmMetricStat/properties/metric/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs10 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data2.dimensions !== void 0) {
                                let data5 = data2.dimensions;
                                const _errs12 = errors;
                                if (errors === _errs12) {
                                  if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                                    for (const key0 in data5) {
                                      const _errs15 = errors;
                                      if (typeof data5[key0] !== "string") {
                                        validate26.errors = [{ instancePath: instancePath + "/metricStat/metric/dimensions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CloudWatchAlarmMetricStat/properties/metric/properties/dimensions/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid4 = _errs15 === errors;
                                      if (!valid4) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate26.errors = [{ instancePath: instancePath + "/metricStat/metric/dimensions", schemaPath: "#/$defs/CloudWatchAlarmMetricStat/properties/metric/properties/dimensions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs12 === errors;
                              } else {
                                var valid3 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate26.errors = [{ instancePath: instancePath + "/metricStat/metric", schemaPath: "#/$defs/CloudWatchAlarmMetricStat/properties/metric/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid2 = _errs6 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data1.period !== void 0) {
                      let data7 = data1.period;
                      const _errs17 = errors;
                      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                        validate26.errors = [{ instancePath: instancePath + "/metricStat/period", schemaPath: "#/$defs/CloudWatchAlarmMetricStat/properties/period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      var valid2 = _errs17 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data1.stat !== void 0) {
                        const _errs19 = errors;
                        if (typeof data1.stat !== "string") {
                          validate26.errors = [{ instancePath: instancePath + "/metricStat/stat", schemaPath: "#/$defs/CloudWatchAlarmMetricStat/properties/stat/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs19 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.unit !== void 0) {
                          const _errs21 = errors;
                          if (typeof data1.unit !== "string") {
                            validate26.errors = [{ instancePath: instancePath + "/metricStat/unit", schemaPath: "#/$defs/CloudWatchAlarmMetricStat/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs21 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  }
                }
              } else {
                validate26.errors = [{ instancePath: instancePath + "/metricStat", schemaPath: "#/$defs/CloudWatchAlarmMetricStat/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.expression !== void 0) {
              const _errs23 = errors;
              if (typeof data.expression !== "string") {
                validate26.errors = [{ instancePath: instancePath + "/expression", schemaPath: "#/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs23 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.label !== void 0) {
                const _errs25 = errors;
                if (typeof data.label !== "string") {
                  validate26.errors = [{ instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs25 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.returnData !== void 0) {
                  const _errs27 = errors;
                  if (typeof data.returnData !== "boolean") {
                    validate26.errors = [{ instancePath: instancePath + "/returnData", schemaPath: "#/properties/returnData/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                  }
                  var valid0 = _errs27 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.period !== void 0) {
                    let data13 = data.period;
                    const _errs29 = errors;
                    if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                      validate26.errors = [{ instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    var valid0 = _errs29 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.accountId !== void 0) {
                      const _errs31 = errors;
                      if (typeof data.accountId !== "string") {
                        validate26.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs31 === errors;
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
    } else {
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": { "id": true, "metricStat": true, "expression": true, "label": true, "returnData": true, "period": true, "accountId": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.metrics === void 0 && (missing0 = "metrics")) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = {};
    props0.metrics = true;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.alarmRule === void 0 && (missing1 = "alarmRule")) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.alarmRule = true;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate25.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.description = true;
        props0.metrics = true;
        props0.alarmRule = true;
        props0.actionsSuppressor = true;
        props0.actionsSuppressorWaitPeriod = true;
        props0.actionsSuppressorExtensionPeriod = true;
      }
      if (data.description !== void 0) {
        const _errs4 = errors;
        if (typeof data.description !== "string") {
          validate25.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid1 = _errs4 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.metrics !== void 0) {
          let data1 = data.metrics;
          const _errs6 = errors;
          if (errors === _errs6) {
            if (Array.isArray(data1)) {
              var valid2 = true;
              const len0 = data1.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs8 = errors;
                if (!validate26(data1[i0], { instancePath: instancePath + "/metrics/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                  errors = vErrors.length;
                }
                var valid2 = _errs8 === errors;
                if (!valid2) {
                  break;
                }
              }
            } else {
              validate25.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
          var valid1 = _errs6 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.alarmRule !== void 0) {
            const _errs9 = errors;
            if (typeof data.alarmRule !== "string") {
              validate25.errors = [{ instancePath: instancePath + "/alarmRule", schemaPath: "#/properties/alarmRule/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid1 = _errs9 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.actionsSuppressor !== void 0) {
              const _errs11 = errors;
              if (typeof data.actionsSuppressor !== "string") {
                validate25.errors = [{ instancePath: instancePath + "/actionsSuppressor", schemaPath: "#/properties/actionsSuppressor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs11 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.actionsSuppressorWaitPeriod !== void 0) {
                let data5 = data.actionsSuppressorWaitPeriod;
                const _errs13 = errors;
                if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                  validate25.errors = [{ instancePath: instancePath + "/actionsSuppressorWaitPeriod", schemaPath: "#/properties/actionsSuppressorWaitPeriod/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                var valid1 = _errs13 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.actionsSuppressorExtensionPeriod !== void 0) {
                  let data6 = data.actionsSuppressorExtensionPeriod;
                  const _errs15 = errors;
                  if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                    validate25.errors = [{ instancePath: instancePath + "/actionsSuppressorExtensionPeriod", schemaPath: "#/properties/actionsSuppressorExtensionPeriod/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  var valid1 = _errs15 === errors;
                } else {
                  var valid1 = true;
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
  evaluated0.props = props0;
  return errors === 0;
}
validate25.evaluated = { "dynamicProps": true, "dynamicItems": false };
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
      if (data.alarmName === void 0 && (missing0 = "alarmName") || data.state === void 0 && (missing0 = "state") || data.previousState === void 0 && (missing0 = "previousState") || data.configuration === void 0 && (missing0 = "configuration")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.alarmName !== void 0) {
          const _errs1 = errors;
          if (typeof data.alarmName !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/alarmName", schemaPath: "#/properties/alarmName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.state !== void 0) {
            const _errs3 = errors;
            if (!validate22(data.state, { instancePath: instancePath + "/state", parentData: data, parentDataProperty: "state", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.previousState !== void 0) {
              const _errs4 = errors;
              if (!validate22(data.previousState, { instancePath: instancePath + "/previousState", parentData: data, parentDataProperty: "previousState", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.configuration !== void 0) {
                const _errs5 = errors;
                if (!validate25(data.configuration, { instancePath: instancePath + "/configuration", parentData: data, parentDataProperty: "configuration", rootData, dynamicAnchors })) {
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "alarmName": true, "state": true, "previousState": true, "configuration": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.source === void 0 && (missing0 = "source") || data.alarmArn === void 0 && (missing0 = "alarmArn") || data.accountId === void 0 && (missing0 = "accountId") || data.time === void 0 && (missing0 = "time") || data.region === void 0 && (missing0 = "region") || data.alarmData === void 0 && (missing0 = "alarmData")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.source !== void 0) {
          const _errs1 = errors;
          if ("aws.cloudwatch" !== data.source) {
            validate20.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/const", keyword: "const", params: { allowedValue: "aws.cloudwatch" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.alarmArn !== void 0) {
            const _errs2 = errors;
            if (typeof data.alarmArn !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/alarmArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.accountId !== void 0) {
              const _errs5 = errors;
              if (typeof data.accountId !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.time !== void 0) {
                const _errs8 = errors;
                if (typeof data.time !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/$defs/CloudWatchAlarmTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.region !== void 0) {
                  const _errs11 = errors;
                  if (typeof data.region !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.alarmData !== void 0) {
                    const _errs14 = errors;
                    if (!validate21(data.alarmData, { instancePath: instancePath + "/alarmData", parentData: data, parentDataProperty: "alarmData", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs14 === errors;
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "source": true, "alarmArn": true, "accountId": true, "time": true, "region": true, "alarmData": true }, "dynamicProps": false, "dynamicItems": false };

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

// cloudwatch.alarm.entry.ts
withStandardSchema(cloudwatch_alarm_standalone_default, "cloudwatch.alarm");
export {
  cloudwatch_alarm_standalone_default as default,
  cloudwatch_alarm_standalone_default as validate
};
