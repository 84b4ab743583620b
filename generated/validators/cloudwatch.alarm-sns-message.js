// Generated from schemas/cloudwatch/alarm-sns-message.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.alarm-sns-message.standalone.js
var cloudwatch_alarm_sns_message_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:cloudwatch.alarm-sns-message", "type": "object", "required": ["AlarmName", "AWSAccountId", "NewStateValue", "NewStateReason", "StateChangeTime", "Region", "AlarmArn", "OldStateValue"], "properties": { "AlarmName": { "type": "string" }, "AlarmDescription": { "type": ["string", "null"] }, "AWSAccountId": { "$ref": "#/$defs/AwsAccountId" }, "AlarmConfigurationUpdatedTimestamp": { "$ref": "#/$defs/CloudWatchAlarmTimestamp" }, "NewStateValue": { "$ref": "#/$defs/CloudWatchAlarmStateValue" }, "NewStateReason": { "type": "string" }, "StateChangeTime": { "$ref": "#/$defs/CloudWatchAlarmTimestamp" }, "Region": { "type": "string" }, "AlarmArn": { "$ref": "#/$defs/Arn" }, "OldStateValue": { "$ref": "#/$defs/CloudWatchAlarmStateValue" }, "OKActions": { "type": "array", "items": { "type": "string" } }, "AlarmActions": { "type": "array", "items": { "type": "string" } }, "InsufficientDataActions": { "type": "array", "items": { "type": "string" } }, "Trigger": { "$ref": "#/$defs/CloudWatchAlarmSnsTrigger" }, "AlarmRule": { "type": "string" } }, "$defs": { "Arn": { "type": "string" }, "AwsAccountId": { "type": "string" }, "CloudWatchAlarmSnsDimension": { "type": "object", "required": ["name", "value"], "properties": { "name": { "type": "string" }, "value": { "type": "string" } } }, "CloudWatchAlarmSnsMetricDataQuery": { "type": "object", "required": ["Id"], "properties": { "Id": { "type": "string" }, "Expression": { "type": "string" }, "Label": { "type": "string" }, "ReturnData": { "type": "boolean" }, "Period": { "type": "integer" }, "AccountId": { "type": "string" }, "MetricStat": { "type": "object", "required": ["Metric", "Period", "Stat"], "properties": { "Metric": { "type": "object", "properties": { "Dimensions": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsDimension" } }, "MetricName": { "type": "string" }, "Namespace": { "type": "string" } } }, "Period": { "type": "integer" }, "Stat": { "type": "string" }, "Unit": { "type": ["string", "null"] } } } } }, "CloudWatchAlarmSnsTrigger": { "type": "object", "required": ["EvaluationPeriods", "ComparisonOperator"], "properties": { "MetricName": { "type": "string" }, "Namespace": { "type": "string" }, "StatisticType": { "type": "string" }, "Statistic": { "type": "string" }, "Unit": { "type": ["string", "null"] }, "Dimensions": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsDimension" } }, "Period": { "type": "integer" }, "EvaluationPeriods": { "type": "integer" }, "DatapointsToAlarm": { "type": "integer" }, "ComparisonOperator": { "type": "string" }, "Threshold": { "type": "number" }, "ThresholdMetricId": { "type": "string" }, "TreatMissingData": { "type": "string" }, "EvaluateLowSampleCountPercentile": { "type": "string" }, "Metrics": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsMetricDataQuery" } } } }, "CloudWatchAlarmStateValue": { "enum": ["OK", "ALARM", "INSUFFICIENT_DATA"] }, "CloudWatchAlarmTimestamp": { "type": "string" } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var schema9 = { "enum": ["OK", "ALARM", "INSUFFICIENT_DATA"] };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "OK" || data === "ALARM" || data === "INSUFFICIENT_DATA")) {
    validate26.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema9.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var schema11 = { "type": "object", "required": ["EvaluationPeriods", "ComparisonOperator"], "properties": { "MetricName": { "type": "string" }, "Namespace": { "type": "string" }, "StatisticType": { "type": "string" }, "Statistic": { "type": "string" }, "Unit": { "type": ["string", "null"] }, "Dimensions": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsDimension" } }, "Period": { "type": "integer" }, "EvaluationPeriods": { "type": "integer" }, "DatapointsToAlarm": { "type": "integer" }, "ComparisonOperator": { "type": "string" }, "Threshold": { "type": "number" }, "ThresholdMetricId": { "type": "string" }, "TreatMissingData": { "type": "string" }, "EvaluateLowSampleCountPercentile": { "type": "string" }, "Metrics": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsMetricDataQuery" } } } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.value === void 0 && (missing0 = "value")) {
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
          if (data.value !== void 0) {
            const _errs3 = errors;
            if (typeof data.value !== "string") {
              validate33.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
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
var schema13 = { "type": "object", "required": ["Id"], "properties": { "Id": { "type": "string" }, "Expression": { "type": "string" }, "Label": { "type": "string" }, "ReturnData": { "type": "boolean" }, "Period": { "type": "integer" }, "AccountId": { "type": "string" }, "MetricStat": { "type": "object", "required": ["Metric", "Period", "Stat"], "properties": { "Metric": { "type": "object", "properties": { "Dimensions": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsDimension" } }, "MetricName": { "type": "string" }, "Namespace": { "type": "string" } } }, "Period": { "type": "integer" }, "Stat": { "type": "string" }, "Unit": { "type": ["string", "null"] } } } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Id === void 0 && (missing0 = "Id")) {
        validate35.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Id !== void 0) {
          const _errs1 = errors;
          if (typeof data.Id !== "string") {
            validate35.errors = [{ instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Expression !== void 0) {
            const _errs3 = errors;
            if (typeof data.Expression !== "string") {
              validate35.errors = [{ instancePath: instancePath + "/Expression", schemaPath: "#/properties/Expression/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.Label !== void 0) {
              const _errs5 = errors;
              if (typeof data.Label !== "string") {
                validate35.errors = [{ instancePath: instancePath + "/Label", schemaPath: "#/properties/Label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.ReturnData !== void 0) {
                const _errs7 = errors;
                if (typeof data.ReturnData !== "boolean") {
                  validate35.errors = [{ instancePath: instancePath + "/ReturnData", schemaPath: "#/properties/ReturnData/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.Period !== void 0) {
                  let data4 = data.Period;
                  const _errs9 = errors;
                  if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                    validate35.errors = [{ instancePath: instancePath + "/Period", schemaPath: "#/properties/Period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.AccountId !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.AccountId !== "string") {
                      validate35.errors = [{ instancePath: instancePath + "/AccountId", schemaPath: "#/properties/AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.MetricStat !== void 0) {
                      let data6 = data.MetricStat;
                      const _errs13 = errors;
                      if (errors === _errs13) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          let missing1;
                          if (data6.Metric === void 0 && (missing1 = "Metric") || data6.Period === void 0 && (missing1 = "Period") || data6.Stat === void 0 && (missing1 = "Stat")) {
                            validate35.errors = [{ instancePath: instancePath + "/MetricStat", schemaPath: "#/properties/MetricStat/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data6.Metric !== void 0) {
                              let data7 = data6.Metric;
                              const _errs15 = errors;
                              if (errors === _errs15) {
                                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                  if (data7.Dimensions !== void 0) {
                                    let data8 = data7.Dimensions;
                                    const _errs17 = errors;
                                    if (errors === _errs17) {
                                      if (Array.isArray(data8)) {
                                        var valid3 = true;
                                        const len0 = data8.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                          const _errs19 = errors;
                                          if (!validate33(data8[i0], { instancePath: instancePath + "/MetricStat/Metric/Dimensions/" + i0, parentData: data8, parentDataProperty: i0, rootData })) {
                                            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid3 = _errs19 === errors;
                                          if (!valid3) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate35.errors = [{ instancePath: instancePath + "/MetricStat/Metric/Dimensions", schemaPath: "#/properties/MetricStat/properties/Metric/properties/Dimensions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs17 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data7.MetricName !== void 0) {
                                      const _errs20 = errors;
                                      if (typeof data7.MetricName !== "string") {
                                        validate35.errors = [{ instancePath: instancePath + "/MetricStat/Metric/MetricName", schemaPath: "#/properties/MetricStat/properties/Metric/properties/MetricName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid2 = _errs20 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data7.Namespace !== void 0) {
                                        const _errs22 = errors;
                                        if (typeof data7.Namespace !== "string") {
                                          validate35.errors = [{ instancePath: instancePath + "/MetricStat/Metric/Namespace", schemaPath: "#/properties/MetricStat/properties/Metric/properties/Namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid2 = _errs22 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                } else {
                                  validate35.errors = [{ instancePath: instancePath + "/MetricStat/Metric", schemaPath: "#/properties/MetricStat/properties/Metric/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs15 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data6.Period !== void 0) {
                                let data12 = data6.Period;
                                const _errs24 = errors;
                                if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                                  validate35.errors = [{ instancePath: instancePath + "/MetricStat/Period", schemaPath: "#/properties/MetricStat/properties/Period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                var valid1 = _errs24 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data6.Stat !== void 0) {
                                  const _errs26 = errors;
                                  if (typeof data6.Stat !== "string") {
                                    validate35.errors = [{ instancePath: instancePath + "/MetricStat/Stat", schemaPath: "#/properties/MetricStat/properties/Stat/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid1 = _errs26 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data6.Unit !== void 0) {
                                    let data14 = data6.Unit;
                                    const _errs28 = errors;
                                    if (typeof data14 !== "string" && data14 !== null) {
                                      validate35.errors = [{ instancePath: instancePath + "/MetricStat/Unit", schemaPath: "#/properties/MetricStat/properties/Unit/type", keyword: "type", params: { type: schema13.properties.MetricStat.properties.Unit.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    var valid1 = _errs28 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate35.errors = [{ instancePath: instancePath + "/MetricStat", schemaPath: "#/properties/MetricStat/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
        }
      }
    } else {
      validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.EvaluationPeriods === void 0 && (missing0 = "EvaluationPeriods") || data.ComparisonOperator === void 0 && (missing0 = "ComparisonOperator")) {
        validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.MetricName !== void 0) {
          const _errs1 = errors;
          if (typeof data.MetricName !== "string") {
            validate32.errors = [{ instancePath: instancePath + "/MetricName", schemaPath: "#/properties/MetricName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Namespace !== void 0) {
            const _errs3 = errors;
            if (typeof data.Namespace !== "string") {
              validate32.errors = [{ instancePath: instancePath + "/Namespace", schemaPath: "#/properties/Namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.StatisticType !== void 0) {
              const _errs5 = errors;
              if (typeof data.StatisticType !== "string") {
                validate32.errors = [{ instancePath: instancePath + "/StatisticType", schemaPath: "#/properties/StatisticType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.Statistic !== void 0) {
                const _errs7 = errors;
                if (typeof data.Statistic !== "string") {
                  validate32.errors = [{ instancePath: instancePath + "/Statistic", schemaPath: "#/properties/Statistic/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.Unit !== void 0) {
                  let data4 = data.Unit;
                  const _errs9 = errors;
                  if (typeof data4 !== "string" && data4 !== null) {
                    validate32.errors = [{ instancePath: instancePath + "/Unit", schemaPath: "#/properties/Unit/type", keyword: "type", params: { type: schema11.properties.Unit.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.Dimensions !== void 0) {
                    let data5 = data.Dimensions;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (Array.isArray(data5)) {
                        var valid1 = true;
                        const len0 = data5.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs13 = errors;
                          if (!validate33(data5[i0], { instancePath: instancePath + "/Dimensions/" + i0, parentData: data5, parentDataProperty: i0, rootData })) {
                            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                            errors = vErrors.length;
                          }
                          var valid1 = _errs13 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate32.errors = [{ instancePath: instancePath + "/Dimensions", schemaPath: "#/properties/Dimensions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.Period !== void 0) {
                      let data7 = data.Period;
                      const _errs14 = errors;
                      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                        validate32.errors = [{ instancePath: instancePath + "/Period", schemaPath: "#/properties/Period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.EvaluationPeriods !== void 0) {
                        let data8 = data.EvaluationPeriods;
                        const _errs16 = errors;
                        if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                          validate32.errors = [{ instancePath: instancePath + "/EvaluationPeriods", schemaPath: "#/properties/EvaluationPeriods/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.DatapointsToAlarm !== void 0) {
                          let data9 = data.DatapointsToAlarm;
                          const _errs18 = errors;
                          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                            validate32.errors = [{ instancePath: instancePath + "/DatapointsToAlarm", schemaPath: "#/properties/DatapointsToAlarm/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.ComparisonOperator !== void 0) {
                            const _errs20 = errors;
                            if (typeof data.ComparisonOperator !== "string") {
                              validate32.errors = [{ instancePath: instancePath + "/ComparisonOperator", schemaPath: "#/properties/ComparisonOperator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.Threshold !== void 0) {
                              let data11 = data.Threshold;
                              const _errs22 = errors;
                              if (!(typeof data11 == "number" && isFinite(data11))) {
                                validate32.errors = [{ instancePath: instancePath + "/Threshold", schemaPath: "#/properties/Threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                              var valid0 = _errs22 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.ThresholdMetricId !== void 0) {
                                const _errs24 = errors;
                                if (typeof data.ThresholdMetricId !== "string") {
                                  validate32.errors = [{ instancePath: instancePath + "/ThresholdMetricId", schemaPath: "#/properties/ThresholdMetricId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid0 = _errs24 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.TreatMissingData !== void 0) {
                                  const _errs26 = errors;
                                  if (typeof data.TreatMissingData !== "string") {
                                    validate32.errors = [{ instancePath: instancePath + "/TreatMissingData", schemaPath: "#/properties/TreatMissingData/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs26 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.EvaluateLowSampleCountPercentile !== void 0) {
                                    const _errs28 = errors;
                                    if (typeof data.EvaluateLowSampleCountPercentile !== "string") {
                                      validate32.errors = [{ instancePath: instancePath + "/EvaluateLowSampleCountPercentile", schemaPath: "#/properties/EvaluateLowSampleCountPercentile/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs28 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.Metrics !== void 0) {
                                      let data15 = data.Metrics;
                                      const _errs30 = errors;
                                      if (errors === _errs30) {
                                        if (Array.isArray(data15)) {
                                          var valid2 = true;
                                          const len1 = data15.length;
                                          for (let i1 = 0; i1 < len1; i1++) {
                                            const _errs32 = errors;
                                            if (!validate35(data15[i1], { instancePath: instancePath + "/Metrics/" + i1, parentData: data15, parentDataProperty: i1, rootData })) {
                                              vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid2 = _errs32 === errors;
                                            if (!valid2) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate32.errors = [{ instancePath: instancePath + "/Metrics", schemaPath: "#/properties/Metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs30 === errors;
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
      if (data.AlarmName === void 0 && (missing0 = "AlarmName") || data.AWSAccountId === void 0 && (missing0 = "AWSAccountId") || data.NewStateValue === void 0 && (missing0 = "NewStateValue") || data.NewStateReason === void 0 && (missing0 = "NewStateReason") || data.StateChangeTime === void 0 && (missing0 = "StateChangeTime") || data.Region === void 0 && (missing0 = "Region") || data.AlarmArn === void 0 && (missing0 = "AlarmArn") || data.OldStateValue === void 0 && (missing0 = "OldStateValue")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.AlarmName !== void 0) {
          const _errs1 = errors;
          if (typeof data.AlarmName !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/AlarmName", schemaPath: "#/properties/AlarmName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.AlarmDescription !== void 0) {
            let data1 = data.AlarmDescription;
            const _errs3 = errors;
            if (typeof data1 !== "string" && data1 !== null) {
              validate21.errors = [{ instancePath: instancePath + "/AlarmDescription", schemaPath: "#/properties/AlarmDescription/type", keyword: "type", params: { type: schema6.properties.AlarmDescription.type }, message: "must be string,null" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.AWSAccountId !== void 0) {
              const _errs5 = errors;
              if (!validate22(data.AWSAccountId, { instancePath: instancePath + "/AWSAccountId", parentData: data, parentDataProperty: "AWSAccountId", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.AlarmConfigurationUpdatedTimestamp !== void 0) {
                const _errs6 = errors;
                if (!validate24(data.AlarmConfigurationUpdatedTimestamp, { instancePath: instancePath + "/AlarmConfigurationUpdatedTimestamp", parentData: data, parentDataProperty: "AlarmConfigurationUpdatedTimestamp", rootData })) {
                  vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.NewStateValue !== void 0) {
                  const _errs7 = errors;
                  if (!validate26(data.NewStateValue, { instancePath: instancePath + "/NewStateValue", parentData: data, parentDataProperty: "NewStateValue", rootData })) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.NewStateReason !== void 0) {
                    const _errs8 = errors;
                    if (typeof data.NewStateReason !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/NewStateReason", schemaPath: "#/properties/NewStateReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.StateChangeTime !== void 0) {
                      const _errs10 = errors;
                      if (!validate24(data.StateChangeTime, { instancePath: instancePath + "/StateChangeTime", parentData: data, parentDataProperty: "StateChangeTime", rootData })) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.Region !== void 0) {
                        const _errs11 = errors;
                        if (typeof data.Region !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/Region", schemaPath: "#/properties/Region/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs11 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.AlarmArn !== void 0) {
                          const _errs13 = errors;
                          if (!validate29(data.AlarmArn, { instancePath: instancePath + "/AlarmArn", parentData: data, parentDataProperty: "AlarmArn", rootData })) {
                            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs13 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.OldStateValue !== void 0) {
                            const _errs14 = errors;
                            if (!validate26(data.OldStateValue, { instancePath: instancePath + "/OldStateValue", parentData: data, parentDataProperty: "OldStateValue", rootData })) {
                              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs14 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.OKActions !== void 0) {
                              let data10 = data.OKActions;
                              const _errs15 = errors;
                              if (errors === _errs15) {
                                if (Array.isArray(data10)) {
                                  var valid1 = true;
                                  const len0 = data10.length;
                                  for (let i0 = 0; i0 < len0; i0++) {
                                    const _errs17 = errors;
                                    if (typeof data10[i0] !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/OKActions/" + i0, schemaPath: "#/properties/OKActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid1 = _errs17 === errors;
                                    if (!valid1) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/OKActions", schemaPath: "#/properties/OKActions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs15 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.AlarmActions !== void 0) {
                                let data12 = data.AlarmActions;
                                const _errs19 = errors;
                                if (errors === _errs19) {
                                  if (Array.isArray(data12)) {
                                    var valid2 = true;
                                    const len1 = data12.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                      const _errs21 = errors;
                                      if (typeof data12[i1] !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/AlarmActions/" + i1, schemaPath: "#/properties/AlarmActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid2 = _errs21 === errors;
                                      if (!valid2) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate21.errors = [{ instancePath: instancePath + "/AlarmActions", schemaPath: "#/properties/AlarmActions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs19 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.InsufficientDataActions !== void 0) {
                                  let data14 = data.InsufficientDataActions;
                                  const _errs23 = errors;
                                  if (errors === _errs23) {
                                    if (Array.isArray(data14)) {
                                      var valid3 = true;
                                      const len2 = data14.length;
                                      for (let i2 = 0; i2 < len2; i2++) {
                                        const _errs25 = errors;
                                        if (typeof data14[i2] !== "string") {
                                          validate21.errors = [{ instancePath: instancePath + "/InsufficientDataActions/" + i2, schemaPath: "#/properties/InsufficientDataActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid3 = _errs25 === errors;
                                        if (!valid3) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate21.errors = [{ instancePath: instancePath + "/InsufficientDataActions", schemaPath: "#/properties/InsufficientDataActions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs23 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.Trigger !== void 0) {
                                    const _errs27 = errors;
                                    if (!validate32(data.Trigger, { instancePath: instancePath + "/Trigger", parentData: data, parentDataProperty: "Trigger", rootData })) {
                                      vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs27 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.AlarmRule !== void 0) {
                                      const _errs28 = errors;
                                      if (typeof data.AlarmRule !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/AlarmRule", schemaPath: "#/properties/AlarmRule/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs28 === errors;
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:cloudwatch.alarm-sns-message.check.js
function d_CloudWatchAlarmSnsTrigger(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v20 = x.MetricName;
    if (v20 !== void 0) {
      if (!(typeof v20 === "string")) return false;
    }
  }
  {
    const v21 = x.Namespace;
    if (v21 !== void 0) {
      if (!(typeof v21 === "string")) return false;
    }
  }
  {
    const v22 = x.StatisticType;
    if (v22 !== void 0) {
      if (!(typeof v22 === "string")) return false;
    }
  }
  {
    const v23 = x.Statistic;
    if (v23 !== void 0) {
      if (!(typeof v23 === "string")) return false;
    }
  }
  {
    const v24 = x.Unit;
    if (v24 !== void 0) {
      if (!(typeof v24 === "string" || v24 === null)) return false;
    }
  }
  {
    const v25 = x.Dimensions;
    if (v25 !== void 0) {
      if (!Array.isArray(v25)) return false;
      for (let v27 = 0; v27 < v25.length; v27++) {
        const v26 = v25[v27];
        if (!d_CloudWatchAlarmSnsDimension(v26)) return false;
      }
    }
  }
  {
    const v30 = x.Period;
    if (v30 !== void 0) {
      if (!(typeof v30 === "number" && !(v30 % 1) && !isNaN(v30) && isFinite(v30))) return false;
    }
  }
  {
    const v31 = x.EvaluationPeriods;
    if (v31 === void 0) return false;
    if (!(typeof v31 === "number" && !(v31 % 1) && !isNaN(v31) && isFinite(v31))) return false;
  }
  {
    const v32 = x.DatapointsToAlarm;
    if (v32 !== void 0) {
      if (!(typeof v32 === "number" && !(v32 % 1) && !isNaN(v32) && isFinite(v32))) return false;
    }
  }
  {
    const v33 = x.ComparisonOperator;
    if (v33 === void 0) return false;
    if (!(typeof v33 === "string")) return false;
  }
  {
    const v34 = x.Threshold;
    if (v34 !== void 0) {
      if (!(typeof v34 === "number" && isFinite(v34))) return false;
    }
  }
  {
    const v35 = x.ThresholdMetricId;
    if (v35 !== void 0) {
      if (!(typeof v35 === "string")) return false;
    }
  }
  {
    const v36 = x.TreatMissingData;
    if (v36 !== void 0) {
      if (!(typeof v36 === "string")) return false;
    }
  }
  {
    const v37 = x.EvaluateLowSampleCountPercentile;
    if (v37 !== void 0) {
      if (!(typeof v37 === "string")) return false;
    }
  }
  {
    const v38 = x.Metrics;
    if (v38 !== void 0) {
      if (!Array.isArray(v38)) return false;
      for (let v40 = 0; v40 < v38.length; v40++) {
        const v39 = v38[v40];
        if (!d_CloudWatchAlarmSnsMetricDataQuery(v39)) return false;
      }
    }
  }
  return true;
}
function d_CloudWatchAlarmSnsDimension(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v28 = x.name;
    if (v28 === void 0) return false;
    if (!(typeof v28 === "string")) return false;
  }
  {
    const v29 = x.value;
    if (v29 === void 0) return false;
    if (!(typeof v29 === "string")) return false;
  }
  return true;
}
function d_CloudWatchAlarmSnsMetricDataQuery(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v41 = x.Id;
    if (v41 === void 0) return false;
    if (!(typeof v41 === "string")) return false;
  }
  {
    const v42 = x.Expression;
    if (v42 !== void 0) {
      if (!(typeof v42 === "string")) return false;
    }
  }
  {
    const v43 = x.Label;
    if (v43 !== void 0) {
      if (!(typeof v43 === "string")) return false;
    }
  }
  {
    const v44 = x.ReturnData;
    if (v44 !== void 0) {
      if (!(typeof v44 === "boolean")) return false;
    }
  }
  {
    const v45 = x.Period;
    if (v45 !== void 0) {
      if (!(typeof v45 === "number" && !(v45 % 1) && !isNaN(v45) && isFinite(v45))) return false;
    }
  }
  {
    const v46 = x.AccountId;
    if (v46 !== void 0) {
      if (!(typeof v46 === "string")) return false;
    }
  }
  {
    const v47 = x.MetricStat;
    if (v47 !== void 0) {
      if (!(v47 !== null && typeof v47 === "object" && !Array.isArray(v47))) return false;
      {
        const v48 = v47.Metric;
        if (v48 === void 0) return false;
        if (!(v48 !== null && typeof v48 === "object" && !Array.isArray(v48))) return false;
        {
          const v49 = v48.Dimensions;
          if (v49 !== void 0) {
            if (!Array.isArray(v49)) return false;
            for (let v51 = 0; v51 < v49.length; v51++) {
              const v50 = v49[v51];
              if (!d_CloudWatchAlarmSnsDimension(v50)) return false;
            }
          }
        }
        {
          const v52 = v48.MetricName;
          if (v52 !== void 0) {
            if (!(typeof v52 === "string")) return false;
          }
        }
        {
          const v53 = v48.Namespace;
          if (v53 !== void 0) {
            if (!(typeof v53 === "string")) return false;
          }
        }
      }
      {
        const v54 = v47.Period;
        if (v54 === void 0) return false;
        if (!(typeof v54 === "number" && !(v54 % 1) && !isNaN(v54) && isFinite(v54))) return false;
      }
      {
        const v55 = v47.Stat;
        if (v55 === void 0) return false;
        if (!(typeof v55 === "string")) return false;
      }
      {
        const v56 = v47.Unit;
        if (v56 !== void 0) {
          if (!(typeof v56 === "string" || v56 === null)) return false;
        }
      }
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.AlarmName;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.AlarmDescription;
    if (v1 !== void 0) {
      if (!(typeof v1 === "string" || v1 === null)) return false;
    }
  }
  {
    const v2 = x.AWSAccountId;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.AlarmConfigurationUpdatedTimestamp;
    if (v3 !== void 0) {
      if (!(typeof v3 === "string")) return false;
    }
  }
  {
    const v4 = x.NewStateValue;
    if (v4 === void 0) return false;
    if (!(v4 === "OK" || v4 === "ALARM" || v4 === "INSUFFICIENT_DATA")) return false;
  }
  {
    const v5 = x.NewStateReason;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.StateChangeTime;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.Region;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.AlarmArn;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.OldStateValue;
    if (v9 === void 0) return false;
    if (!(v9 === "OK" || v9 === "ALARM" || v9 === "INSUFFICIENT_DATA")) return false;
  }
  {
    const v10 = x.OKActions;
    if (v10 !== void 0) {
      if (!Array.isArray(v10)) return false;
      for (let v12 = 0; v12 < v10.length; v12++) {
        const v11 = v10[v12];
        if (!(typeof v11 === "string")) return false;
      }
    }
  }
  {
    const v13 = x.AlarmActions;
    if (v13 !== void 0) {
      if (!Array.isArray(v13)) return false;
      for (let v15 = 0; v15 < v13.length; v15++) {
        const v14 = v13[v15];
        if (!(typeof v14 === "string")) return false;
      }
    }
  }
  {
    const v16 = x.InsufficientDataActions;
    if (v16 !== void 0) {
      if (!Array.isArray(v16)) return false;
      for (let v18 = 0; v18 < v16.length; v18++) {
        const v17 = v16[v18];
        if (!(typeof v17 === "string")) return false;
      }
    }
  }
  {
    const v19 = x.Trigger;
    if (v19 !== void 0) {
      if (!d_CloudWatchAlarmSnsTrigger(v19)) return false;
    }
  }
  {
    const v57 = x.AlarmRule;
    if (v57 !== void 0) {
      if (!(typeof v57 === "string")) return false;
    }
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

// cloudwatch.alarm-sns-message.entry.ts
var validate = withStandardSchema(checked(check, cloudwatch_alarm_sns_message_standalone_default), "cloudwatch.alarm-sns-message");
export {
  validate as default,
  validate
};
