// Generated from schemas/codepipeline/eventbridge-action-execution-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:codepipeline.eventbridge-action-execution-state-change.strict.standalone.js
var codepipeline_eventbridge_action_execution_state_change_strict_standalone_default = validate21;
var pattern0 = new RegExp("^[0-9]{12}$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate23.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' }];
        return false;
      }
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var pattern1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern1.test(data)) {
        validate25.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
        return false;
      }
    } else {
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var pattern2 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern2.test(data)) {
        validate27.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
        return false;
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.id === void 0 && (missing0 = "id") || data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.account === void 0 && (missing0 = "account") || data.time === void 0 && (missing0 = "time") || data.region === void 0 && (missing0 = "region") || data.resources === void 0 && (missing0 = "resources") || data.detail === void 0 && (missing0 = "detail")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("0" !== data.version) {
            validate22.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "0" }, message: "must be equal to constant" }];
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
              validate22.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate22.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/properties/detail-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate22.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account !== void 0) {
                  const _errs8 = errors;
                  if (!validate23(data.account, { instancePath: instancePath + "/account", parentData: data, parentDataProperty: "account", rootData })) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.time !== void 0) {
                    const _errs9 = errors;
                    if (!validate25(data.time, { instancePath: instancePath + "/time", parentData: data, parentDataProperty: "time", rootData })) {
                      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.region !== void 0) {
                      const _errs10 = errors;
                      if (!validate27(data.region, { instancePath: instancePath + "/region", parentData: data, parentDataProperty: "region", rootData })) {
                        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.resources !== void 0) {
                        let data7 = data.resources;
                        const _errs11 = errors;
                        if (errors === _errs11) {
                          if (Array.isArray(data7)) {
                            var valid1 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs13 = errors;
                              if (typeof data7[i0] !== "string") {
                                validate22.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs13 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate22.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs11 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.detail !== void 0) {
                          let data9 = data.detail;
                          const _errs15 = errors;
                          if (errors === _errs15) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            } else {
                              validate22.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["replay-name"] !== void 0) {
                            const _errs18 = errors;
                            if (typeof data["replay-name"] !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/replay-name", schemaPath: "#/properties/replay-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs18 === errors;
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema12 = { "type": ["string", "number"] };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(typeof data == "number" && isFinite(data))) {
    validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema12.type }, message: "must be string,number" }];
    return false;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.pipeline === void 0 && (missing0 = "pipeline") || data["execution-id"] === void 0 && (missing0 = "execution-id") || data.stage === void 0 && (missing0 = "stage") || data.action === void 0 && (missing0 = "action") || data.state === void 0 && (missing0 = "state") || data.version === void 0 && (missing0 = "version") || data.type === void 0 && (missing0 = "type")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.pipeline !== void 0) {
          const _errs1 = errors;
          if (typeof data.pipeline !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/pipeline", schemaPath: "#/properties/pipeline/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["execution-id"] !== void 0) {
            const _errs3 = errors;
            if (typeof data["execution-id"] !== "string") {
              validate30.errors = [{ instancePath: instancePath + "/execution-id", schemaPath: "#/properties/execution-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["start-time"] !== void 0) {
              const _errs5 = errors;
              if (typeof data["start-time"] !== "string") {
                validate30.errors = [{ instancePath: instancePath + "/start-time", schemaPath: "#/properties/start-time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["pipeline-execution-attempt"] !== void 0) {
                let data3 = data["pipeline-execution-attempt"];
                const _errs7 = errors;
                if (!(typeof data3 == "number" && isFinite(data3))) {
                  validate30.errors = [{ instancePath: instancePath + "/pipeline-execution-attempt", schemaPath: "#/properties/pipeline-execution-attempt/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.version !== void 0) {
                  const _errs9 = errors;
                  if (!validate31(data.version, { instancePath: instancePath + "/version", parentData: data, parentDataProperty: "version", rootData })) {
                    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.stage !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.stage !== "string") {
                      validate30.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.action !== void 0) {
                      const _errs12 = errors;
                      if (typeof data.action !== "string") {
                        validate30.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.state !== void 0) {
                        const _errs14 = errors;
                        if (typeof data.state !== "string") {
                          validate30.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.region !== void 0) {
                          const _errs16 = errors;
                          if (typeof data.region !== "string") {
                            validate30.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.type !== void 0) {
                            let data9 = data.type;
                            const _errs18 = errors;
                            if (errors === _errs18) {
                              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                let missing1;
                                if (data9.owner === void 0 && (missing1 = "owner") || data9.category === void 0 && (missing1 = "category") || data9.provider === void 0 && (missing1 = "provider") || data9.version === void 0 && (missing1 = "version")) {
                                  validate30.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                  return false;
                                } else {
                                  if (data9.owner !== void 0) {
                                    const _errs20 = errors;
                                    if (typeof data9.owner !== "string") {
                                      validate30.errors = [{ instancePath: instancePath + "/type/owner", schemaPath: "#/properties/type/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid1 = _errs20 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data9.category !== void 0) {
                                      const _errs22 = errors;
                                      if (typeof data9.category !== "string") {
                                        validate30.errors = [{ instancePath: instancePath + "/type/category", schemaPath: "#/properties/type/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid1 = _errs22 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data9.provider !== void 0) {
                                        const _errs24 = errors;
                                        if (typeof data9.provider !== "string") {
                                          validate30.errors = [{ instancePath: instancePath + "/type/provider", schemaPath: "#/properties/type/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid1 = _errs24 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        if (data9.version !== void 0) {
                                          const _errs26 = errors;
                                          if (!validate31(data9.version, { instancePath: instancePath + "/type/version", parentData: data9, parentDataProperty: "version", rootData })) {
                                            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid1 = _errs26 === errors;
                                        } else {
                                          var valid1 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate30.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs18 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data["execution-result"] !== void 0) {
                              let data14 = data["execution-result"];
                              const _errs27 = errors;
                              if (errors === _errs27) {
                                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                  if (data14["external-execution-id"] !== void 0) {
                                    const _errs29 = errors;
                                    if (typeof data14["external-execution-id"] !== "string") {
                                      validate30.errors = [{ instancePath: instancePath + "/execution-result/external-execution-id", schemaPath: "#/properties/execution-result/properties/external-execution-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs29 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data14["external-execution-summary"] !== void 0) {
                                      const _errs31 = errors;
                                      if (typeof data14["external-execution-summary"] !== "string") {
                                        validate30.errors = [{ instancePath: instancePath + "/execution-result/external-execution-summary", schemaPath: "#/properties/execution-result/properties/external-execution-summary/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid2 = _errs31 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data14["external-execution-url"] !== void 0) {
                                        const _errs33 = errors;
                                        if (typeof data14["external-execution-url"] !== "string") {
                                          validate30.errors = [{ instancePath: instancePath + "/execution-result/external-execution-url", schemaPath: "#/properties/execution-result/properties/external-execution-url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid2 = _errs33 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data14["error-code"] !== void 0) {
                                          const _errs35 = errors;
                                          if (typeof data14["error-code"] !== "string") {
                                            validate30.errors = [{ instancePath: instancePath + "/execution-result/error-code", schemaPath: "#/properties/execution-result/properties/error-code/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid2 = _errs35 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate30.errors = [{ instancePath: instancePath + "/execution-result", schemaPath: "#/properties/execution-result/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs27 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data["input-artifacts"] !== void 0) {
                                let data19 = data["input-artifacts"];
                                const _errs37 = errors;
                                if (errors === _errs37) {
                                  if (Array.isArray(data19)) {
                                    var valid3 = true;
                                    const len0 = data19.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      let data20 = data19[i0];
                                      const _errs39 = errors;
                                      if (errors === _errs39) {
                                        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                          if (data20.name !== void 0) {
                                            const _errs41 = errors;
                                            if (typeof data20.name !== "string") {
                                              validate30.errors = [{ instancePath: instancePath + "/input-artifacts/" + i0 + "/name", schemaPath: "#/properties/input-artifacts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid4 = _errs41 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                          if (valid4) {
                                            if (data20.s3location !== void 0) {
                                              let data22 = data20.s3location;
                                              const _errs43 = errors;
                                              if (errors === _errs43) {
                                                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                  if (data22.bucket !== void 0) {
                                                    const _errs45 = errors;
                                                    if (typeof data22.bucket !== "string") {
                                                      validate30.errors = [{ instancePath: instancePath + "/input-artifacts/" + i0 + "/s3location/bucket", schemaPath: "#/properties/input-artifacts/items/properties/s3location/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid5 = _errs45 === errors;
                                                  } else {
                                                    var valid5 = true;
                                                  }
                                                  if (valid5) {
                                                    if (data22.key !== void 0) {
                                                      const _errs47 = errors;
                                                      if (typeof data22.key !== "string") {
                                                        validate30.errors = [{ instancePath: instancePath + "/input-artifacts/" + i0 + "/s3location/key", schemaPath: "#/properties/input-artifacts/items/properties/s3location/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid5 = _errs47 === errors;
                                                    } else {
                                                      var valid5 = true;
                                                    }
                                                  }
                                                } else {
                                                  validate30.errors = [{ instancePath: instancePath + "/input-artifacts/" + i0 + "/s3location", schemaPath: "#/properties/input-artifacts/items/properties/s3location/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid4 = _errs43 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                          }
                                        } else {
                                          validate30.errors = [{ instancePath: instancePath + "/input-artifacts/" + i0, schemaPath: "#/properties/input-artifacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs39 === errors;
                                      if (!valid3) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate30.errors = [{ instancePath: instancePath + "/input-artifacts", schemaPath: "#/properties/input-artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs37 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data["output-artifacts"] !== void 0) {
                                  let data25 = data["output-artifacts"];
                                  const _errs49 = errors;
                                  if (errors === _errs49) {
                                    if (Array.isArray(data25)) {
                                      var valid6 = true;
                                      const len1 = data25.length;
                                      for (let i1 = 0; i1 < len1; i1++) {
                                        let data26 = data25[i1];
                                        const _errs51 = errors;
                                        if (errors === _errs51) {
                                          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                            if (data26.name !== void 0) {
                                              const _errs53 = errors;
                                              if (typeof data26.name !== "string") {
                                                validate30.errors = [{ instancePath: instancePath + "/output-artifacts/" + i1 + "/name", schemaPath: "#/properties/output-artifacts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid7 = _errs53 === errors;
                                            } else {
                                              var valid7 = true;
                                            }
                                            if (valid7) {
                                              if (data26.s3location !== void 0) {
                                                let data28 = data26.s3location;
                                                const _errs55 = errors;
                                                if (errors === _errs55) {
                                                  if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                                    if (data28.bucket !== void 0) {
                                                      const _errs57 = errors;
                                                      if (typeof data28.bucket !== "string") {
                                                        validate30.errors = [{ instancePath: instancePath + "/output-artifacts/" + i1 + "/s3location/bucket", schemaPath: "#/properties/output-artifacts/items/properties/s3location/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid8 = _errs57 === errors;
                                                    } else {
                                                      var valid8 = true;
                                                    }
                                                    if (valid8) {
                                                      if (data28.key !== void 0) {
                                                        const _errs59 = errors;
                                                        if (typeof data28.key !== "string") {
                                                          validate30.errors = [{ instancePath: instancePath + "/output-artifacts/" + i1 + "/s3location/key", schemaPath: "#/properties/output-artifacts/items/properties/s3location/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid8 = _errs59 === errors;
                                                      } else {
                                                        var valid8 = true;
                                                      }
                                                    }
                                                  } else {
                                                    validate30.errors = [{ instancePath: instancePath + "/output-artifacts/" + i1 + "/s3location", schemaPath: "#/properties/output-artifacts/items/properties/s3location/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid7 = _errs55 === errors;
                                              } else {
                                                var valid7 = true;
                                              }
                                            }
                                          } else {
                                            validate30.errors = [{ instancePath: instancePath + "/output-artifacts/" + i1, schemaPath: "#/properties/output-artifacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid6 = _errs51 === errors;
                                        if (!valid6) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate30.errors = [{ instancePath: instancePath + "/output-artifacts", schemaPath: "#/properties/output-artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs49 === errors;
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
  const _errs0 = errors;
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.detail === void 0 && (missing0 = "detail")) {
          validate21.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data["detail-type"] !== void 0) {
            const _errs3 = errors;
            if ("CodePipeline Action Execution State Change" !== data["detail-type"]) {
              validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "CodePipeline Action Execution State Change" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if ("aws.codepipeline" !== data.source) {
                validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.codepipeline" }, message: "must be equal to constant" }];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.detail !== void 0) {
                const _errs5 = errors;
                if (!validate30(data.detail, { instancePath: instancePath + "/detail", parentData: data, parentDataProperty: "detail", rootData })) {
                  vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
        validate21.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:codepipeline.eventbridge-action-execution-state-change.strict.check.js
function p0(s) {
  let i = 0;
  let c;
  for (let n = 0; n < 12; n++) {
    c = s.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return false;
    i++;
  }
  return i === s.length;
}
var p1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
var p2 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function d_EventBridgeEnvelope(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(v0 === "0")) return false;
  }
  {
    const v1 = x.id;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x["detail-type"];
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.source;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.account;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string" && p0(v4))) return false;
  }
  {
    const v5 = x.time;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string" && p1.test(v5))) return false;
  }
  {
    const v6 = x.region;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string" && p2.test(v6))) return false;
  }
  {
    const v7 = x.resources;
    if (v7 === void 0) return false;
    if (!Array.isArray(v7)) return false;
    for (let v9 = 0; v9 < v7.length; v9++) {
      const v8 = v7[v9];
      if (!(typeof v8 === "string")) return false;
    }
  }
  {
    const v10 = x.detail;
    if (v10 === void 0) return false;
    if (!(v10 !== null && typeof v10 === "object" && !Array.isArray(v10))) return false;
  }
  {
    const v11 = x["replay-name"];
    if (v11 !== void 0) {
      if (!(typeof v11 === "string")) return false;
    }
  }
  return true;
}
function d_CodePipelineActionExecutionStateChangeDetail(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v15 = x.pipeline;
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string")) return false;
  }
  {
    const v16 = x["execution-id"];
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x["start-time"];
    if (v17 !== void 0) {
      if (!(typeof v17 === "string")) return false;
    }
  }
  {
    const v18 = x["pipeline-execution-attempt"];
    if (v18 !== void 0) {
      if (!(typeof v18 === "number" && isFinite(v18))) return false;
    }
  }
  {
    const v19 = x.version;
    if (v19 === void 0) return false;
    if (!(typeof v19 === "string" || typeof v19 === "number" && isFinite(v19))) return false;
  }
  {
    const v20 = x.stage;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  {
    const v21 = x.action;
    if (v21 === void 0) return false;
    if (!(typeof v21 === "string")) return false;
  }
  {
    const v22 = x.state;
    if (v22 === void 0) return false;
    if (!(typeof v22 === "string")) return false;
  }
  {
    const v23 = x.region;
    if (v23 !== void 0) {
      if (!(typeof v23 === "string")) return false;
    }
  }
  {
    const v24 = x.type;
    if (v24 === void 0) return false;
    if (!(v24 !== null && typeof v24 === "object" && !Array.isArray(v24))) return false;
    {
      const v25 = v24.owner;
      if (v25 === void 0) return false;
      if (!(typeof v25 === "string")) return false;
    }
    {
      const v26 = v24.category;
      if (v26 === void 0) return false;
      if (!(typeof v26 === "string")) return false;
    }
    {
      const v27 = v24.provider;
      if (v27 === void 0) return false;
      if (!(typeof v27 === "string")) return false;
    }
    {
      const v28 = v24.version;
      if (v28 === void 0) return false;
      if (!(typeof v28 === "string" || typeof v28 === "number" && isFinite(v28))) return false;
    }
  }
  {
    const v29 = x["execution-result"];
    if (v29 !== void 0) {
      if (!(v29 !== null && typeof v29 === "object" && !Array.isArray(v29))) return false;
      {
        const v30 = v29["external-execution-id"];
        if (v30 !== void 0) {
          if (!(typeof v30 === "string")) return false;
        }
      }
      {
        const v31 = v29["external-execution-summary"];
        if (v31 !== void 0) {
          if (!(typeof v31 === "string")) return false;
        }
      }
      {
        const v32 = v29["external-execution-url"];
        if (v32 !== void 0) {
          if (!(typeof v32 === "string")) return false;
        }
      }
      {
        const v33 = v29["error-code"];
        if (v33 !== void 0) {
          if (!(typeof v33 === "string")) return false;
        }
      }
    }
  }
  {
    const v34 = x["input-artifacts"];
    if (v34 !== void 0) {
      if (!Array.isArray(v34)) return false;
      for (let v36 = 0; v36 < v34.length; v36++) {
        const v35 = v34[v36];
        if (!(v35 !== null && typeof v35 === "object" && !Array.isArray(v35))) return false;
        {
          const v37 = v35.name;
          if (v37 !== void 0) {
            if (!(typeof v37 === "string")) return false;
          }
        }
        {
          const v38 = v35.s3location;
          if (v38 !== void 0) {
            if (!(v38 !== null && typeof v38 === "object" && !Array.isArray(v38))) return false;
            {
              const v39 = v38.bucket;
              if (v39 !== void 0) {
                if (!(typeof v39 === "string")) return false;
              }
            }
            {
              const v40 = v38.key;
              if (v40 !== void 0) {
                if (!(typeof v40 === "string")) return false;
              }
            }
          }
        }
      }
    }
  }
  {
    const v41 = x["output-artifacts"];
    if (v41 !== void 0) {
      if (!Array.isArray(v41)) return false;
      for (let v43 = 0; v43 < v41.length; v43++) {
        const v42 = v41[v43];
        if (!(v42 !== null && typeof v42 === "object" && !Array.isArray(v42))) return false;
        {
          const v44 = v42.name;
          if (v44 !== void 0) {
            if (!(typeof v44 === "string")) return false;
          }
        }
        {
          const v45 = v42.s3location;
          if (v45 !== void 0) {
            if (!(v45 !== null && typeof v45 === "object" && !Array.isArray(v45))) return false;
            {
              const v46 = v45.bucket;
              if (v46 !== void 0) {
                if (!(typeof v46 === "string")) return false;
              }
            }
            {
              const v47 = v45.key;
              if (v47 !== void 0) {
                if (!(typeof v47 === "string")) return false;
              }
            }
          }
        }
      }
    }
  }
  return true;
}
function check(x) {
  if (!d_EventBridgeEnvelope(x)) return false;
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v12 = x["detail-type"];
    if (v12 === void 0) return false;
    if (!(v12 === "CodePipeline Action Execution State Change")) return false;
  }
  {
    const v13 = x.source;
    if (v13 === void 0) return false;
    if (!(v13 === "aws.codepipeline")) return false;
  }
  {
    const v14 = x.detail;
    if (v14 === void 0) return false;
    if (!d_CodePipelineActionExecutionStateChangeDetail(v14)) return false;
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

// codepipeline.eventbridge-action-execution-state-change.strict.entry.ts
var validate = withStandardSchema(checked(check, codepipeline_eventbridge_action_execution_state_change_strict_standalone_default), "codepipeline.eventbridge-action-execution-state-change");
export {
  validate as default,
  validate
};
