// Generated from schemas/cloudwatch/alarm.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.alarm.strict.standalone.js
var cloudwatch_alarm_strict_standalone_default = validate21;
var pattern0 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate22.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
        return false;
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var pattern1 = new RegExp("^[0-9]{12}$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern1.test(data)) {
        validate24.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' }];
        return false;
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var pattern2 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$", "u");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern2.test(data)) {
        validate26.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$"' }];
        return false;
      }
    } else {
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var pattern3 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern3.test(data)) {
        validate28.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
        return false;
      }
    } else {
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var schema13 = { "enum": ["OK", "ALARM", "INSUFFICIENT_DATA"] };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "OK" || data === "ALARM" || data === "INSUFFICIENT_DATA")) {
    validate32.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.value === void 0 && (missing0 = "value") || data.reason === void 0 && (missing0 = "reason") || data.timestamp === void 0 && (missing0 = "timestamp")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.value !== void 0) {
          const _errs1 = errors;
          if (!validate32(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.reason !== void 0) {
            const _errs2 = errors;
            if (typeof data.reason !== "string") {
              validate31.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.reasonData !== void 0) {
              const _errs4 = errors;
              if (typeof data.reasonData !== "string") {
                validate31.errors = [{ instancePath: instancePath + "/reasonData", schemaPath: "#/properties/reasonData/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.timestamp !== void 0) {
                const _errs6 = errors;
                if (!validate26(data.timestamp, { instancePath: instancePath + "/timestamp", parentData: data, parentDataProperty: "timestamp", rootData })) {
                  vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.actionsSuppressedBy !== void 0) {
                  const _errs7 = errors;
                  if (typeof data.actionsSuppressedBy !== "string") {
                    validate31.errors = [{ instancePath: instancePath + "/actionsSuppressedBy", schemaPath: "#/properties/actionsSuppressedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.actionsSuppressedReason !== void 0) {
                    const _errs9 = errors;
                    if (typeof data.actionsSuppressedReason !== "string") {
                      validate31.errors = [{ instancePath: instancePath + "/actionsSuppressedReason", schemaPath: "#/properties/actionsSuppressedReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
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
      }
    } else {
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.metric === void 0 && (missing0 = "metric") || data.period === void 0 && (missing0 = "period") || data.stat === void 0 && (missing0 = "stat")) {
        validate39.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.metric !== void 0) {
          let data0 = data.metric;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.namespace === void 0 && (missing1 = "namespace") || data0.name === void 0 && (missing1 = "name")) {
                validate39.errors = [{ instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.namespace !== void 0) {
                  const _errs3 = errors;
                  if (typeof data0.namespace !== "string") {
                    validate39.errors = [{ instancePath: instancePath + "/metric/namespace", schemaPath: "#/properties/metric/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.name !== void 0) {
                    const _errs5 = errors;
                    if (typeof data0.name !== "string") {
                      validate39.errors = [{ instancePath: instancePath + "/metric/name", schemaPath: "#/properties/metric/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.dimensions !== void 0) {
                      let data3 = data0.dimensions;
                      const _errs7 = errors;
                      if (errors === _errs7) {
                        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                          for (const key0 in data3) {
                            const _errs10 = errors;
                            if (typeof data3[key0] !== "string") {
                              validate39.errors = [{ instancePath: instancePath + "/metric/dimensions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metric/properties/dimensions/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs10 === errors;
                            if (!valid2) {
                              break;
                            }
                          }
                        } else {
                          validate39.errors = [{ instancePath: instancePath + "/metric/dimensions", schemaPath: "#/properties/metric/properties/dimensions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid1 = _errs7 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            } else {
              validate39.errors = [{ instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.period !== void 0) {
            let data5 = data.period;
            const _errs12 = errors;
            if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
              validate39.errors = [{ instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            var valid0 = _errs12 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.stat !== void 0) {
              const _errs14 = errors;
              if (typeof data.stat !== "string") {
                validate39.errors = [{ instancePath: instancePath + "/stat", schemaPath: "#/properties/stat/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs14 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.unit !== void 0) {
                const _errs16 = errors;
                if (typeof data.unit !== "string") {
                  validate39.errors = [{ instancePath: instancePath + "/unit", schemaPath: "#/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs16 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id")) {
        validate38.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          const _errs1 = errors;
          if (typeof data.id !== "string") {
            validate38.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.metricStat !== void 0) {
            const _errs3 = errors;
            if (!validate39(data.metricStat, { instancePath: instancePath + "/metricStat", parentData: data, parentDataProperty: "metricStat", rootData })) {
              vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.expression !== void 0) {
              const _errs4 = errors;
              if (typeof data.expression !== "string") {
                validate38.errors = [{ instancePath: instancePath + "/expression", schemaPath: "#/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.label !== void 0) {
                const _errs6 = errors;
                if (typeof data.label !== "string") {
                  validate38.errors = [{ instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.returnData !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.returnData !== "boolean") {
                    validate38.errors = [{ instancePath: instancePath + "/returnData", schemaPath: "#/properties/returnData/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.period !== void 0) {
                    let data5 = data.period;
                    const _errs10 = errors;
                    if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                      validate38.errors = [{ instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.accountId !== void 0) {
                      const _errs12 = errors;
                      if (typeof data.accountId !== "string") {
                        validate38.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      }
    } else {
      validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
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
  if (!valid0) {
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
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate37.errors = vErrors;
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
      if (data.description !== void 0) {
        const _errs4 = errors;
        if (typeof data.description !== "string") {
          validate37.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                if (!validate38(data1[i0], { instancePath: instancePath + "/metrics/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                  errors = vErrors.length;
                }
                var valid2 = _errs8 === errors;
                if (!valid2) {
                  break;
                }
              }
            } else {
              validate37.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
              validate37.errors = [{ instancePath: instancePath + "/alarmRule", schemaPath: "#/properties/alarmRule/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate37.errors = [{ instancePath: instancePath + "/actionsSuppressor", schemaPath: "#/properties/actionsSuppressor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate37.errors = [{ instancePath: instancePath + "/actionsSuppressorWaitPeriod", schemaPath: "#/properties/actionsSuppressorWaitPeriod/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
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
                    validate37.errors = [{ instancePath: instancePath + "/actionsSuppressorExtensionPeriod", schemaPath: "#/properties/actionsSuppressorExtensionPeriod/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
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
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.alarmName === void 0 && (missing0 = "alarmName") || data.state === void 0 && (missing0 = "state") || data.previousState === void 0 && (missing0 = "previousState") || data.configuration === void 0 && (missing0 = "configuration")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.alarmName !== void 0) {
          const _errs1 = errors;
          if (typeof data.alarmName !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/alarmName", schemaPath: "#/properties/alarmName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.state !== void 0) {
            const _errs3 = errors;
            if (!validate31(data.state, { instancePath: instancePath + "/state", parentData: data, parentDataProperty: "state", rootData })) {
              vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.previousState !== void 0) {
              const _errs4 = errors;
              if (!validate31(data.previousState, { instancePath: instancePath + "/previousState", parentData: data, parentDataProperty: "previousState", rootData })) {
                vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.configuration !== void 0) {
                const _errs5 = errors;
                if (!validate37(data.configuration, { instancePath: instancePath + "/configuration", parentData: data, parentDataProperty: "configuration", rootData })) {
                  vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.source === void 0 && (missing0 = "source") || data.alarmArn === void 0 && (missing0 = "alarmArn") || data.accountId === void 0 && (missing0 = "accountId") || data.time === void 0 && (missing0 = "time") || data.region === void 0 && (missing0 = "region") || data.alarmData === void 0 && (missing0 = "alarmData")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.source !== void 0) {
          const _errs1 = errors;
          if ("aws.cloudwatch" !== data.source) {
            validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/const", keyword: "const", params: { allowedValue: "aws.cloudwatch" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.alarmArn !== void 0) {
            const _errs2 = errors;
            if (!validate22(data.alarmArn, { instancePath: instancePath + "/alarmArn", parentData: data, parentDataProperty: "alarmArn", rootData })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.accountId !== void 0) {
              const _errs3 = errors;
              if (!validate24(data.accountId, { instancePath: instancePath + "/accountId", parentData: data, parentDataProperty: "accountId", rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.time !== void 0) {
                const _errs4 = errors;
                if (!validate26(data.time, { instancePath: instancePath + "/time", parentData: data, parentDataProperty: "time", rootData })) {
                  vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.region !== void 0) {
                  const _errs5 = errors;
                  if (!validate28(data.region, { instancePath: instancePath + "/region", parentData: data, parentDataProperty: "region", rootData })) {
                    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.alarmData !== void 0) {
                    const _errs6 = errors;
                    if (!validate30(data.alarmData, { instancePath: instancePath + "/alarmData", parentData: data, parentDataProperty: "alarmData", rootData })) {
                      vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:cloudwatch.alarm.strict.check.js
function p0(s) {
  let i = 0;
  let c;
  c = s.charCodeAt(i);
  if (!(c === 97)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 114)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 110)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 58)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 97)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 119)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 115)) return false;
  i++;
  {
    const start = i;
    while (i < s.length) {
      c = s.charCodeAt(i);
      if (!(c >= 97 && c <= 122 || c === 45)) break;
      i++;
    }
  }
  c = s.charCodeAt(i);
  if (!(c === 58)) return false;
  i++;
  return true;
}
function p1(s) {
  let i = 0;
  let c;
  for (let n = 0; n < 12; n++) {
    c = s.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return false;
    i++;
  }
  return i === s.length;
}
var p2 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$", "u");
var p3 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function d_CloudWatchAlarmData(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v6 = x.alarmName;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.state;
    if (v7 === void 0) return false;
    if (!d_CloudWatchAlarmState(v7)) return false;
  }
  {
    const v14 = x.previousState;
    if (v14 === void 0) return false;
    if (!d_CloudWatchAlarmState(v14)) return false;
  }
  {
    const v15 = x.configuration;
    if (v15 === void 0) return false;
    if (!d_CloudWatchAlarmConfiguration(v15)) return false;
  }
  return true;
}
function d_CloudWatchAlarmState(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v8 = x.value;
    if (v8 === void 0) return false;
    if (!(v8 === "OK" || v8 === "ALARM" || v8 === "INSUFFICIENT_DATA")) return false;
  }
  {
    const v9 = x.reason;
    if (v9 === void 0) return false;
    if (!(typeof v9 === "string")) return false;
  }
  {
    const v10 = x.reasonData;
    if (v10 !== void 0) {
      if (!(typeof v10 === "string")) return false;
    }
  }
  {
    const v11 = x.timestamp;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string" && p2.test(v11))) return false;
  }
  {
    const v12 = x.actionsSuppressedBy;
    if (v12 !== void 0) {
      if (!(typeof v12 === "string")) return false;
    }
  }
  {
    const v13 = x.actionsSuppressedReason;
    if (v13 !== void 0) {
      if (!(typeof v13 === "string")) return false;
    }
  }
  return true;
}
function d_CloudWatchAlarmConfiguration(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v16 = x.description;
    if (v16 !== void 0) {
      if (!(typeof v16 === "string")) return false;
    }
  }
  {
    const v17 = x.metrics;
    if (v17 !== void 0) {
      if (!Array.isArray(v17)) return false;
      for (let v19 = 0; v19 < v17.length; v19++) {
        const v18 = v17[v19];
        if (!d_CloudWatchAlarmMetricDataQuery(v18)) return false;
      }
    }
  }
  {
    const v36 = x.alarmRule;
    if (v36 !== void 0) {
      if (!(typeof v36 === "string")) return false;
    }
  }
  {
    const v37 = x.actionsSuppressor;
    if (v37 !== void 0) {
      if (!(typeof v37 === "string")) return false;
    }
  }
  {
    const v38 = x.actionsSuppressorWaitPeriod;
    if (v38 !== void 0) {
      if (!(typeof v38 === "number" && !(v38 % 1) && !isNaN(v38) && isFinite(v38))) return false;
    }
  }
  {
    const v39 = x.actionsSuppressorExtensionPeriod;
    if (v39 !== void 0) {
      if (!(typeof v39 === "number" && !(v39 % 1) && !isNaN(v39) && isFinite(v39))) return false;
    }
  }
  if (!(!(x !== null && typeof x === "object" && !Array.isArray(x)) || x.metrics !== void 0 || (!(x !== null && typeof x === "object" && !Array.isArray(x)) || x.alarmRule !== void 0))) return false;
  return true;
}
function d_CloudWatchAlarmMetricDataQuery(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v20 = x.id;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  {
    const v21 = x.metricStat;
    if (v21 !== void 0) {
      if (!d_CloudWatchAlarmMetricStat(v21)) return false;
    }
  }
  {
    const v31 = x.expression;
    if (v31 !== void 0) {
      if (!(typeof v31 === "string")) return false;
    }
  }
  {
    const v32 = x.label;
    if (v32 !== void 0) {
      if (!(typeof v32 === "string")) return false;
    }
  }
  {
    const v33 = x.returnData;
    if (v33 !== void 0) {
      if (!(typeof v33 === "boolean")) return false;
    }
  }
  {
    const v34 = x.period;
    if (v34 !== void 0) {
      if (!(typeof v34 === "number" && !(v34 % 1) && !isNaN(v34) && isFinite(v34))) return false;
    }
  }
  {
    const v35 = x.accountId;
    if (v35 !== void 0) {
      if (!(typeof v35 === "string")) return false;
    }
  }
  return true;
}
function d_CloudWatchAlarmMetricStat(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v22 = x.metric;
    if (v22 === void 0) return false;
    if (!(v22 !== null && typeof v22 === "object" && !Array.isArray(v22))) return false;
    {
      const v23 = v22.namespace;
      if (v23 === void 0) return false;
      if (!(typeof v23 === "string")) return false;
    }
    {
      const v24 = v22.name;
      if (v24 === void 0) return false;
      if (!(typeof v24 === "string")) return false;
    }
    {
      const v25 = v22.dimensions;
      if (v25 !== void 0) {
        if (!(v25 !== null && typeof v25 === "object" && !Array.isArray(v25))) return false;
        for (const v26 in v25) {
          const v27 = v25[v26];
          if (!(typeof v27 === "string")) return false;
        }
      }
    }
  }
  {
    const v28 = x.period;
    if (v28 === void 0) return false;
    if (!(typeof v28 === "number" && !(v28 % 1) && !isNaN(v28) && isFinite(v28))) return false;
  }
  {
    const v29 = x.stat;
    if (v29 === void 0) return false;
    if (!(typeof v29 === "string")) return false;
  }
  {
    const v30 = x.unit;
    if (v30 !== void 0) {
      if (!(typeof v30 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.source;
    if (v0 === void 0) return false;
    if (!(v0 === "aws.cloudwatch")) return false;
  }
  {
    const v1 = x.alarmArn;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string" && p0(v1))) return false;
  }
  {
    const v2 = x.accountId;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string" && p1(v2))) return false;
  }
  {
    const v3 = x.time;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string" && p2.test(v3))) return false;
  }
  {
    const v4 = x.region;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string" && p3.test(v4))) return false;
  }
  {
    const v5 = x.alarmData;
    if (v5 === void 0) return false;
    if (!d_CloudWatchAlarmData(v5)) return false;
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

// cloudwatch.alarm.strict.entry.ts
var validate = withStandardSchema(checked(check, cloudwatch_alarm_strict_standalone_default), "cloudwatch.alarm");
export {
  validate as default,
  validate
};
