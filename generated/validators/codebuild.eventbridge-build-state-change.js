// Generated from schemas/codebuild/eventbridge-build-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:codebuild.eventbridge-build-state-change.standalone.js
var codebuild_eventbridge_build_state_change_standalone_default = validate21;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
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
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["phase-type"] === void 0 && (missing0 = "phase-type") || data["start-time"] === void 0 && (missing0 = "start-time")) {
        validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["phase-context"] !== void 0) {
          let data0 = data["phase-context"];
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs3 = errors;
                if (typeof data0[i0] !== "string") {
                  validate32.errors = [{ instancePath: instancePath + "/phase-context/" + i0, schemaPath: "#/properties/phase-context/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate32.errors = [{ instancePath: instancePath + "/phase-context", schemaPath: "#/properties/phase-context/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["start-time"] !== void 0) {
            const _errs5 = errors;
            if (typeof data["start-time"] !== "string") {
              validate32.errors = [{ instancePath: instancePath + "/start-time", schemaPath: "#/properties/start-time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["end-time"] !== void 0) {
              const _errs7 = errors;
              if (typeof data["end-time"] !== "string") {
                validate32.errors = [{ instancePath: instancePath + "/end-time", schemaPath: "#/properties/end-time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["duration-in-seconds"] !== void 0) {
                let data4 = data["duration-in-seconds"];
                const _errs9 = errors;
                if (!(typeof data4 == "number" && isFinite(data4))) {
                  validate32.errors = [{ instancePath: instancePath + "/duration-in-seconds", schemaPath: "#/properties/duration-in-seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                  return false;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data["phase-type"] !== void 0) {
                  const _errs11 = errors;
                  if (typeof data["phase-type"] !== "string") {
                    validate32.errors = [{ instancePath: instancePath + "/phase-type", schemaPath: "#/properties/phase-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data["phase-status"] !== void 0) {
                    const _errs13 = errors;
                    if (typeof data["phase-status"] !== "string") {
                      validate32.errors = [{ instancePath: instancePath + "/phase-status", schemaPath: "#/properties/phase-status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
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
    } else {
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
      if (data["build-complete"] === void 0 && (missing0 = "build-complete") || data.initiator === void 0 && (missing0 = "initiator") || data["build-start-time"] === void 0 && (missing0 = "build-start-time")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.artifact !== void 0) {
          let data0 = data.artifact;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (data0.location !== void 0) {
                const _errs3 = errors;
                if (typeof data0.location !== "string") {
                  validate31.errors = [{ instancePath: instancePath + "/artifact/location", schemaPath: "#/properties/artifact/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid1 = _errs3 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.md5sum !== void 0) {
                  const _errs5 = errors;
                  if (typeof data0.md5sum !== "string") {
                    validate31.errors = [{ instancePath: instancePath + "/artifact/md5sum", schemaPath: "#/properties/artifact/properties/md5sum/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid1 = _errs5 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.sha256sum !== void 0) {
                    const _errs7 = errors;
                    if (typeof data0.sha256sum !== "string") {
                      validate31.errors = [{ instancePath: instancePath + "/artifact/sha256sum", schemaPath: "#/properties/artifact/properties/sha256sum/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate31.errors = [{ instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.environment !== void 0) {
            let data4 = data.environment;
            const _errs9 = errors;
            if (errors === _errs9) {
              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                if (data4.image !== void 0) {
                  const _errs11 = errors;
                  if (typeof data4.image !== "string") {
                    validate31.errors = [{ instancePath: instancePath + "/environment/image", schemaPath: "#/properties/environment/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs11 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data4["privileged-mode"] !== void 0) {
                    const _errs13 = errors;
                    if (typeof data4["privileged-mode"] !== "boolean") {
                      validate31.errors = [{ instancePath: instancePath + "/environment/privileged-mode", schemaPath: "#/properties/environment/properties/privileged-mode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                      return false;
                    }
                    var valid2 = _errs13 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data4["compute-type"] !== void 0) {
                      const _errs15 = errors;
                      if (typeof data4["compute-type"] !== "string") {
                        validate31.errors = [{ instancePath: instancePath + "/environment/compute-type", schemaPath: "#/properties/environment/properties/compute-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs15 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data4.type !== void 0) {
                        const _errs17 = errors;
                        if (typeof data4.type !== "string") {
                          validate31.errors = [{ instancePath: instancePath + "/environment/type", schemaPath: "#/properties/environment/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs17 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data4["image-pull-credentials-type"] !== void 0) {
                          const _errs19 = errors;
                          if (typeof data4["image-pull-credentials-type"] !== "string") {
                            validate31.errors = [{ instancePath: instancePath + "/environment/image-pull-credentials-type", schemaPath: "#/properties/environment/properties/image-pull-credentials-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs19 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data4["environment-variables"] !== void 0) {
                            let data10 = data4["environment-variables"];
                            const _errs21 = errors;
                            if (errors === _errs21) {
                              if (Array.isArray(data10)) {
                                var valid3 = true;
                                const len0 = data10.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  let data11 = data10[i0];
                                  const _errs23 = errors;
                                  if (errors === _errs23) {
                                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                      if (data11.name !== void 0) {
                                        const _errs25 = errors;
                                        if (typeof data11.name !== "string") {
                                          validate31.errors = [{ instancePath: instancePath + "/environment/environment-variables/" + i0 + "/name", schemaPath: "#/properties/environment/properties/environment-variables/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid4 = _errs25 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data11.type !== void 0) {
                                          const _errs27 = errors;
                                          if (typeof data11.type !== "string") {
                                            validate31.errors = [{ instancePath: instancePath + "/environment/environment-variables/" + i0 + "/type", schemaPath: "#/properties/environment/properties/environment-variables/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid4 = _errs27 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data11.value !== void 0) {
                                            const _errs29 = errors;
                                            if (typeof data11.value !== "string") {
                                              validate31.errors = [{ instancePath: instancePath + "/environment/environment-variables/" + i0 + "/value", schemaPath: "#/properties/environment/properties/environment-variables/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid4 = _errs29 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                        }
                                      }
                                    } else {
                                      validate31.errors = [{ instancePath: instancePath + "/environment/environment-variables/" + i0, schemaPath: "#/properties/environment/properties/environment-variables/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs23 === errors;
                                  if (!valid3) {
                                    break;
                                  }
                                }
                              } else {
                                validate31.errors = [{ instancePath: instancePath + "/environment/environment-variables", schemaPath: "#/properties/environment/properties/environment-variables/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid2 = _errs21 === errors;
                          } else {
                            var valid2 = true;
                          }
                        }
                      }
                    }
                  }
                }
              } else {
                validate31.errors = [{ instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs9 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["timeout-in-minutes"] !== void 0) {
              let data15 = data["timeout-in-minutes"];
              const _errs31 = errors;
              if (!(typeof data15 == "number" && isFinite(data15))) {
                validate31.errors = [{ instancePath: instancePath + "/timeout-in-minutes", schemaPath: "#/properties/timeout-in-minutes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
              var valid0 = _errs31 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["queued-timeout-in-minutes"] !== void 0) {
                let data16 = data["queued-timeout-in-minutes"];
                const _errs33 = errors;
                if (!(typeof data16 == "number" && isFinite(data16))) {
                  validate31.errors = [{ instancePath: instancePath + "/queued-timeout-in-minutes", schemaPath: "#/properties/queued-timeout-in-minutes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                  return false;
                }
                var valid0 = _errs33 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data["build-complete"] !== void 0) {
                  const _errs35 = errors;
                  if (typeof data["build-complete"] !== "boolean") {
                    validate31.errors = [{ instancePath: instancePath + "/build-complete", schemaPath: "#/properties/build-complete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                  }
                  var valid0 = _errs35 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data["build-number"] !== void 0) {
                    let data18 = data["build-number"];
                    const _errs37 = errors;
                    if (!(typeof data18 == "number" && isFinite(data18))) {
                      validate31.errors = [{ instancePath: instancePath + "/build-number", schemaPath: "#/properties/build-number/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                    var valid0 = _errs37 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.initiator !== void 0) {
                      const _errs39 = errors;
                      if (typeof data.initiator !== "string") {
                        validate31.errors = [{ instancePath: instancePath + "/initiator", schemaPath: "#/properties/initiator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs39 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data["build-start-time"] !== void 0) {
                        const _errs41 = errors;
                        if (typeof data["build-start-time"] !== "string") {
                          validate31.errors = [{ instancePath: instancePath + "/build-start-time", schemaPath: "#/properties/build-start-time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs41 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.source !== void 0) {
                          let data21 = data.source;
                          const _errs43 = errors;
                          if (errors === _errs43) {
                            if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                              if (data21.location !== void 0) {
                                const _errs45 = errors;
                                if (typeof data21.location !== "string") {
                                  validate31.errors = [{ instancePath: instancePath + "/source/location", schemaPath: "#/properties/source/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid5 = _errs45 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data21.type !== void 0) {
                                  const _errs47 = errors;
                                  if (typeof data21.type !== "string") {
                                    validate31.errors = [{ instancePath: instancePath + "/source/type", schemaPath: "#/properties/source/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid5 = _errs47 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data21.buildspec !== void 0) {
                                    const _errs49 = errors;
                                    if (typeof data21.buildspec !== "string") {
                                      validate31.errors = [{ instancePath: instancePath + "/source/buildspec", schemaPath: "#/properties/source/properties/buildspec/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid5 = _errs49 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                  if (valid5) {
                                    if (data21.auth !== void 0) {
                                      let data25 = data21.auth;
                                      const _errs51 = errors;
                                      if (errors === _errs51) {
                                        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                          if (data25.type !== void 0) {
                                            const _errs53 = errors;
                                            if (typeof data25.type !== "string") {
                                              validate31.errors = [{ instancePath: instancePath + "/source/auth/type", schemaPath: "#/properties/source/properties/auth/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid6 = _errs53 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data25.resource !== void 0) {
                                              const _errs55 = errors;
                                              if (typeof data25.resource !== "string") {
                                                validate31.errors = [{ instancePath: instancePath + "/source/auth/resource", schemaPath: "#/properties/source/properties/auth/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid6 = _errs55 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                          }
                                        } else {
                                          validate31.errors = [{ instancePath: instancePath + "/source/auth", schemaPath: "#/properties/source/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid5 = _errs51 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate31.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs43 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["source-version"] !== void 0) {
                            const _errs57 = errors;
                            if (typeof data["source-version"] !== "string") {
                              validate31.errors = [{ instancePath: instancePath + "/source-version", schemaPath: "#/properties/source-version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs57 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.logs !== void 0) {
                              let data29 = data.logs;
                              const _errs59 = errors;
                              if (errors === _errs59) {
                                if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                  if (data29["group-name"] !== void 0) {
                                    const _errs61 = errors;
                                    if (typeof data29["group-name"] !== "string") {
                                      validate31.errors = [{ instancePath: instancePath + "/logs/group-name", schemaPath: "#/properties/logs/properties/group-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid7 = _errs61 === errors;
                                  } else {
                                    var valid7 = true;
                                  }
                                  if (valid7) {
                                    if (data29["stream-name"] !== void 0) {
                                      const _errs63 = errors;
                                      if (typeof data29["stream-name"] !== "string") {
                                        validate31.errors = [{ instancePath: instancePath + "/logs/stream-name", schemaPath: "#/properties/logs/properties/stream-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid7 = _errs63 === errors;
                                    } else {
                                      var valid7 = true;
                                    }
                                    if (valid7) {
                                      if (data29["deep-link"] !== void 0) {
                                        const _errs65 = errors;
                                        if (typeof data29["deep-link"] !== "string") {
                                          validate31.errors = [{ instancePath: instancePath + "/logs/deep-link", schemaPath: "#/properties/logs/properties/deep-link/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid7 = _errs65 === errors;
                                      } else {
                                        var valid7 = true;
                                      }
                                    }
                                  }
                                } else {
                                  validate31.errors = [{ instancePath: instancePath + "/logs", schemaPath: "#/properties/logs/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs59 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.phases !== void 0) {
                                let data33 = data.phases;
                                const _errs67 = errors;
                                if (errors === _errs67) {
                                  if (Array.isArray(data33)) {
                                    var valid8 = true;
                                    const len1 = data33.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                      const _errs69 = errors;
                                      if (!validate32(data33[i1], { instancePath: instancePath + "/phases/" + i1, parentData: data33, parentDataProperty: i1, rootData })) {
                                        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid8 = _errs69 === errors;
                                      if (!valid8) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate31.errors = [{ instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs67 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data["network-interface"] !== void 0) {
                                  let data35 = data["network-interface"];
                                  const _errs70 = errors;
                                  if (errors === _errs70) {
                                    if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                      if (data35["eni-id"] !== void 0) {
                                        const _errs72 = errors;
                                        if (typeof data35["eni-id"] !== "string") {
                                          validate31.errors = [{ instancePath: instancePath + "/network-interface/eni-id", schemaPath: "#/properties/network-interface/properties/eni-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid9 = _errs72 === errors;
                                      } else {
                                        var valid9 = true;
                                      }
                                      if (valid9) {
                                        if (data35["subnet-id"] !== void 0) {
                                          const _errs74 = errors;
                                          if (typeof data35["subnet-id"] !== "string") {
                                            validate31.errors = [{ instancePath: instancePath + "/network-interface/subnet-id", schemaPath: "#/properties/network-interface/properties/subnet-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid9 = _errs74 === errors;
                                        } else {
                                          var valid9 = true;
                                        }
                                      }
                                    } else {
                                      validate31.errors = [{ instancePath: instancePath + "/network-interface", schemaPath: "#/properties/network-interface/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs70 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data["vpc-config"] !== void 0) {
                                    let data38 = data["vpc-config"];
                                    const _errs76 = errors;
                                    if (errors === _errs76) {
                                      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                                        if (data38["vpc-id"] !== void 0) {
                                          const _errs78 = errors;
                                          if (typeof data38["vpc-id"] !== "string") {
                                            validate31.errors = [{ instancePath: instancePath + "/vpc-config/vpc-id", schemaPath: "#/properties/vpc-config/properties/vpc-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid10 = _errs78 === errors;
                                        } else {
                                          var valid10 = true;
                                        }
                                        if (valid10) {
                                          if (data38["security-group-ids"] !== void 0) {
                                            let data40 = data38["security-group-ids"];
                                            const _errs80 = errors;
                                            if (errors === _errs80) {
                                              if (Array.isArray(data40)) {
                                                var valid11 = true;
                                                const len2 = data40.length;
                                                for (let i2 = 0; i2 < len2; i2++) {
                                                  const _errs82 = errors;
                                                  if (typeof data40[i2] !== "string") {
                                                    validate31.errors = [{ instancePath: instancePath + "/vpc-config/security-group-ids/" + i2, schemaPath: "#/properties/vpc-config/properties/security-group-ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid11 = _errs82 === errors;
                                                  if (!valid11) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate31.errors = [{ instancePath: instancePath + "/vpc-config/security-group-ids", schemaPath: "#/properties/vpc-config/properties/security-group-ids/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid10 = _errs80 === errors;
                                          } else {
                                            var valid10 = true;
                                          }
                                          if (valid10) {
                                            if (data38.subnets !== void 0) {
                                              let data42 = data38.subnets;
                                              const _errs84 = errors;
                                              if (errors === _errs84) {
                                                if (Array.isArray(data42)) {
                                                  var valid12 = true;
                                                  const len3 = data42.length;
                                                  for (let i3 = 0; i3 < len3; i3++) {
                                                    let data43 = data42[i3];
                                                    const _errs86 = errors;
                                                    if (errors === _errs86) {
                                                      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                                                        if (data43["subnet-id"] !== void 0) {
                                                          const _errs88 = errors;
                                                          if (typeof data43["subnet-id"] !== "string") {
                                                            validate31.errors = [{ instancePath: instancePath + "/vpc-config/subnets/" + i3 + "/subnet-id", schemaPath: "#/properties/vpc-config/properties/subnets/items/properties/subnet-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid13 = _errs88 === errors;
                                                        } else {
                                                          var valid13 = true;
                                                        }
                                                        if (valid13) {
                                                          if (data43["build-fleet-az"] !== void 0) {
                                                            const _errs90 = errors;
                                                            if (typeof data43["build-fleet-az"] !== "string") {
                                                              validate31.errors = [{ instancePath: instancePath + "/vpc-config/subnets/" + i3 + "/build-fleet-az", schemaPath: "#/properties/vpc-config/properties/subnets/items/properties/build-fleet-az/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid13 = _errs90 === errors;
                                                          } else {
                                                            var valid13 = true;
                                                          }
                                                          if (valid13) {
                                                            if (data43["customer-az"] !== void 0) {
                                                              const _errs92 = errors;
                                                              if (typeof data43["customer-az"] !== "string") {
                                                                validate31.errors = [{ instancePath: instancePath + "/vpc-config/subnets/" + i3 + "/customer-az", schemaPath: "#/properties/vpc-config/properties/subnets/items/properties/customer-az/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid13 = _errs92 === errors;
                                                            } else {
                                                              var valid13 = true;
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate31.errors = [{ instancePath: instancePath + "/vpc-config/subnets/" + i3, schemaPath: "#/properties/vpc-config/properties/subnets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid12 = _errs86 === errors;
                                                    if (!valid12) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate31.errors = [{ instancePath: instancePath + "/vpc-config/subnets", schemaPath: "#/properties/vpc-config/properties/subnets/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid10 = _errs84 === errors;
                                            } else {
                                              var valid10 = true;
                                            }
                                          }
                                        }
                                      } else {
                                        validate31.errors = [{ instancePath: instancePath + "/vpc-config", schemaPath: "#/properties/vpc-config/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs76 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.cache !== void 0) {
                                      let data47 = data.cache;
                                      const _errs94 = errors;
                                      if (errors === _errs94) {
                                        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                                          if (data47.type !== void 0) {
                                            const _errs96 = errors;
                                            if (typeof data47.type !== "string") {
                                              validate31.errors = [{ instancePath: instancePath + "/cache/type", schemaPath: "#/properties/cache/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid14 = _errs96 === errors;
                                          } else {
                                            var valid14 = true;
                                          }
                                          if (valid14) {
                                            if (data47.location !== void 0) {
                                              const _errs98 = errors;
                                              if (typeof data47.location !== "string") {
                                                validate31.errors = [{ instancePath: instancePath + "/cache/location", schemaPath: "#/properties/cache/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid14 = _errs98 === errors;
                                            } else {
                                              var valid14 = true;
                                            }
                                          }
                                        } else {
                                          validate31.errors = [{ instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs94 === errors;
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
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
      if (data["build-status"] === void 0 && (missing0 = "build-status") || data["project-name"] === void 0 && (missing0 = "project-name") || data["build-id"] === void 0 && (missing0 = "build-id") || data["additional-information"] === void 0 && (missing0 = "additional-information") || data["current-phase"] === void 0 && (missing0 = "current-phase") || data["current-phase-context"] === void 0 && (missing0 = "current-phase-context") || data.version === void 0 && (missing0 = "version")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["build-status"] !== void 0) {
          const _errs1 = errors;
          if (typeof data["build-status"] !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/build-status", schemaPath: "#/properties/build-status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["project-name"] !== void 0) {
            const _errs3 = errors;
            if (typeof data["project-name"] !== "string") {
              validate30.errors = [{ instancePath: instancePath + "/project-name", schemaPath: "#/properties/project-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["build-id"] !== void 0) {
              const _errs5 = errors;
              if (typeof data["build-id"] !== "string") {
                validate30.errors = [{ instancePath: instancePath + "/build-id", schemaPath: "#/properties/build-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["additional-information"] !== void 0) {
                const _errs7 = errors;
                if (!validate31(data["additional-information"], { instancePath: instancePath + "/additional-information", parentData: data, parentDataProperty: "additional-information", rootData })) {
                  vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data["current-phase"] !== void 0) {
                  const _errs8 = errors;
                  if (typeof data["current-phase"] !== "string") {
                    validate30.errors = [{ instancePath: instancePath + "/current-phase", schemaPath: "#/properties/current-phase/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data["current-phase-context"] !== void 0) {
                    const _errs10 = errors;
                    if (typeof data["current-phase-context"] !== "string") {
                      validate30.errors = [{ instancePath: instancePath + "/current-phase-context", schemaPath: "#/properties/current-phase-context/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.version !== void 0) {
                      const _errs12 = errors;
                      if (typeof data.version !== "string") {
                        validate30.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
            if ("CodeBuild Build State Change" !== data["detail-type"]) {
              validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "CodeBuild Build State Change" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if ("aws.codebuild" !== data.source) {
                validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.codebuild" }, message: "must be equal to constant" }];
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

// check:codebuild.eventbridge-build-state-change.check.js
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
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.time;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.region;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
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
function d_CodeBuildBuildStateChangeDetail(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v15 = x["build-status"];
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string")) return false;
  }
  {
    const v16 = x["project-name"];
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x["build-id"];
    if (v17 === void 0) return false;
    if (!(typeof v17 === "string")) return false;
  }
  {
    const v18 = x["additional-information"];
    if (v18 === void 0) return false;
    if (!d_CodeBuildAdditionalInformation(v18)) return false;
  }
  {
    const v81 = x["current-phase"];
    if (v81 === void 0) return false;
    if (!(typeof v81 === "string")) return false;
  }
  {
    const v82 = x["current-phase-context"];
    if (v82 === void 0) return false;
    if (!(typeof v82 === "string")) return false;
  }
  {
    const v83 = x.version;
    if (v83 === void 0) return false;
    if (!(typeof v83 === "string")) return false;
  }
  return true;
}
function d_CodeBuildAdditionalInformation(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v19 = x.artifact;
    if (v19 !== void 0) {
      if (!(v19 !== null && typeof v19 === "object" && !Array.isArray(v19))) return false;
      {
        const v20 = v19.location;
        if (v20 !== void 0) {
          if (!(typeof v20 === "string")) return false;
        }
      }
      {
        const v21 = v19.md5sum;
        if (v21 !== void 0) {
          if (!(typeof v21 === "string")) return false;
        }
      }
      {
        const v22 = v19.sha256sum;
        if (v22 !== void 0) {
          if (!(typeof v22 === "string")) return false;
        }
      }
    }
  }
  {
    const v23 = x.environment;
    if (v23 !== void 0) {
      if (!(v23 !== null && typeof v23 === "object" && !Array.isArray(v23))) return false;
      {
        const v24 = v23.image;
        if (v24 !== void 0) {
          if (!(typeof v24 === "string")) return false;
        }
      }
      {
        const v25 = v23["privileged-mode"];
        if (v25 !== void 0) {
          if (!(typeof v25 === "boolean")) return false;
        }
      }
      {
        const v26 = v23["compute-type"];
        if (v26 !== void 0) {
          if (!(typeof v26 === "string")) return false;
        }
      }
      {
        const v27 = v23.type;
        if (v27 !== void 0) {
          if (!(typeof v27 === "string")) return false;
        }
      }
      {
        const v28 = v23["image-pull-credentials-type"];
        if (v28 !== void 0) {
          if (!(typeof v28 === "string")) return false;
        }
      }
      {
        const v29 = v23["environment-variables"];
        if (v29 !== void 0) {
          if (!Array.isArray(v29)) return false;
          for (let v31 = 0; v31 < v29.length; v31++) {
            const v30 = v29[v31];
            if (!(v30 !== null && typeof v30 === "object" && !Array.isArray(v30))) return false;
            {
              const v32 = v30.name;
              if (v32 !== void 0) {
                if (!(typeof v32 === "string")) return false;
              }
            }
            {
              const v33 = v30.type;
              if (v33 !== void 0) {
                if (!(typeof v33 === "string")) return false;
              }
            }
            {
              const v34 = v30.value;
              if (v34 !== void 0) {
                if (!(typeof v34 === "string")) return false;
              }
            }
          }
        }
      }
    }
  }
  {
    const v35 = x["timeout-in-minutes"];
    if (v35 !== void 0) {
      if (!(typeof v35 === "number" && isFinite(v35))) return false;
    }
  }
  {
    const v36 = x["queued-timeout-in-minutes"];
    if (v36 !== void 0) {
      if (!(typeof v36 === "number" && isFinite(v36))) return false;
    }
  }
  {
    const v37 = x["build-complete"];
    if (v37 === void 0) return false;
    if (!(typeof v37 === "boolean")) return false;
  }
  {
    const v38 = x["build-number"];
    if (v38 !== void 0) {
      if (!(typeof v38 === "number" && isFinite(v38))) return false;
    }
  }
  {
    const v39 = x.initiator;
    if (v39 === void 0) return false;
    if (!(typeof v39 === "string")) return false;
  }
  {
    const v40 = x["build-start-time"];
    if (v40 === void 0) return false;
    if (!(typeof v40 === "string")) return false;
  }
  {
    const v41 = x.source;
    if (v41 !== void 0) {
      if (!(v41 !== null && typeof v41 === "object" && !Array.isArray(v41))) return false;
      {
        const v42 = v41.location;
        if (v42 !== void 0) {
          if (!(typeof v42 === "string")) return false;
        }
      }
      {
        const v43 = v41.type;
        if (v43 !== void 0) {
          if (!(typeof v43 === "string")) return false;
        }
      }
      {
        const v44 = v41.buildspec;
        if (v44 !== void 0) {
          if (!(typeof v44 === "string")) return false;
        }
      }
      {
        const v45 = v41.auth;
        if (v45 !== void 0) {
          if (!(v45 !== null && typeof v45 === "object" && !Array.isArray(v45))) return false;
          {
            const v46 = v45.type;
            if (v46 !== void 0) {
              if (!(typeof v46 === "string")) return false;
            }
          }
          {
            const v47 = v45.resource;
            if (v47 !== void 0) {
              if (!(typeof v47 === "string")) return false;
            }
          }
        }
      }
    }
  }
  {
    const v48 = x["source-version"];
    if (v48 !== void 0) {
      if (!(typeof v48 === "string")) return false;
    }
  }
  {
    const v49 = x.logs;
    if (v49 !== void 0) {
      if (!(v49 !== null && typeof v49 === "object" && !Array.isArray(v49))) return false;
      {
        const v50 = v49["group-name"];
        if (v50 !== void 0) {
          if (!(typeof v50 === "string")) return false;
        }
      }
      {
        const v51 = v49["stream-name"];
        if (v51 !== void 0) {
          if (!(typeof v51 === "string")) return false;
        }
      }
      {
        const v52 = v49["deep-link"];
        if (v52 !== void 0) {
          if (!(typeof v52 === "string")) return false;
        }
      }
    }
  }
  {
    const v53 = x.phases;
    if (v53 !== void 0) {
      if (!Array.isArray(v53)) return false;
      for (let v55 = 0; v55 < v53.length; v55++) {
        const v54 = v53[v55];
        if (!d_CodeBuildPhase(v54)) return false;
      }
    }
  }
  {
    const v64 = x["network-interface"];
    if (v64 !== void 0) {
      if (!(v64 !== null && typeof v64 === "object" && !Array.isArray(v64))) return false;
      {
        const v65 = v64["eni-id"];
        if (v65 !== void 0) {
          if (!(typeof v65 === "string")) return false;
        }
      }
      {
        const v66 = v64["subnet-id"];
        if (v66 !== void 0) {
          if (!(typeof v66 === "string")) return false;
        }
      }
    }
  }
  {
    const v67 = x["vpc-config"];
    if (v67 !== void 0) {
      if (!(v67 !== null && typeof v67 === "object" && !Array.isArray(v67))) return false;
      {
        const v68 = v67["vpc-id"];
        if (v68 !== void 0) {
          if (!(typeof v68 === "string")) return false;
        }
      }
      {
        const v69 = v67["security-group-ids"];
        if (v69 !== void 0) {
          if (!Array.isArray(v69)) return false;
          for (let v71 = 0; v71 < v69.length; v71++) {
            const v70 = v69[v71];
            if (!(typeof v70 === "string")) return false;
          }
        }
      }
      {
        const v72 = v67.subnets;
        if (v72 !== void 0) {
          if (!Array.isArray(v72)) return false;
          for (let v74 = 0; v74 < v72.length; v74++) {
            const v73 = v72[v74];
            if (!(v73 !== null && typeof v73 === "object" && !Array.isArray(v73))) return false;
            {
              const v75 = v73["subnet-id"];
              if (v75 !== void 0) {
                if (!(typeof v75 === "string")) return false;
              }
            }
            {
              const v76 = v73["build-fleet-az"];
              if (v76 !== void 0) {
                if (!(typeof v76 === "string")) return false;
              }
            }
            {
              const v77 = v73["customer-az"];
              if (v77 !== void 0) {
                if (!(typeof v77 === "string")) return false;
              }
            }
          }
        }
      }
    }
  }
  {
    const v78 = x.cache;
    if (v78 !== void 0) {
      if (!(v78 !== null && typeof v78 === "object" && !Array.isArray(v78))) return false;
      {
        const v79 = v78.type;
        if (v79 !== void 0) {
          if (!(typeof v79 === "string")) return false;
        }
      }
      {
        const v80 = v78.location;
        if (v80 !== void 0) {
          if (!(typeof v80 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function d_CodeBuildPhase(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v56 = x["phase-context"];
    if (v56 !== void 0) {
      if (!Array.isArray(v56)) return false;
      for (let v58 = 0; v58 < v56.length; v58++) {
        const v57 = v56[v58];
        if (!(typeof v57 === "string")) return false;
      }
    }
  }
  {
    const v59 = x["start-time"];
    if (v59 === void 0) return false;
    if (!(typeof v59 === "string")) return false;
  }
  {
    const v60 = x["end-time"];
    if (v60 !== void 0) {
      if (!(typeof v60 === "string")) return false;
    }
  }
  {
    const v61 = x["duration-in-seconds"];
    if (v61 !== void 0) {
      if (!(typeof v61 === "number" && isFinite(v61))) return false;
    }
  }
  {
    const v62 = x["phase-type"];
    if (v62 === void 0) return false;
    if (!(typeof v62 === "string")) return false;
  }
  {
    const v63 = x["phase-status"];
    if (v63 !== void 0) {
      if (!(typeof v63 === "string")) return false;
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
    if (!(v12 === "CodeBuild Build State Change")) return false;
  }
  {
    const v13 = x.source;
    if (v13 === void 0) return false;
    if (!(v13 === "aws.codebuild")) return false;
  }
  {
    const v14 = x.detail;
    if (v14 === void 0) return false;
    if (!d_CodeBuildBuildStateChangeDetail(v14)) return false;
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

// codebuild.eventbridge-build-state-change.entry.ts
var validate = withStandardSchema(checked(check, codebuild_eventbridge_build_state_change_standalone_default), "codebuild.eventbridge-build-state-change");
export {
  validate as default,
  validate
};
