// Generated from schemas/cloudwatch/dashboard-custom-widget.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.dashboard-custom-widget.standalone.js
var cloudwatch_dashboard_custom_widget_standalone_default = validate21;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dashboardName === void 0 && (missing0 = "dashboardName") || data.widgetId === void 0 && (missing0 = "widgetId") || data.accountId === void 0 && (missing0 = "accountId") || data.locale === void 0 && (missing0 = "locale") || data.timezone === void 0 && (missing0 = "timezone") || data.period === void 0 && (missing0 = "period") || data.isAutoPeriod === void 0 && (missing0 = "isAutoPeriod") || data.timeRange === void 0 && (missing0 = "timeRange") || data.theme === void 0 && (missing0 = "theme") || data.linkCharts === void 0 && (missing0 = "linkCharts") || data.width === void 0 && (missing0 = "width") || data.height === void 0 && (missing0 = "height")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.dashboardName !== void 0) {
          const _errs1 = errors;
          if (typeof data.dashboardName !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/dashboardName", schemaPath: "#/properties/dashboardName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.widgetId !== void 0) {
            const _errs3 = errors;
            if (typeof data.widgetId !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/widgetId", schemaPath: "#/properties/widgetId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.accountId !== void 0) {
              const _errs5 = errors;
              if (typeof data.accountId !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.locale !== void 0) {
                const _errs7 = errors;
                if (typeof data.locale !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.timezone !== void 0) {
                  let data4 = data.timezone;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                      let missing1;
                      if (data4.label === void 0 && (missing1 = "label") || data4.offsetISO === void 0 && (missing1 = "offsetISO") || data4.offsetInMinutes === void 0 && (missing1 = "offsetInMinutes")) {
                        validate22.errors = [{ instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data4.label !== void 0) {
                          const _errs11 = errors;
                          if (typeof data4.label !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/timezone/label", schemaPath: "#/properties/timezone/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid1 = _errs11 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data4.offsetISO !== void 0) {
                            const _errs13 = errors;
                            if (typeof data4.offsetISO !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/timezone/offsetISO", schemaPath: "#/properties/timezone/properties/offsetISO/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid1 = _errs13 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data4.offsetInMinutes !== void 0) {
                              let data7 = data4.offsetInMinutes;
                              const _errs15 = errors;
                              if (!(typeof data7 == "number" && isFinite(data7))) {
                                validate22.errors = [{ instancePath: instancePath + "/timezone/offsetInMinutes", schemaPath: "#/properties/timezone/properties/offsetInMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                              var valid1 = _errs15 === errors;
                            } else {
                              var valid1 = true;
                            }
                          }
                        }
                      }
                    } else {
                      validate22.errors = [{ instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.period !== void 0) {
                    let data8 = data.period;
                    const _errs17 = errors;
                    if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                      validate22.errors = [{ instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    var valid0 = _errs17 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.isAutoPeriod !== void 0) {
                      const _errs19 = errors;
                      if (typeof data.isAutoPeriod !== "boolean") {
                        validate22.errors = [{ instancePath: instancePath + "/isAutoPeriod", schemaPath: "#/properties/isAutoPeriod/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                        return false;
                      }
                      var valid0 = _errs19 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.timeRange !== void 0) {
                        let data10 = data.timeRange;
                        const _errs21 = errors;
                        if (errors === _errs21) {
                          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                            let missing2;
                            if (data10.mode === void 0 && (missing2 = "mode") || data10.start === void 0 && (missing2 = "start") || data10.end === void 0 && (missing2 = "end")) {
                              validate22.errors = [{ instancePath: instancePath + "/timeRange", schemaPath: "#/properties/timeRange/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                              return false;
                            } else {
                              if (data10.mode !== void 0) {
                                const _errs23 = errors;
                                if (typeof data10.mode !== "string") {
                                  validate22.errors = [{ instancePath: instancePath + "/timeRange/mode", schemaPath: "#/properties/timeRange/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs23 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data10.start !== void 0) {
                                  let data12 = data10.start;
                                  const _errs25 = errors;
                                  if (!(typeof data12 == "number" && isFinite(data12))) {
                                    validate22.errors = [{ instancePath: instancePath + "/timeRange/start", schemaPath: "#/properties/timeRange/properties/start/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                    return false;
                                  }
                                  var valid2 = _errs25 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data10.end !== void 0) {
                                    let data13 = data10.end;
                                    const _errs27 = errors;
                                    if (!(typeof data13 == "number" && isFinite(data13))) {
                                      validate22.errors = [{ instancePath: instancePath + "/timeRange/end", schemaPath: "#/properties/timeRange/properties/end/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                      return false;
                                    }
                                    var valid2 = _errs27 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data10.relativeStart !== void 0) {
                                      let data14 = data10.relativeStart;
                                      const _errs29 = errors;
                                      if (!(typeof data14 == "number" && isFinite(data14))) {
                                        validate22.errors = [{ instancePath: instancePath + "/timeRange/relativeStart", schemaPath: "#/properties/timeRange/properties/relativeStart/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                      }
                                      var valid2 = _errs29 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data10.zoom !== void 0) {
                                        let data15 = data10.zoom;
                                        const _errs31 = errors;
                                        if (errors === _errs31) {
                                          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                            let missing3;
                                            if (data15.start === void 0 && (missing3 = "start") || data15.end === void 0 && (missing3 = "end")) {
                                              validate22.errors = [{ instancePath: instancePath + "/timeRange/zoom", schemaPath: "#/properties/timeRange/properties/zoom/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                              return false;
                                            } else {
                                              if (data15.start !== void 0) {
                                                let data16 = data15.start;
                                                const _errs33 = errors;
                                                if (!(typeof data16 == "number" && isFinite(data16))) {
                                                  validate22.errors = [{ instancePath: instancePath + "/timeRange/zoom/start", schemaPath: "#/properties/timeRange/properties/zoom/properties/start/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                  return false;
                                                }
                                                var valid3 = _errs33 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                              if (valid3) {
                                                if (data15.end !== void 0) {
                                                  let data17 = data15.end;
                                                  const _errs35 = errors;
                                                  if (!(typeof data17 == "number" && isFinite(data17))) {
                                                    validate22.errors = [{ instancePath: instancePath + "/timeRange/zoom/end", schemaPath: "#/properties/timeRange/properties/zoom/properties/end/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                  }
                                                  var valid3 = _errs35 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                              }
                                            }
                                          } else {
                                            validate22.errors = [{ instancePath: instancePath + "/timeRange/zoom", schemaPath: "#/properties/timeRange/properties/zoom/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid2 = _errs31 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate22.errors = [{ instancePath: instancePath + "/timeRange", schemaPath: "#/properties/timeRange/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs21 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.theme !== void 0) {
                          const _errs37 = errors;
                          if (typeof data.theme !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/theme", schemaPath: "#/properties/theme/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs37 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.linkCharts !== void 0) {
                            const _errs39 = errors;
                            if (typeof data.linkCharts !== "boolean") {
                              validate22.errors = [{ instancePath: instancePath + "/linkCharts", schemaPath: "#/properties/linkCharts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                              return false;
                            }
                            var valid0 = _errs39 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.title !== void 0) {
                              const _errs41 = errors;
                              if (typeof data.title !== "string") {
                                validate22.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs41 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.forms !== void 0) {
                                let data21 = data.forms;
                                const _errs43 = errors;
                                if (errors === _errs43) {
                                  if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                    if (data21.all !== void 0) {
                                      let data22 = data21.all;
                                      const _errs46 = errors;
                                      if (errors === _errs46) {
                                        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                        } else {
                                          validate22.errors = [{ instancePath: instancePath + "/forms/all", schemaPath: "#/properties/forms/properties/all/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                    }
                                  } else {
                                    validate22.errors = [{ instancePath: instancePath + "/forms", schemaPath: "#/properties/forms/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs43 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.params !== void 0) {
                                  let data23 = data.params;
                                  const _errs49 = errors;
                                  if (errors === _errs49) {
                                    if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                    } else {
                                      validate22.errors = [{ instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs49 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.width !== void 0) {
                                    let data24 = data.width;
                                    const _errs52 = errors;
                                    if (!(typeof data24 == "number" && isFinite(data24))) {
                                      validate22.errors = [{ instancePath: instancePath + "/width", schemaPath: "#/properties/width/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                      return false;
                                    }
                                    var valid0 = _errs52 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.height !== void 0) {
                                      let data25 = data.height;
                                      const _errs54 = errors;
                                      if (!(typeof data25 == "number" && isFinite(data25))) {
                                        validate22.errors = [{ instancePath: instancePath + "/height", schemaPath: "#/properties/height/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                      }
                                      var valid0 = _errs54 === errors;
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
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
        validate21.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate21.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.describe !== void 0) {
        const _errs8 = errors;
        if (typeof data.describe !== "boolean") {
          validate21.errors = [{ instancePath: instancePath + "/describe", schemaPath: "#/properties/describe/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
          return false;
        }
        var valid3 = _errs8 === errors;
      } else {
        var valid3 = true;
      }
      if (valid3) {
        if (data.widgetContext !== void 0) {
          const _errs10 = errors;
          if (!validate22(data.widgetContext, { instancePath: instancePath + "/widgetContext", parentData: data, parentDataProperty: "widgetContext", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
          var valid3 = _errs10 === errors;
        } else {
          var valid3 = true;
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

// check:cloudwatch.dashboard-custom-widget.check.js
function d_CloudWatchDashboardWidgetContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v2 = x.dashboardName;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.widgetId;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.accountId;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.locale;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.timezone;
    if (v6 === void 0) return false;
    if (!(v6 !== null && typeof v6 === "object" && !Array.isArray(v6))) return false;
    {
      const v7 = v6.label;
      if (v7 === void 0) return false;
      if (!(typeof v7 === "string")) return false;
    }
    {
      const v8 = v6.offsetISO;
      if (v8 === void 0) return false;
      if (!(typeof v8 === "string")) return false;
    }
    {
      const v9 = v6.offsetInMinutes;
      if (v9 === void 0) return false;
      if (!(typeof v9 === "number" && isFinite(v9))) return false;
    }
  }
  {
    const v10 = x.period;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "number" && !(v10 % 1) && !isNaN(v10) && isFinite(v10))) return false;
  }
  {
    const v11 = x.isAutoPeriod;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "boolean")) return false;
  }
  {
    const v12 = x.timeRange;
    if (v12 === void 0) return false;
    if (!(v12 !== null && typeof v12 === "object" && !Array.isArray(v12))) return false;
    {
      const v13 = v12.mode;
      if (v13 === void 0) return false;
      if (!(typeof v13 === "string")) return false;
    }
    {
      const v14 = v12.start;
      if (v14 === void 0) return false;
      if (!(typeof v14 === "number" && isFinite(v14))) return false;
    }
    {
      const v15 = v12.end;
      if (v15 === void 0) return false;
      if (!(typeof v15 === "number" && isFinite(v15))) return false;
    }
    {
      const v16 = v12.relativeStart;
      if (v16 !== void 0) {
        if (!(typeof v16 === "number" && isFinite(v16))) return false;
      }
    }
    {
      const v17 = v12.zoom;
      if (v17 !== void 0) {
        if (!(v17 !== null && typeof v17 === "object" && !Array.isArray(v17))) return false;
        {
          const v18 = v17.start;
          if (v18 === void 0) return false;
          if (!(typeof v18 === "number" && isFinite(v18))) return false;
        }
        {
          const v19 = v17.end;
          if (v19 === void 0) return false;
          if (!(typeof v19 === "number" && isFinite(v19))) return false;
        }
      }
    }
  }
  {
    const v20 = x.theme;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  {
    const v21 = x.linkCharts;
    if (v21 === void 0) return false;
    if (!(typeof v21 === "boolean")) return false;
  }
  {
    const v22 = x.title;
    if (v22 !== void 0) {
      if (!(typeof v22 === "string")) return false;
    }
  }
  {
    const v23 = x.forms;
    if (v23 !== void 0) {
      if (!(v23 !== null && typeof v23 === "object" && !Array.isArray(v23))) return false;
      {
        const v24 = v23.all;
        if (v24 !== void 0) {
          if (!(v24 !== null && typeof v24 === "object" && !Array.isArray(v24))) return false;
        }
      }
    }
  }
  {
    const v25 = x.params;
    if (v25 !== void 0) {
      if (!(v25 !== null && typeof v25 === "object" && !Array.isArray(v25))) return false;
    }
  }
  {
    const v26 = x.width;
    if (v26 === void 0) return false;
    if (!(typeof v26 === "number" && isFinite(v26))) return false;
  }
  {
    const v27 = x.height;
    if (v27 === void 0) return false;
    if (!(typeof v27 === "number" && isFinite(v27))) return false;
  }
  return true;
}
function b0(x) {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v28 = x.describe;
      if (v28 === void 0) return false;
      if (!(v28 === true)) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.describe;
    if (v0 !== void 0) {
      if (!(typeof v0 === "boolean")) return false;
    }
  }
  {
    const v1 = x.widgetContext;
    if (v1 !== void 0) {
      if (!d_CloudWatchDashboardWidgetContext(v1)) return false;
    }
  }
  if (!(!b0(x) ? !(x !== null && typeof x === "object" && !Array.isArray(x)) || x.widgetContext !== void 0 : true)) return false;
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

// cloudwatch.dashboard-custom-widget.entry.ts
var validate = withStandardSchema(checked(check, cloudwatch_dashboard_custom_widget_standalone_default), "cloudwatch.dashboard-custom-widget");
export {
  validate as default,
  validate
};
