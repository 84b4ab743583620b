// Generated from schemas/cloudwatch/alarm-sns-message.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.alarm-sns-message.standalone.js
var cloudwatch_alarm_sns_message_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cloudwatch.alarm-sns-message", "type": "object", "required": ["AlarmName", "AWSAccountId", "NewStateValue", "NewStateReason", "StateChangeTime", "Region", "AlarmArn", "OldStateValue"], "properties": { "AlarmName": { "type": "string" }, "AlarmDescription": { "type": ["string", "null"] }, "AWSAccountId": { "$ref": "#/$defs/AwsAccountId" }, "AlarmConfigurationUpdatedTimestamp": { "$ref": "#/$defs/CloudWatchAlarmTimestamp" }, "NewStateValue": { "$ref": "#/$defs/CloudWatchAlarmStateValue" }, "NewStateReason": { "type": "string" }, "StateChangeTime": { "$ref": "#/$defs/CloudWatchAlarmTimestamp" }, "Region": { "type": "string" }, "AlarmArn": { "$ref": "#/$defs/Arn" }, "OldStateValue": { "$ref": "#/$defs/CloudWatchAlarmStateValue" }, "OKActions": { "type": "array", "items": { "type": "string" } }, "AlarmActions": { "type": "array", "items": { "type": "string" } }, "InsufficientDataActions": { "type": "array", "items": { "type": "string" } }, "Trigger": { "$ref": "#/$defs/CloudWatchAlarmSnsTrigger" }, "AlarmRule": { "type": "string" } }, "$defs": { "Arn": { "type": "string" }, "AwsAccountId": { "type": "string" }, "CloudWatchAlarmSnsDimension": { "type": "object", "required": ["name", "value"], "properties": { "name": { "type": "string" }, "value": { "type": "string" } } }, "CloudWatchAlarmSnsMetricDataQuery": { "type": "object", "required": ["Id"], "properties": { "Id": { "type": "string" }, "Expression": { "type": "string" }, "Label": { "type": "string" }, "ReturnData": { "type": "boolean" }, "Period": { "type": "integer" }, "AccountId": { "type": "string" }, "MetricStat": { "type": "object", "required": ["Metric", "Period", "Stat"], "properties": { "Metric": { "type": "object", "properties": { "Dimensions": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsDimension" } }, "MetricName": { "type": "string" }, "Namespace": { "type": "string" } } }, "Period": { "type": "integer" }, "Stat": { "type": "string" }, "Unit": { "type": ["string", "null"] } } } } }, "CloudWatchAlarmSnsTrigger": { "type": "object", "required": ["EvaluationPeriods", "ComparisonOperator"], "properties": { "MetricName": { "type": "string" }, "Namespace": { "type": "string" }, "StatisticType": { "type": "string" }, "Statistic": { "type": "string" }, "Unit": { "type": ["string", "null"] }, "Dimensions": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsDimension" } }, "Period": { "type": "integer" }, "EvaluationPeriods": { "type": "integer" }, "DatapointsToAlarm": { "type": "integer" }, "ComparisonOperator": { "type": "string" }, "Threshold": { "type": "number" }, "ThresholdMetricId": { "type": "string" }, "TreatMissingData": { "type": "string" }, "EvaluateLowSampleCountPercentile": { "type": "string" }, "Metrics": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsMetricDataQuery" } } } }, "CloudWatchAlarmStateValue": { "enum": ["OK", "ALARM", "INSUFFICIENT_DATA"] }, "CloudWatchAlarmTimestamp": { "type": "string" } } };
var schema34 = { "enum": ["OK", "ALARM", "INSUFFICIENT_DATA"] };
var schema38 = { "type": "object", "required": ["EvaluationPeriods", "ComparisonOperator"], "properties": { "MetricName": { "type": "string" }, "Namespace": { "type": "string" }, "StatisticType": { "type": "string" }, "Statistic": { "type": "string" }, "Unit": { "type": ["string", "null"] }, "Dimensions": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsDimension" } }, "Period": { "type": "integer" }, "EvaluationPeriods": { "type": "integer" }, "DatapointsToAlarm": { "type": "integer" }, "ComparisonOperator": { "type": "string" }, "Threshold": { "type": "number" }, "ThresholdMetricId": { "type": "string" }, "TreatMissingData": { "type": "string" }, "EvaluateLowSampleCountPercentile": { "type": "string" }, "Metrics": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsMetricDataQuery" } } } };
var schema40 = { "type": "object", "required": ["Id"], "properties": { "Id": { "type": "string" }, "Expression": { "type": "string" }, "Label": { "type": "string" }, "ReturnData": { "type": "boolean" }, "Period": { "type": "integer" }, "AccountId": { "type": "string" }, "MetricStat": { "type": "object", "required": ["Metric", "Period", "Stat"], "properties": { "Metric": { "type": "object", "properties": { "Dimensions": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsDimension" } }, "MetricName": { "type": "string" }, "Namespace": { "type": "string" } } }, "Period": { "type": "integer" }, "Stat": { "type": "string" }, "Unit": { "type": ["string", "null"] } } } } };
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
      if (data.Id === void 0 && (missing0 = "Id")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Id !== void 0) {
          const _errs1 = errors;
          if (typeof data.Id !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate22.errors = [{ instancePath: instancePath + "/Expression", schemaPath: "#/properties/Expression/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate22.errors = [{ instancePath: instancePath + "/Label", schemaPath: "#/properties/Label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate22.errors = [{ instancePath: instancePath + "/ReturnData", schemaPath: "#/properties/ReturnData/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
                    validate22.errors = [{ instancePath: instancePath + "/Period", schemaPath: "#/properties/Period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
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
                      validate22.errors = [{ instancePath: instancePath + "/AccountId", schemaPath: "#/properties/AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            validate22.errors = [{ instancePath: instancePath + "/MetricStat", schemaPath: "#/properties/MetricStat/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
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
                                          let data9 = data8[i0];
                                          const _errs19 = errors;
                                          const _errs20 = errors;
                                          if (errors === _errs20) {
                                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                              let missing2;
                                              if (data9.name === void 0 && (missing2 = "name") || data9.value === void 0 && (missing2 = "value")) {
                                                validate22.errors = [{ instancePath: instancePath + "/MetricStat/Metric/Dimensions/" + i0, schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                return false;
                                              } else {
                                                if (data9.name !== void 0) {
                                                  const _errs22 = errors;
                                                  if (typeof data9.name !== "string") {
                                                    validate22.errors = [{ instancePath: instancePath + "/MetricStat/Metric/Dimensions/" + i0 + "/name", schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid5 = _errs22 === errors;
                                                } else {
                                                  var valid5 = true;
                                                }
                                                if (valid5) {
                                                  if (data9.value !== void 0) {
                                                    const _errs24 = errors;
                                                    if (typeof data9.value !== "string") {
                                                      validate22.errors = [{ instancePath: instancePath + "/MetricStat/Metric/Dimensions/" + i0 + "/value", schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid5 = _errs24 === errors;
                                                  } else {
                                                    var valid5 = true;
                                                  }
                                                }
                                              }
                                            } else {
                                              validate22.errors = [{ instancePath: instancePath + "/MetricStat/Metric/Dimensions/" + i0, schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid3 = _errs19 === errors;
                                          if (!valid3) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate22.errors = [{ instancePath: instancePath + "/MetricStat/Metric/Dimensions", schemaPath: "#/properties/MetricStat/properties/Metric/properties/Dimensions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs17 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data7.MetricName !== void 0) {
                                      const _errs26 = errors;
                                      if (typeof data7.MetricName !== "string") {
                                        validate22.errors = [{ instancePath: instancePath + "/MetricStat/Metric/MetricName", schemaPath: "#/properties/MetricStat/properties/Metric/properties/MetricName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid2 = _errs26 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data7.Namespace !== void 0) {
                                        const _errs28 = errors;
                                        if (typeof data7.Namespace !== "string") {
                                          validate22.errors = [{ instancePath: instancePath + "/MetricStat/Metric/Namespace", schemaPath: "#/properties/MetricStat/properties/Metric/properties/Namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid2 = _errs28 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                } else {
                                  validate22.errors = [{ instancePath: instancePath + "/MetricStat/Metric", schemaPath: "#/properties/MetricStat/properties/Metric/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs15 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data6.Period !== void 0) {
                                let data14 = data6.Period;
                                const _errs30 = errors;
                                if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                                  validate22.errors = [{ instancePath: instancePath + "/MetricStat/Period", schemaPath: "#/properties/MetricStat/properties/Period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                var valid1 = _errs30 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data6.Stat !== void 0) {
                                  const _errs32 = errors;
                                  if (typeof data6.Stat !== "string") {
                                    validate22.errors = [{ instancePath: instancePath + "/MetricStat/Stat", schemaPath: "#/properties/MetricStat/properties/Stat/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid1 = _errs32 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data6.Unit !== void 0) {
                                    let data16 = data6.Unit;
                                    const _errs34 = errors;
                                    if (typeof data16 !== "string" && data16 !== null) {
                                      validate22.errors = [{ instancePath: instancePath + "/MetricStat/Unit", schemaPath: "#/properties/MetricStat/properties/Unit/type", keyword: "type", params: { type: schema40.properties.MetricStat.properties.Unit.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    var valid1 = _errs34 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate22.errors = [{ instancePath: instancePath + "/MetricStat", schemaPath: "#/properties/MetricStat/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "Id": true, "Expression": true, "Label": true, "ReturnData": true, "Period": true, "AccountId": true, "MetricStat": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.EvaluationPeriods === void 0 && (missing0 = "EvaluationPeriods") || data.ComparisonOperator === void 0 && (missing0 = "ComparisonOperator")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.MetricName !== void 0) {
          const _errs1 = errors;
          if (typeof data.MetricName !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/MetricName", schemaPath: "#/properties/MetricName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate21.errors = [{ instancePath: instancePath + "/Namespace", schemaPath: "#/properties/Namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate21.errors = [{ instancePath: instancePath + "/StatisticType", schemaPath: "#/properties/StatisticType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate21.errors = [{ instancePath: instancePath + "/Statistic", schemaPath: "#/properties/Statistic/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate21.errors = [{ instancePath: instancePath + "/Unit", schemaPath: "#/properties/Unit/type", keyword: "type", params: { type: schema38.properties.Unit.type }, message: "must be string,null" }];
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
                          let data6 = data5[i0];
                          const _errs13 = errors;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                              let missing1;
                              if (data6.name === void 0 && (missing1 = "name") || data6.value === void 0 && (missing1 = "value")) {
                                validate21.errors = [{ instancePath: instancePath + "/Dimensions/" + i0, schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                return false;
                              } else {
                                if (data6.name !== void 0) {
                                  const _errs16 = errors;
                                  if (typeof data6.name !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/Dimensions/" + i0 + "/name", schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs16 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data6.value !== void 0) {
                                    const _errs18 = errors;
                                    if (typeof data6.value !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/Dimensions/" + i0 + "/value", schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid3 = _errs18 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                }
                              }
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/Dimensions/" + i0, schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid1 = _errs13 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/Dimensions", schemaPath: "#/properties/Dimensions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.Period !== void 0) {
                      let data9 = data.Period;
                      const _errs20 = errors;
                      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                        validate21.errors = [{ instancePath: instancePath + "/Period", schemaPath: "#/properties/Period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      var valid0 = _errs20 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.EvaluationPeriods !== void 0) {
                        let data10 = data.EvaluationPeriods;
                        const _errs22 = errors;
                        if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                          validate21.errors = [{ instancePath: instancePath + "/EvaluationPeriods", schemaPath: "#/properties/EvaluationPeriods/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        var valid0 = _errs22 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.DatapointsToAlarm !== void 0) {
                          let data11 = data.DatapointsToAlarm;
                          const _errs24 = errors;
                          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                            validate21.errors = [{ instancePath: instancePath + "/DatapointsToAlarm", schemaPath: "#/properties/DatapointsToAlarm/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          var valid0 = _errs24 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.ComparisonOperator !== void 0) {
                            const _errs26 = errors;
                            if (typeof data.ComparisonOperator !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/ComparisonOperator", schemaPath: "#/properties/ComparisonOperator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs26 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.Threshold !== void 0) {
                              let data13 = data.Threshold;
                              const _errs28 = errors;
                              if (!(typeof data13 == "number" && isFinite(data13))) {
                                validate21.errors = [{ instancePath: instancePath + "/Threshold", schemaPath: "#/properties/Threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                              var valid0 = _errs28 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.ThresholdMetricId !== void 0) {
                                const _errs30 = errors;
                                if (typeof data.ThresholdMetricId !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/ThresholdMetricId", schemaPath: "#/properties/ThresholdMetricId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid0 = _errs30 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.TreatMissingData !== void 0) {
                                  const _errs32 = errors;
                                  if (typeof data.TreatMissingData !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/TreatMissingData", schemaPath: "#/properties/TreatMissingData/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs32 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.EvaluateLowSampleCountPercentile !== void 0) {
                                    const _errs34 = errors;
                                    if (typeof data.EvaluateLowSampleCountPercentile !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/EvaluateLowSampleCountPercentile", schemaPath: "#/properties/EvaluateLowSampleCountPercentile/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs34 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.Metrics !== void 0) {
                                      let data17 = data.Metrics;
                                      const _errs36 = errors;
                                      if (errors === _errs36) {
                                        if (Array.isArray(data17)) {
                                          var valid4 = true;
                                          const len1 = data17.length;
                                          for (let i1 = 0; i1 < len1; i1++) {
                                            const _errs38 = errors;
                                            if (!validate22(data17[i1], { instancePath: instancePath + "/Metrics/" + i1, parentData: data17, parentDataProperty: i1, rootData, dynamicAnchors })) {
                                              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid4 = _errs38 === errors;
                                            if (!valid4) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate21.errors = [{ instancePath: instancePath + "/Metrics", schemaPath: "#/properties/Metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs36 === errors;
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
validate21.evaluated = { "props": { "MetricName": true, "Namespace": true, "StatisticType": true, "Statistic": true, "Unit": true, "Dimensions": true, "Period": true, "EvaluationPeriods": true, "DatapointsToAlarm": true, "ComparisonOperator": true, "Threshold": true, "ThresholdMetricId": true, "TreatMissingData": true, "EvaluateLowSampleCountPercentile": true, "Metrics": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.AlarmName === void 0 && (missing0 = "AlarmName") || data.AWSAccountId === void 0 && (missing0 = "AWSAccountId") || data.NewStateValue === void 0 && (missing0 = "NewStateValue") || data.NewStateReason === void 0 && (missing0 = "NewStateReason") || data.StateChangeTime === void 0 && (missing0 = "StateChangeTime") || data.Region === void 0 && (missing0 = "Region") || data.AlarmArn === void 0 && (missing0 = "AlarmArn") || data.OldStateValue === void 0 && (missing0 = "OldStateValue")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.AlarmName !== void 0) {
          const _errs1 = errors;
          if (typeof data.AlarmName !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/AlarmName", schemaPath: "#/properties/AlarmName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate20.errors = [{ instancePath: instancePath + "/AlarmDescription", schemaPath: "#/properties/AlarmDescription/type", keyword: "type", params: { type: schema31.properties.AlarmDescription.type }, message: "must be string,null" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.AWSAccountId !== void 0) {
              const _errs5 = errors;
              if (typeof data.AWSAccountId !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/AWSAccountId", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.AlarmConfigurationUpdatedTimestamp !== void 0) {
                const _errs8 = errors;
                if (typeof data.AlarmConfigurationUpdatedTimestamp !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/AlarmConfigurationUpdatedTimestamp", schemaPath: "#/$defs/CloudWatchAlarmTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.NewStateValue !== void 0) {
                  let data4 = data.NewStateValue;
                  const _errs11 = errors;
                  if (!(data4 === "OK" || data4 === "ALARM" || data4 === "INSUFFICIENT_DATA")) {
                    validate20.errors = [{ instancePath: instancePath + "/NewStateValue", schemaPath: "#/$defs/CloudWatchAlarmStateValue/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.NewStateReason !== void 0) {
                    const _errs13 = errors;
                    if (typeof data.NewStateReason !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/NewStateReason", schemaPath: "#/properties/NewStateReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.StateChangeTime !== void 0) {
                      const _errs15 = errors;
                      if (typeof data.StateChangeTime !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/StateChangeTime", schemaPath: "#/$defs/CloudWatchAlarmTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs15 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.Region !== void 0) {
                        const _errs18 = errors;
                        if (typeof data.Region !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/Region", schemaPath: "#/properties/Region/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs18 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.AlarmArn !== void 0) {
                          const _errs20 = errors;
                          if (typeof data.AlarmArn !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/AlarmArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.OldStateValue !== void 0) {
                            let data9 = data.OldStateValue;
                            const _errs23 = errors;
                            if (!(data9 === "OK" || data9 === "ALARM" || data9 === "INSUFFICIENT_DATA")) {
                              validate20.errors = [{ instancePath: instancePath + "/OldStateValue", schemaPath: "#/$defs/CloudWatchAlarmStateValue/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid0 = _errs23 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.OKActions !== void 0) {
                              let data10 = data.OKActions;
                              const _errs25 = errors;
                              if (errors === _errs25) {
                                if (Array.isArray(data10)) {
                                  var valid7 = true;
                                  const len0 = data10.length;
                                  for (let i0 = 0; i0 < len0; i0++) {
                                    const _errs27 = errors;
                                    if (typeof data10[i0] !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/OKActions/" + i0, schemaPath: "#/properties/OKActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid7 = _errs27 === errors;
                                    if (!valid7) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/OKActions", schemaPath: "#/properties/OKActions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs25 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.AlarmActions !== void 0) {
                                let data12 = data.AlarmActions;
                                const _errs29 = errors;
                                if (errors === _errs29) {
                                  if (Array.isArray(data12)) {
                                    var valid8 = true;
                                    const len1 = data12.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                      const _errs31 = errors;
                                      if (typeof data12[i1] !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/AlarmActions/" + i1, schemaPath: "#/properties/AlarmActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid8 = _errs31 === errors;
                                      if (!valid8) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/AlarmActions", schemaPath: "#/properties/AlarmActions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs29 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.InsufficientDataActions !== void 0) {
                                  let data14 = data.InsufficientDataActions;
                                  const _errs33 = errors;
                                  if (errors === _errs33) {
                                    if (Array.isArray(data14)) {
                                      var valid9 = true;
                                      const len2 = data14.length;
                                      for (let i2 = 0; i2 < len2; i2++) {
                                        const _errs35 = errors;
                                        if (typeof data14[i2] !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/InsufficientDataActions/" + i2, schemaPath: "#/properties/InsufficientDataActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid9 = _errs35 === errors;
                                        if (!valid9) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/InsufficientDataActions", schemaPath: "#/properties/InsufficientDataActions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs33 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.Trigger !== void 0) {
                                    const _errs37 = errors;
                                    if (!validate21(data.Trigger, { instancePath: instancePath + "/Trigger", parentData: data, parentDataProperty: "Trigger", rootData, dynamicAnchors })) {
                                      vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs37 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.AlarmRule !== void 0) {
                                      const _errs38 = errors;
                                      if (typeof data.AlarmRule !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/AlarmRule", schemaPath: "#/properties/AlarmRule/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs38 === errors;
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "AlarmName": true, "AlarmDescription": true, "AWSAccountId": true, "AlarmConfigurationUpdatedTimestamp": true, "NewStateValue": true, "NewStateReason": true, "StateChangeTime": true, "Region": true, "AlarmArn": true, "OldStateValue": true, "OKActions": true, "AlarmActions": true, "InsufficientDataActions": true, "Trigger": true, "AlarmRule": true }, "dynamicProps": false, "dynamicItems": false };

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

// cloudwatch.alarm-sns-message.entry.ts
withStandardSchema(cloudwatch_alarm_sns_message_standalone_default, "cloudwatch.alarm-sns-message");
export {
  cloudwatch_alarm_sns_message_standalone_default as default,
  cloudwatch_alarm_sns_message_standalone_default as validate
};
