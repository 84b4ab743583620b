// Generated from schemas/cloudwatch/dashboard-custom-widget.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.dashboard-custom-widget.all.standalone.js
var validateAll = validate20;
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
      if (data.widgetContext === void 0) {
        const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "widgetContext" }, message: "must have required property 'widgetContext'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
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
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.describe !== void 0) {
      if (typeof data.describe !== "boolean") {
        const err5 = { instancePath: instancePath + "/describe", schemaPath: "#/properties/describe/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.widgetContext !== void 0) {
      let data2 = data.widgetContext;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.dashboardName === void 0) {
          const err6 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: "dashboardName" }, message: "must have required property 'dashboardName'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.widgetId === void 0) {
          const err7 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: "widgetId" }, message: "must have required property 'widgetId'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.accountId === void 0) {
          const err8 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: "accountId" }, message: "must have required property 'accountId'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.locale === void 0) {
          const err9 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: "locale" }, message: "must have required property 'locale'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.timezone === void 0) {
          const err10 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: "timezone" }, message: "must have required property 'timezone'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.period === void 0) {
          const err11 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: "period" }, message: "must have required property 'period'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2.isAutoPeriod === void 0) {
          const err12 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: "isAutoPeriod" }, message: "must have required property 'isAutoPeriod'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2.timeRange === void 0) {
          const err13 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: "timeRange" }, message: "must have required property 'timeRange'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data2.theme === void 0) {
          const err14 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: "theme" }, message: "must have required property 'theme'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data2.linkCharts === void 0) {
          const err15 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: "linkCharts" }, message: "must have required property 'linkCharts'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data2.width === void 0) {
          const err16 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: "width" }, message: "must have required property 'width'" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data2.height === void 0) {
          const err17 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/required", keyword: "required", params: { missingProperty: "height" }, message: "must have required property 'height'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data2.dashboardName !== void 0) {
          if (typeof data2.dashboardName !== "string") {
            const err18 = { instancePath: instancePath + "/widgetContext/dashboardName", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/dashboardName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data2.widgetId !== void 0) {
          if (typeof data2.widgetId !== "string") {
            const err19 = { instancePath: instancePath + "/widgetContext/widgetId", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/widgetId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.accountId !== void 0) {
          if (typeof data2.accountId !== "string") {
            const err20 = { instancePath: instancePath + "/widgetContext/accountId", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data2.locale !== void 0) {
          if (typeof data2.locale !== "string") {
            const err21 = { instancePath: instancePath + "/widgetContext/locale", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/locale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.timezone !== void 0) {
          let data7 = data2.timezone;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.label === void 0) {
              const err22 = { instancePath: instancePath + "/widgetContext/timezone", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timezone/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data7.offsetISO === void 0) {
              const err23 = { instancePath: instancePath + "/widgetContext/timezone", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timezone/required", keyword: "required", params: { missingProperty: "offsetISO" }, message: "must have required property 'offsetISO'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data7.offsetInMinutes === void 0) {
              const err24 = { instancePath: instancePath + "/widgetContext/timezone", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timezone/required", keyword: "required", params: { missingProperty: "offsetInMinutes" }, message: "must have required property 'offsetInMinutes'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data7.label !== void 0) {
              if (typeof data7.label !== "string") {
                const err25 = { instancePath: instancePath + "/widgetContext/timezone/label", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timezone/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data7.offsetISO !== void 0) {
              if (typeof data7.offsetISO !== "string") {
                const err26 = { instancePath: instancePath + "/widgetContext/timezone/offsetISO", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timezone/properties/offsetISO/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data7.offsetInMinutes !== void 0) {
              let data10 = data7.offsetInMinutes;
              if (!(typeof data10 == "number" && isFinite(data10))) {
                const err27 = { instancePath: instancePath + "/widgetContext/timezone/offsetInMinutes", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timezone/properties/offsetInMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/widgetContext/timezone", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timezone/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data2.period !== void 0) {
          let data11 = data2.period;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err29 = { instancePath: instancePath + "/widgetContext/period", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/period/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data2.isAutoPeriod !== void 0) {
          if (typeof data2.isAutoPeriod !== "boolean") {
            const err30 = { instancePath: instancePath + "/widgetContext/isAutoPeriod", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/isAutoPeriod/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data2.timeRange !== void 0) {
          let data13 = data2.timeRange;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.mode === void 0) {
              const err31 = { instancePath: instancePath + "/widgetContext/timeRange", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data13.start === void 0) {
              const err32 = { instancePath: instancePath + "/widgetContext/timeRange", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data13.end === void 0) {
              const err33 = { instancePath: instancePath + "/widgetContext/timeRange", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data13.mode !== void 0) {
              if (typeof data13.mode !== "string") {
                const err34 = { instancePath: instancePath + "/widgetContext/timeRange/mode", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data13.start !== void 0) {
              let data15 = data13.start;
              if (!(typeof data15 == "number" && isFinite(data15))) {
                const err35 = { instancePath: instancePath + "/widgetContext/timeRange/start", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/start/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data13.end !== void 0) {
              let data16 = data13.end;
              if (!(typeof data16 == "number" && isFinite(data16))) {
                const err36 = { instancePath: instancePath + "/widgetContext/timeRange/end", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/end/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data13.relativeStart !== void 0) {
              let data17 = data13.relativeStart;
              if (!(typeof data17 == "number" && isFinite(data17))) {
                const err37 = { instancePath: instancePath + "/widgetContext/timeRange/relativeStart", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/relativeStart/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data13.zoom !== void 0) {
              let data18 = data13.zoom;
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.start === void 0) {
                  const err38 = { instancePath: instancePath + "/widgetContext/timeRange/zoom", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/zoom/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data18.end === void 0) {
                  const err39 = { instancePath: instancePath + "/widgetContext/timeRange/zoom", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/zoom/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'" };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data18.start !== void 0) {
                  let data19 = data18.start;
                  if (!(typeof data19 == "number" && isFinite(data19))) {
                    const err40 = { instancePath: instancePath + "/widgetContext/timeRange/zoom/start", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/zoom/properties/start/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data18.end !== void 0) {
                  let data20 = data18.end;
                  if (!(typeof data20 == "number" && isFinite(data20))) {
                    const err41 = { instancePath: instancePath + "/widgetContext/timeRange/zoom/end", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/zoom/properties/end/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              } else {
                const err42 = { instancePath: instancePath + "/widgetContext/timeRange/zoom", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/properties/zoom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/widgetContext/timeRange", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/timeRange/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data2.theme !== void 0) {
          if (typeof data2.theme !== "string") {
            const err44 = { instancePath: instancePath + "/widgetContext/theme", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/theme/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data2.linkCharts !== void 0) {
          if (typeof data2.linkCharts !== "boolean") {
            const err45 = { instancePath: instancePath + "/widgetContext/linkCharts", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/linkCharts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data2.title !== void 0) {
          if (typeof data2.title !== "string") {
            const err46 = { instancePath: instancePath + "/widgetContext/title", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data2.forms !== void 0) {
          let data24 = data2.forms;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.all !== void 0) {
              let data25 = data24.all;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
              } else {
                const err47 = { instancePath: instancePath + "/widgetContext/forms/all", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/forms/properties/all/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/widgetContext/forms", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/forms/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data2.params !== void 0) {
          let data26 = data2.params;
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
          } else {
            const err49 = { instancePath: instancePath + "/widgetContext/params", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data2.width !== void 0) {
          let data27 = data2.width;
          if (!(typeof data27 == "number" && isFinite(data27))) {
            const err50 = { instancePath: instancePath + "/widgetContext/width", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/width/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data2.height !== void 0) {
          let data28 = data2.height;
          if (!(typeof data28 == "number" && isFinite(data28))) {
            const err51 = { instancePath: instancePath + "/widgetContext/height", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/properties/height/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/widgetContext", schemaPath: "#/$defs/CloudWatchDashboardWidgetContext/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
  } else {
    const err53 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// cloudwatch.dashboard-custom-widget.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
