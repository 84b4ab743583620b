// Generated from schemas/cloudwatch/alarm-sns-message.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.alarm-sns-message.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cloudwatch.alarm-sns-message", "type": "object", "required": ["AlarmName", "AWSAccountId", "NewStateValue", "NewStateReason", "StateChangeTime", "Region", "AlarmArn", "OldStateValue"], "properties": { "AlarmName": { "type": "string" }, "AlarmDescription": { "type": ["string", "null"] }, "AWSAccountId": { "$ref": "#/$defs/AwsAccountId" }, "AlarmConfigurationUpdatedTimestamp": { "$ref": "#/$defs/CloudWatchAlarmTimestamp" }, "NewStateValue": { "$ref": "#/$defs/CloudWatchAlarmStateValue" }, "NewStateReason": { "type": "string" }, "StateChangeTime": { "$ref": "#/$defs/CloudWatchAlarmTimestamp" }, "Region": { "type": "string" }, "AlarmArn": { "$ref": "#/$defs/Arn" }, "OldStateValue": { "$ref": "#/$defs/CloudWatchAlarmStateValue" }, "OKActions": { "type": "array", "items": { "type": "string" } }, "AlarmActions": { "type": "array", "items": { "type": "string" } }, "InsufficientDataActions": { "type": "array", "items": { "type": "string" } }, "Trigger": { "$ref": "#/$defs/CloudWatchAlarmSnsTrigger" }, "AlarmRule": { "type": "string" } }, "$defs": { "Arn": { "type": "string", "pattern": "^arn:aws[a-z-]*:[\\s\\S]*$" }, "AwsAccountId": { "type": "string", "pattern": "^[0-9]{12}$" }, "CloudWatchAlarmSnsDimension": { "type": "object", "required": ["name", "value"], "properties": { "name": { "type": "string" }, "value": { "type": "string" } } }, "CloudWatchAlarmSnsMetricDataQuery": { "type": "object", "required": ["Id"], "properties": { "Id": { "type": "string" }, "Expression": { "type": "string" }, "Label": { "type": "string" }, "ReturnData": { "type": "boolean" }, "Period": { "type": "integer" }, "AccountId": { "type": "string" }, "MetricStat": { "type": "object", "required": ["Metric", "Period", "Stat"], "properties": { "Metric": { "type": "object", "properties": { "Dimensions": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsDimension" } }, "MetricName": { "type": "string" }, "Namespace": { "type": "string" } } }, "Period": { "type": "integer" }, "Stat": { "type": "string" }, "Unit": { "type": ["string", "null"] } } } } }, "CloudWatchAlarmSnsTrigger": { "type": "object", "required": ["EvaluationPeriods", "ComparisonOperator"], "properties": { "MetricName": { "type": "string" }, "Namespace": { "type": "string" }, "StatisticType": { "type": "string" }, "Statistic": { "type": "string" }, "Unit": { "type": ["string", "null"] }, "Dimensions": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsDimension" } }, "Period": { "type": "integer" }, "EvaluationPeriods": { "type": "integer" }, "DatapointsToAlarm": { "type": "integer" }, "ComparisonOperator": { "type": "string" }, "Threshold": { "type": "number" }, "ThresholdMetricId": { "type": "string" }, "TreatMissingData": { "type": "string" }, "EvaluateLowSampleCountPercentile": { "type": "string" }, "Metrics": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchAlarmSnsMetricDataQuery" } } } }, "CloudWatchAlarmStateValue": { "enum": ["OK", "ALARM", "INSUFFICIENT_DATA"] }, "CloudWatchAlarmTimestamp": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$" } } };
var schema34 = { "enum": ["OK", "ALARM", "INSUFFICIENT_DATA"] };
var pattern4 = new RegExp("^[0-9]{12}$", "u");
var pattern5 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$", "u");
var pattern7 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Id" }, message: "must have required property 'Id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Id !== void 0) {
      if (typeof data.Id !== "string") {
        const err1 = { instancePath: instancePath + "/Id", schemaPath: "#/properties/Id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.Expression !== void 0) {
      if (typeof data.Expression !== "string") {
        const err2 = { instancePath: instancePath + "/Expression", schemaPath: "#/properties/Expression/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Label !== void 0) {
      if (typeof data.Label !== "string") {
        const err3 = { instancePath: instancePath + "/Label", schemaPath: "#/properties/Label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.ReturnData !== void 0) {
      if (typeof data.ReturnData !== "boolean") {
        const err4 = { instancePath: instancePath + "/ReturnData", schemaPath: "#/properties/ReturnData/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.Period !== void 0) {
      let data4 = data.Period;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err5 = { instancePath: instancePath + "/Period", schemaPath: "#/properties/Period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.AccountId !== void 0) {
      if (typeof data.AccountId !== "string") {
        const err6 = { instancePath: instancePath + "/AccountId", schemaPath: "#/properties/AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.MetricStat !== void 0) {
      let data6 = data.MetricStat;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.Metric === void 0) {
          const err7 = { instancePath: instancePath + "/MetricStat", schemaPath: "#/properties/MetricStat/required", keyword: "required", params: { missingProperty: "Metric" }, message: "must have required property 'Metric'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data6.Period === void 0) {
          const err8 = { instancePath: instancePath + "/MetricStat", schemaPath: "#/properties/MetricStat/required", keyword: "required", params: { missingProperty: "Period" }, message: "must have required property 'Period'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data6.Stat === void 0) {
          const err9 = { instancePath: instancePath + "/MetricStat", schemaPath: "#/properties/MetricStat/required", keyword: "required", params: { missingProperty: "Stat" }, message: "must have required property 'Stat'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data6.Metric !== void 0) {
          let data7 = data6.Metric;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.Dimensions !== void 0) {
              let data8 = data7.Dimensions;
              if (Array.isArray(data8)) {
                const len0 = data8.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data9 = data8[i0];
                  if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    if (data9.name === void 0) {
                      const err10 = { instancePath: instancePath + "/MetricStat/Metric/Dimensions/" + i0, schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                    if (data9.value === void 0) {
                      const err11 = { instancePath: instancePath + "/MetricStat/Metric/Dimensions/" + i0, schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                    if (data9.name !== void 0) {
                      if (typeof data9.name !== "string") {
                        const err12 = { instancePath: instancePath + "/MetricStat/Metric/Dimensions/" + i0 + "/name", schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    }
                    if (data9.value !== void 0) {
                      if (typeof data9.value !== "string") {
                        const err13 = { instancePath: instancePath + "/MetricStat/Metric/Dimensions/" + i0 + "/value", schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/MetricStat/Metric/Dimensions/" + i0, schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/MetricStat/Metric/Dimensions", schemaPath: "#/properties/MetricStat/properties/Metric/properties/Dimensions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data7.MetricName !== void 0) {
              if (typeof data7.MetricName !== "string") {
                const err16 = { instancePath: instancePath + "/MetricStat/Metric/MetricName", schemaPath: "#/properties/MetricStat/properties/Metric/properties/MetricName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data7.Namespace !== void 0) {
              if (typeof data7.Namespace !== "string") {
                const err17 = { instancePath: instancePath + "/MetricStat/Metric/Namespace", schemaPath: "#/properties/MetricStat/properties/Metric/properties/Namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/MetricStat/Metric", schemaPath: "#/properties/MetricStat/properties/Metric/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data6.Period !== void 0) {
          let data14 = data6.Period;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err19 = { instancePath: instancePath + "/MetricStat/Period", schemaPath: "#/properties/MetricStat/properties/Period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.Stat !== void 0) {
          if (typeof data6.Stat !== "string") {
            const err20 = { instancePath: instancePath + "/MetricStat/Stat", schemaPath: "#/properties/MetricStat/properties/Stat/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data6.Unit !== void 0) {
          let data16 = data6.Unit;
          if (typeof data16 !== "string" && data16 !== null) {
            const err21 = { instancePath: instancePath + "/MetricStat/Unit", schemaPath: "#/properties/MetricStat/properties/Unit/type", keyword: "type", params: { type: schema40.properties.MetricStat.properties.Unit.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/MetricStat", schemaPath: "#/properties/MetricStat/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.EvaluationPeriods === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "EvaluationPeriods" }, message: "must have required property 'EvaluationPeriods'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.ComparisonOperator === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ComparisonOperator" }, message: "must have required property 'ComparisonOperator'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.MetricName !== void 0) {
      if (typeof data.MetricName !== "string") {
        const err2 = { instancePath: instancePath + "/MetricName", schemaPath: "#/properties/MetricName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Namespace !== void 0) {
      if (typeof data.Namespace !== "string") {
        const err3 = { instancePath: instancePath + "/Namespace", schemaPath: "#/properties/Namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.StatisticType !== void 0) {
      if (typeof data.StatisticType !== "string") {
        const err4 = { instancePath: instancePath + "/StatisticType", schemaPath: "#/properties/StatisticType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.Statistic !== void 0) {
      if (typeof data.Statistic !== "string") {
        const err5 = { instancePath: instancePath + "/Statistic", schemaPath: "#/properties/Statistic/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.Unit !== void 0) {
      let data4 = data.Unit;
      if (typeof data4 !== "string" && data4 !== null) {
        const err6 = { instancePath: instancePath + "/Unit", schemaPath: "#/properties/Unit/type", keyword: "type", params: { type: schema38.properties.Unit.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.Dimensions !== void 0) {
      let data5 = data.Dimensions;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.name === void 0) {
              const err7 = { instancePath: instancePath + "/Dimensions/" + i0, schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data6.value === void 0) {
              const err8 = { instancePath: instancePath + "/Dimensions/" + i0, schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data6.name !== void 0) {
              if (typeof data6.name !== "string") {
                const err9 = { instancePath: instancePath + "/Dimensions/" + i0 + "/name", schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data6.value !== void 0) {
              if (typeof data6.value !== "string") {
                const err10 = { instancePath: instancePath + "/Dimensions/" + i0 + "/value", schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/Dimensions/" + i0, schemaPath: "#/$defs/CloudWatchAlarmSnsDimension/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/Dimensions", schemaPath: "#/properties/Dimensions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.Period !== void 0) {
      let data9 = data.Period;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err13 = { instancePath: instancePath + "/Period", schemaPath: "#/properties/Period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.EvaluationPeriods !== void 0) {
      let data10 = data.EvaluationPeriods;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err14 = { instancePath: instancePath + "/EvaluationPeriods", schemaPath: "#/properties/EvaluationPeriods/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.DatapointsToAlarm !== void 0) {
      let data11 = data.DatapointsToAlarm;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
        const err15 = { instancePath: instancePath + "/DatapointsToAlarm", schemaPath: "#/properties/DatapointsToAlarm/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.ComparisonOperator !== void 0) {
      if (typeof data.ComparisonOperator !== "string") {
        const err16 = { instancePath: instancePath + "/ComparisonOperator", schemaPath: "#/properties/ComparisonOperator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.Threshold !== void 0) {
      let data13 = data.Threshold;
      if (!(typeof data13 == "number" && isFinite(data13))) {
        const err17 = { instancePath: instancePath + "/Threshold", schemaPath: "#/properties/Threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.ThresholdMetricId !== void 0) {
      if (typeof data.ThresholdMetricId !== "string") {
        const err18 = { instancePath: instancePath + "/ThresholdMetricId", schemaPath: "#/properties/ThresholdMetricId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.TreatMissingData !== void 0) {
      if (typeof data.TreatMissingData !== "string") {
        const err19 = { instancePath: instancePath + "/TreatMissingData", schemaPath: "#/properties/TreatMissingData/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.EvaluateLowSampleCountPercentile !== void 0) {
      if (typeof data.EvaluateLowSampleCountPercentile !== "string") {
        const err20 = { instancePath: instancePath + "/EvaluateLowSampleCountPercentile", schemaPath: "#/properties/EvaluateLowSampleCountPercentile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.Metrics !== void 0) {
      let data17 = data.Metrics;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate22(data17[i1], { instancePath: instancePath + "/Metrics/" + i1, parentData: data17, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/Metrics", schemaPath: "#/properties/Metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.AlarmName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AlarmName" }, message: "must have required property 'AlarmName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.AWSAccountId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AWSAccountId" }, message: "must have required property 'AWSAccountId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.NewStateValue === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "NewStateValue" }, message: "must have required property 'NewStateValue'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.NewStateReason === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "NewStateReason" }, message: "must have required property 'NewStateReason'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.StateChangeTime === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "StateChangeTime" }, message: "must have required property 'StateChangeTime'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.Region === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Region" }, message: "must have required property 'Region'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.AlarmArn === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "AlarmArn" }, message: "must have required property 'AlarmArn'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.OldStateValue === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "OldStateValue" }, message: "must have required property 'OldStateValue'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.AlarmName !== void 0) {
      if (typeof data.AlarmName !== "string") {
        const err8 = { instancePath: instancePath + "/AlarmName", schemaPath: "#/properties/AlarmName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.AlarmDescription !== void 0) {
      let data1 = data.AlarmDescription;
      if (typeof data1 !== "string" && data1 !== null) {
        const err9 = { instancePath: instancePath + "/AlarmDescription", schemaPath: "#/properties/AlarmDescription/type", keyword: "type", params: { type: schema31.properties.AlarmDescription.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.AWSAccountId !== void 0) {
      let data2 = data.AWSAccountId;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err10 = { instancePath: instancePath + "/AWSAccountId", schemaPath: "#/$defs/AwsAccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/AWSAccountId", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.AlarmConfigurationUpdatedTimestamp !== void 0) {
      let data3 = data.AlarmConfigurationUpdatedTimestamp;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err12 = { instancePath: instancePath + "/AlarmConfigurationUpdatedTimestamp", schemaPath: "#/$defs/CloudWatchAlarmTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/AlarmConfigurationUpdatedTimestamp", schemaPath: "#/$defs/CloudWatchAlarmTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.NewStateValue !== void 0) {
      let data4 = data.NewStateValue;
      if (!(data4 === "OK" || data4 === "ALARM" || data4 === "INSUFFICIENT_DATA")) {
        const err14 = { instancePath: instancePath + "/NewStateValue", schemaPath: "#/$defs/CloudWatchAlarmStateValue/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.NewStateReason !== void 0) {
      if (typeof data.NewStateReason !== "string") {
        const err15 = { instancePath: instancePath + "/NewStateReason", schemaPath: "#/properties/NewStateReason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.StateChangeTime !== void 0) {
      let data6 = data.StateChangeTime;
      if (typeof data6 === "string") {
        if (!pattern5.test(data6)) {
          const err16 = { instancePath: instancePath + "/StateChangeTime", schemaPath: "#/$defs/CloudWatchAlarmTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/StateChangeTime", schemaPath: "#/$defs/CloudWatchAlarmTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.Region !== void 0) {
      if (typeof data.Region !== "string") {
        const err18 = { instancePath: instancePath + "/Region", schemaPath: "#/properties/Region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.AlarmArn !== void 0) {
      let data8 = data.AlarmArn;
      if (typeof data8 === "string") {
        if (!pattern7.test(data8)) {
          const err19 = { instancePath: instancePath + "/AlarmArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/AlarmArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.OldStateValue !== void 0) {
      let data9 = data.OldStateValue;
      if (!(data9 === "OK" || data9 === "ALARM" || data9 === "INSUFFICIENT_DATA")) {
        const err21 = { instancePath: instancePath + "/OldStateValue", schemaPath: "#/$defs/CloudWatchAlarmStateValue/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.OKActions !== void 0) {
      let data10 = data.OKActions;
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data10[i0] !== "string") {
            const err22 = { instancePath: instancePath + "/OKActions/" + i0, schemaPath: "#/properties/OKActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/OKActions", schemaPath: "#/properties/OKActions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.AlarmActions !== void 0) {
      let data12 = data.AlarmActions;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data12[i1] !== "string") {
            const err24 = { instancePath: instancePath + "/AlarmActions/" + i1, schemaPath: "#/properties/AlarmActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/AlarmActions", schemaPath: "#/properties/AlarmActions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.InsufficientDataActions !== void 0) {
      let data14 = data.InsufficientDataActions;
      if (Array.isArray(data14)) {
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data14[i2] !== "string") {
            const err26 = { instancePath: instancePath + "/InsufficientDataActions/" + i2, schemaPath: "#/properties/InsufficientDataActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/InsufficientDataActions", schemaPath: "#/properties/InsufficientDataActions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.Trigger !== void 0) {
      if (!validate21(data.Trigger, { instancePath: instancePath + "/Trigger", parentData: data, parentDataProperty: "Trigger", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.AlarmRule !== void 0) {
      if (typeof data.AlarmRule !== "string") {
        const err28 = { instancePath: instancePath + "/AlarmRule", schemaPath: "#/properties/AlarmRule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "AlarmName": true, "AlarmDescription": true, "AWSAccountId": true, "AlarmConfigurationUpdatedTimestamp": true, "NewStateValue": true, "NewStateReason": true, "StateChangeTime": true, "Region": true, "AlarmArn": true, "OldStateValue": true, "OKActions": true, "AlarmActions": true, "InsufficientDataActions": true, "Trigger": true, "AlarmRule": true }, "dynamicProps": false, "dynamicItems": false };

// cloudwatch.alarm-sns-message.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
