// Generated from schemas/cloudwatch/dashboard-custom-widget.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.dashboard-custom-widget.strict.standalone.js
var cloudwatch_dashboard_custom_widget_strict_standalone_default = validate20;
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
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  const _errs3 = errors;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.describe === void 0 && (missing0 = "describe")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.describe !== void 0) {
        if (true !== data.describe) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var valid1 = _errs4 === errors;
  if (valid1) {
    const err2 = {};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs3;
    if (vErrors !== null) {
      if (_errs3) {
        vErrors.length = _errs3;
      } else {
        vErrors = null;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.widgetContext === void 0 && (missing1 = "widgetContext")) {
        validate20.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.widgetContext = true;
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate20.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.describe !== void 0) {
        const _errs8 = errors;
        if (typeof data.describe !== "boolean") {
          validate20.errors = [{ instancePath: instancePath + "/describe", schemaPath: "#/properties/describe/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
          return false;
        }
        var valid3 = _errs8 === errors;
      } else {
        var valid3 = true;
      }
      if (valid3) {
        if (data.widgetContext !== void 0) {
          let data2 = data.widgetContext;
          const _errs10 = errors;
          const _errs11 = errors;
          if (errors === _errs11) {
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              let missing2;
              if (data2.dashboardName === void 0 && (missing2 = "dashboardName") || data2.widgetId === void 0 && (missing2 = "widgetId") || data2.accountId === void 0 && (missing2 = "accountId") || data2.locale === void 0 && (missing2 = "locale") || data2.timezone === void 0 && (missing2 = "timezone") || data2.period === void 0 && (missing2 = "period") || data2.isAutoPeriod === void 0 && (missing2 = "isAutoPeriod") || data2.timeRange === void 0 && (missing2 = "timeRange") || data2.theme === void 0 && (missing2 = "theme") || data2.linkCharts === void 0 && (missing2 = "linkCharts") || data2.width === void 0 && (missing2 = "width") || data2.height === void 0 && (missing2 = "height")) {
                validate20.errors = [{ instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                return false;
              } else {
                if (data2.dashboardName !== void 0) {
                  const _errs13 = errors;
                  if (typeof data2.dashboardName !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/widgetContext/dashboardName", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/dashboardName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid5 = _errs13 === errors;
                } else {
                  var valid5 = true;
                }
                if (valid5) {
                  if (data2.widgetId !== void 0) {
                    const _errs15 = errors;
                    if (typeof data2.widgetId !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/widgetContext/widgetId", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/widgetId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid5 = _errs15 === errors;
                  } else {
                    var valid5 = true;
                  }
                  if (valid5) {
                    if (data2.accountId !== void 0) {
                      const _errs17 = errors;
                      if (typeof data2.accountId !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/widgetContext/accountId", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid5 = _errs17 === errors;
                    } else {
                      var valid5 = true;
                    }
                    if (valid5) {
                      if (data2.locale !== void 0) {
                        const _errs19 = errors;
                        if (typeof data2.locale !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/widgetContext/locale", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/locale/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid5 = _errs19 === errors;
                      } else {
                        var valid5 = true;
                      }
                      if (valid5) {
                        if (data2.timezone !== void 0) {
                          let data7 = data2.timezone;
                          const _errs21 = errors;
                          if (errors === _errs21) {
                            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                              let missing3;
                              if (data7.label === void 0 && (missing3 = "label") || data7.offsetISO === void 0 && (missing3 = "offsetISO") || data7.offsetInMinutes === void 0 && (missing3 = "offsetInMinutes")) {
                                validate20.errors = [{ instancePath: instancePath + "/widgetContext/timezone", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timezone/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                return false;
                              } else {
                                if (data7.label !== void 0) {
                                  const _errs23 = errors;
                                  if (typeof data7.label !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/widgetContext/timezone/label", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timezone/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid6 = _errs23 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data7.offsetISO !== void 0) {
                                    const _errs25 = errors;
                                    if (typeof data7.offsetISO !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/widgetContext/timezone/offsetISO", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timezone/properties/offsetISO/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid6 = _errs25 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data7.offsetInMinutes !== void 0) {
                                      let data10 = data7.offsetInMinutes;
                                      const _errs27 = errors;
                                      if (!(typeof data10 == "number" && isFinite(data10))) {
                                        validate20.errors = [{ instancePath: instancePath + "/widgetContext/timezone/offsetInMinutes", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timezone/properties/offsetInMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                      }
                                      var valid6 = _errs27 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/widgetContext/timezone", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timezone/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid5 = _errs21 === errors;
                        } else {
                          var valid5 = true;
                        }
                        if (valid5) {
                          if (data2.period !== void 0) {
                            let data11 = data2.period;
                            const _errs29 = errors;
                            if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                              validate20.errors = [{ instancePath: instancePath + "/widgetContext/period", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            var valid5 = _errs29 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data2.isAutoPeriod !== void 0) {
                              const _errs31 = errors;
                              if (typeof data2.isAutoPeriod !== "boolean") {
                                validate20.errors = [{ instancePath: instancePath + "/widgetContext/isAutoPeriod", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/isAutoPeriod/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                              }
                              var valid5 = _errs31 === errors;
                            } else {
                              var valid5 = true;
                            }
                            if (valid5) {
                              if (data2.timeRange !== void 0) {
                                let data13 = data2.timeRange;
                                const _errs33 = errors;
                                if (errors === _errs33) {
                                  if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                    let missing4;
                                    if (data13.mode === void 0 && (missing4 = "mode") || data13.start === void 0 && (missing4 = "start") || data13.end === void 0 && (missing4 = "end")) {
                                      validate20.errors = [{ instancePath: instancePath + "/widgetContext/timeRange", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                      return false;
                                    } else {
                                      if (data13.mode !== void 0) {
                                        const _errs35 = errors;
                                        if (typeof data13.mode !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/widgetContext/timeRange/mode", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid7 = _errs35 === errors;
                                      } else {
                                        var valid7 = true;
                                      }
                                      if (valid7) {
                                        if (data13.start !== void 0) {
                                          let data15 = data13.start;
                                          const _errs37 = errors;
                                          if (!(typeof data15 == "number" && isFinite(data15))) {
                                            validate20.errors = [{ instancePath: instancePath + "/widgetContext/timeRange/start", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/start/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                          var valid7 = _errs37 === errors;
                                        } else {
                                          var valid7 = true;
                                        }
                                        if (valid7) {
                                          if (data13.end !== void 0) {
                                            let data16 = data13.end;
                                            const _errs39 = errors;
                                            if (!(typeof data16 == "number" && isFinite(data16))) {
                                              validate20.errors = [{ instancePath: instancePath + "/widgetContext/timeRange/end", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/end/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                              return false;
                                            }
                                            var valid7 = _errs39 === errors;
                                          } else {
                                            var valid7 = true;
                                          }
                                          if (valid7) {
                                            if (data13.relativeStart !== void 0) {
                                              let data17 = data13.relativeStart;
                                              const _errs41 = errors;
                                              if (!(typeof data17 == "number" && isFinite(data17))) {
                                                validate20.errors = [{ instancePath: instancePath + "/widgetContext/timeRange/relativeStart", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/relativeStart/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                              var valid7 = _errs41 === errors;
                                            } else {
                                              var valid7 = true;
                                            }
                                            if (valid7) {
                                              if (data13.zoom !== void 0) {
                                                let data18 = data13.zoom;
                                                const _errs43 = errors;
                                                if (errors === _errs43) {
                                                  if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                                    let missing5;
                                                    if (data18.start === void 0 && (missing5 = "start") || data18.end === void 0 && (missing5 = "end")) {
                                                      validate20.errors = [{ instancePath: instancePath + "/widgetContext/timeRange/zoom", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/zoom/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                      return false;
                                                    } else {
                                                      if (data18.start !== void 0) {
                                                        let data19 = data18.start;
                                                        const _errs45 = errors;
                                                        if (!(typeof data19 == "number" && isFinite(data19))) {
                                                          validate20.errors = [{ instancePath: instancePath + "/widgetContext/timeRange/zoom/start", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/zoom/properties/start/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                          return false;
                                                        }
                                                        var valid8 = _errs45 === errors;
                                                      } else {
                                                        var valid8 = true;
                                                      }
                                                      if (valid8) {
                                                        if (data18.end !== void 0) {
                                                          let data20 = data18.end;
                                                          const _errs47 = errors;
                                                          if (!(typeof data20 == "number" && isFinite(data20))) {
                                                            validate20.errors = [{ instancePath: instancePath + "/widgetContext/timeRange/zoom/end", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/zoom/properties/end/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                            return false;
                                                          }
                                                          var valid8 = _errs47 === errors;
                                                        } else {
                                                          var valid8 = true;
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate20.errors = [{ instancePath: instancePath + "/widgetContext/timeRange/zoom", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/zoom/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid7 = _errs43 === errors;
                                              } else {
                                                var valid7 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/widgetContext/timeRange", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid5 = _errs33 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data2.theme !== void 0) {
                                  const _errs49 = errors;
                                  if (typeof data2.theme !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/widgetContext/theme", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/theme/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid5 = _errs49 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data2.linkCharts !== void 0) {
                                    const _errs51 = errors;
                                    if (typeof data2.linkCharts !== "boolean") {
                                      validate20.errors = [{ instancePath: instancePath + "/widgetContext/linkCharts", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/linkCharts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                      return false;
                                    }
                                    var valid5 = _errs51 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                  if (valid5) {
                                    if (data2.title !== void 0) {
                                      const _errs53 = errors;
                                      if (typeof data2.title !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/widgetContext/title", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid5 = _errs53 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                    if (valid5) {
                                      if (data2.forms !== void 0) {
                                        let data24 = data2.forms;
                                        const _errs55 = errors;
                                        if (errors === _errs55) {
                                          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                            if (data24.all !== void 0) {
                                              let data25 = data24.all;
                                              const _errs58 = errors;
                                              if (errors === _errs58) {
                                                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                                } else {
                                                  validate20.errors = [{ instancePath: instancePath + "/widgetContext/forms/all", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/forms/properties/all/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/widgetContext/forms", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/forms/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid5 = _errs55 === errors;
                                      } else {
                                        var valid5 = true;
                                      }
                                      if (valid5) {
                                        if (data2.params !== void 0) {
                                          let data26 = data2.params;
                                          const _errs61 = errors;
                                          if (errors === _errs61) {
                                            if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/widgetContext/params", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid5 = _errs61 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                          if (data2.width !== void 0) {
                                            let data27 = data2.width;
                                            const _errs64 = errors;
                                            if (!(typeof data27 == "number" && isFinite(data27))) {
                                              validate20.errors = [{ instancePath: instancePath + "/widgetContext/width", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/width/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                              return false;
                                            }
                                            var valid5 = _errs64 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                          if (valid5) {
                                            if (data2.height !== void 0) {
                                              let data28 = data2.height;
                                              const _errs66 = errors;
                                              if (!(typeof data28 == "number" && isFinite(data28))) {
                                                validate20.errors = [{ instancePath: instancePath + "/widgetContext/height", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/height/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                              var valid5 = _errs66 === errors;
                                            } else {
                                              var valid5 = true;
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
              validate20.errors = [{ instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid3 = _errs10 === errors;
        } else {
          var valid3 = true;
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
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

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

// cloudwatch.dashboard-custom-widget.strict.entry.ts
withStandardSchema(cloudwatch_dashboard_custom_widget_strict_standalone_default, "cloudwatch.dashboard-custom-widget");
export {
  cloudwatch_dashboard_custom_widget_strict_standalone_default as default,
  cloudwatch_dashboard_custom_widget_strict_standalone_default as validate
};
