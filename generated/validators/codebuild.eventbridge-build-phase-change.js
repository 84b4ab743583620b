// Generated from schemas/codebuild/eventbridge-build-phase-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:codebuild.eventbridge-build-phase-change.standalone.js
var codebuild_eventbridge_build_phase_change_standalone_default = validate20;
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
      if (data.version === void 0 && (missing0 = "version") || data.id === void 0 && (missing0 = "id") || data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.account === void 0 && (missing0 = "account") || data.time === void 0 && (missing0 = "time") || data.region === void 0 && (missing0 = "region") || data.resources === void 0 && (missing0 = "resources") || data.detail === void 0 && (missing0 = "detail")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("0" !== data.version) {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "0" }, message: "must be equal to constant" }];
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
              validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/properties/detail-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.account !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.time !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.time !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.region !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.region !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.resources !== void 0) {
                        let data7 = data.resources;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (Array.isArray(data7)) {
                            var valid4 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs19 = errors;
                              if (typeof data7[i0] !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid4 = _errs19 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.detail !== void 0) {
                          let data9 = data.detail;
                          const _errs21 = errors;
                          if (errors === _errs21) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs21 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["replay-name"] !== void 0) {
                            const _errs24 = errors;
                            if (typeof data["replay-name"] !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/replay-name", schemaPath: "#/properties/replay-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs24 === errors;
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "version": true, "id": true, "detail-type": true, "source": true, "account": true, "time": true, "region": true, "resources": true, "detail": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["build-complete"] === void 0 && (missing0 = "build-complete") || data.initiator === void 0 && (missing0 = "initiator") || data["build-start-time"] === void 0 && (missing0 = "build-start-time")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
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
                  validate24.errors = [{ instancePath: instancePath + "/artifact/location", schemaPath: "#/properties/artifact/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate24.errors = [{ instancePath: instancePath + "/artifact/md5sum", schemaPath: "#/properties/artifact/properties/md5sum/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate24.errors = [{ instancePath: instancePath + "/artifact/sha256sum", schemaPath: "#/properties/artifact/properties/sha256sum/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate24.errors = [{ instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                    validate24.errors = [{ instancePath: instancePath + "/environment/image", schemaPath: "#/properties/environment/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate24.errors = [{ instancePath: instancePath + "/environment/privileged-mode", schemaPath: "#/properties/environment/properties/privileged-mode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
                        validate24.errors = [{ instancePath: instancePath + "/environment/compute-type", schemaPath: "#/properties/environment/properties/compute-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate24.errors = [{ instancePath: instancePath + "/environment/type", schemaPath: "#/properties/environment/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            validate24.errors = [{ instancePath: instancePath + "/environment/image-pull-credentials-type", schemaPath: "#/properties/environment/properties/image-pull-credentials-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                          validate24.errors = [{ instancePath: instancePath + "/environment/environment-variables/" + i0 + "/name", schemaPath: "#/properties/environment/properties/environment-variables/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                            validate24.errors = [{ instancePath: instancePath + "/environment/environment-variables/" + i0 + "/type", schemaPath: "#/properties/environment/properties/environment-variables/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                              validate24.errors = [{ instancePath: instancePath + "/environment/environment-variables/" + i0 + "/value", schemaPath: "#/properties/environment/properties/environment-variables/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid4 = _errs29 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                        }
                                      }
                                    } else {
                                      validate24.errors = [{ instancePath: instancePath + "/environment/environment-variables/" + i0, schemaPath: "#/properties/environment/properties/environment-variables/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs23 === errors;
                                  if (!valid3) {
                                    break;
                                  }
                                }
                              } else {
                                validate24.errors = [{ instancePath: instancePath + "/environment/environment-variables", schemaPath: "#/properties/environment/properties/environment-variables/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                validate24.errors = [{ instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                validate24.errors = [{ instancePath: instancePath + "/timeout-in-minutes", schemaPath: "#/properties/timeout-in-minutes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
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
                  validate24.errors = [{ instancePath: instancePath + "/queued-timeout-in-minutes", schemaPath: "#/properties/queued-timeout-in-minutes/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
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
                    validate24.errors = [{ instancePath: instancePath + "/build-complete", schemaPath: "#/properties/build-complete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
                      validate24.errors = [{ instancePath: instancePath + "/build-number", schemaPath: "#/properties/build-number/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
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
                        validate24.errors = [{ instancePath: instancePath + "/initiator", schemaPath: "#/properties/initiator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate24.errors = [{ instancePath: instancePath + "/build-start-time", schemaPath: "#/properties/build-start-time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                  validate24.errors = [{ instancePath: instancePath + "/source/location", schemaPath: "#/properties/source/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                    validate24.errors = [{ instancePath: instancePath + "/source/type", schemaPath: "#/properties/source/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                      validate24.errors = [{ instancePath: instancePath + "/source/buildspec", schemaPath: "#/properties/source/properties/buildspec/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                              validate24.errors = [{ instancePath: instancePath + "/source/auth/type", schemaPath: "#/properties/source/properties/auth/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                validate24.errors = [{ instancePath: instancePath + "/source/auth/resource", schemaPath: "#/properties/source/properties/auth/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid6 = _errs55 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                          }
                                        } else {
                                          validate24.errors = [{ instancePath: instancePath + "/source/auth", schemaPath: "#/properties/source/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                              validate24.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                              validate24.errors = [{ instancePath: instancePath + "/source-version", schemaPath: "#/properties/source-version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                      validate24.errors = [{ instancePath: instancePath + "/logs/group-name", schemaPath: "#/properties/logs/properties/group-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                        validate24.errors = [{ instancePath: instancePath + "/logs/stream-name", schemaPath: "#/properties/logs/properties/stream-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                          validate24.errors = [{ instancePath: instancePath + "/logs/deep-link", schemaPath: "#/properties/logs/properties/deep-link/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid7 = _errs65 === errors;
                                      } else {
                                        var valid7 = true;
                                      }
                                    }
                                  }
                                } else {
                                  validate24.errors = [{ instancePath: instancePath + "/logs", schemaPath: "#/properties/logs/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                      let data34 = data33[i1];
                                      const _errs69 = errors;
                                      const _errs70 = errors;
                                      if (errors === _errs70) {
                                        if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                                          let missing1;
                                          if (data34["phase-type"] === void 0 && (missing1 = "phase-type") || data34["start-time"] === void 0 && (missing1 = "start-time")) {
                                            validate24.errors = [{ instancePath: instancePath + "/phases/" + i1, schemaPath: "#/$defs/CodeBuildPhase/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                            return false;
                                          } else {
                                            if (data34["phase-context"] !== void 0) {
                                              let data35 = data34["phase-context"];
                                              const _errs72 = errors;
                                              if (errors === _errs72) {
                                                if (Array.isArray(data35)) {
                                                  var valid11 = true;
                                                  const len2 = data35.length;
                                                  for (let i2 = 0; i2 < len2; i2++) {
                                                    const _errs74 = errors;
                                                    if (typeof data35[i2] !== "string") {
                                                      validate24.errors = [{ instancePath: instancePath + "/phases/" + i1 + "/phase-context/" + i2, schemaPath: "#/$defs/CodeBuildPhase/properties/phase-context/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid11 = _errs74 === errors;
                                                    if (!valid11) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate24.errors = [{ instancePath: instancePath + "/phases/" + i1 + "/phase-context", schemaPath: "#/$defs/CodeBuildPhase/properties/phase-context/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid10 = _errs72 === errors;
                                            } else {
                                              var valid10 = true;
                                            }
                                            if (valid10) {
                                              if (data34["start-time"] !== void 0) {
                                                const _errs76 = errors;
                                                if (typeof data34["start-time"] !== "string") {
                                                  validate24.errors = [{ instancePath: instancePath + "/phases/" + i1 + "/start-time", schemaPath: "#/$defs/CodeBuildPhase/properties/start-time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid10 = _errs76 === errors;
                                              } else {
                                                var valid10 = true;
                                              }
                                              if (valid10) {
                                                if (data34["end-time"] !== void 0) {
                                                  const _errs78 = errors;
                                                  if (typeof data34["end-time"] !== "string") {
                                                    validate24.errors = [{ instancePath: instancePath + "/phases/" + i1 + "/end-time", schemaPath: "#/$defs/CodeBuildPhase/properties/end-time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid10 = _errs78 === errors;
                                                } else {
                                                  var valid10 = true;
                                                }
                                                if (valid10) {
                                                  if (data34["duration-in-seconds"] !== void 0) {
                                                    let data39 = data34["duration-in-seconds"];
                                                    const _errs80 = errors;
                                                    if (!(typeof data39 == "number" && isFinite(data39))) {
                                                      validate24.errors = [{ instancePath: instancePath + "/phases/" + i1 + "/duration-in-seconds", schemaPath: "#/$defs/CodeBuildPhase/properties/duration-in-seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                      return false;
                                                    }
                                                    var valid10 = _errs80 === errors;
                                                  } else {
                                                    var valid10 = true;
                                                  }
                                                  if (valid10) {
                                                    if (data34["phase-type"] !== void 0) {
                                                      const _errs82 = errors;
                                                      if (typeof data34["phase-type"] !== "string") {
                                                        validate24.errors = [{ instancePath: instancePath + "/phases/" + i1 + "/phase-type", schemaPath: "#/$defs/CodeBuildPhase/properties/phase-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid10 = _errs82 === errors;
                                                    } else {
                                                      var valid10 = true;
                                                    }
                                                    if (valid10) {
                                                      if (data34["phase-status"] !== void 0) {
                                                        const _errs84 = errors;
                                                        if (typeof data34["phase-status"] !== "string") {
                                                          validate24.errors = [{ instancePath: instancePath + "/phases/" + i1 + "/phase-status", schemaPath: "#/$defs/CodeBuildPhase/properties/phase-status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid10 = _errs84 === errors;
                                                      } else {
                                                        var valid10 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate24.errors = [{ instancePath: instancePath + "/phases/" + i1, schemaPath: "#/$defs/CodeBuildPhase/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid8 = _errs69 === errors;
                                      if (!valid8) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate24.errors = [{ instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs67 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data["network-interface"] !== void 0) {
                                  let data42 = data["network-interface"];
                                  const _errs86 = errors;
                                  if (errors === _errs86) {
                                    if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                                      if (data42["eni-id"] !== void 0) {
                                        const _errs88 = errors;
                                        if (typeof data42["eni-id"] !== "string") {
                                          validate24.errors = [{ instancePath: instancePath + "/network-interface/eni-id", schemaPath: "#/properties/network-interface/properties/eni-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid12 = _errs88 === errors;
                                      } else {
                                        var valid12 = true;
                                      }
                                      if (valid12) {
                                        if (data42["subnet-id"] !== void 0) {
                                          const _errs90 = errors;
                                          if (typeof data42["subnet-id"] !== "string") {
                                            validate24.errors = [{ instancePath: instancePath + "/network-interface/subnet-id", schemaPath: "#/properties/network-interface/properties/subnet-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid12 = _errs90 === errors;
                                        } else {
                                          var valid12 = true;
                                        }
                                      }
                                    } else {
                                      validate24.errors = [{ instancePath: instancePath + "/network-interface", schemaPath: "#/properties/network-interface/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs86 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data["vpc-config"] !== void 0) {
                                    let data45 = data["vpc-config"];
                                    const _errs92 = errors;
                                    if (errors === _errs92) {
                                      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                                        if (data45["vpc-id"] !== void 0) {
                                          const _errs94 = errors;
                                          if (typeof data45["vpc-id"] !== "string") {
                                            validate24.errors = [{ instancePath: instancePath + "/vpc-config/vpc-id", schemaPath: "#/properties/vpc-config/properties/vpc-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid13 = _errs94 === errors;
                                        } else {
                                          var valid13 = true;
                                        }
                                        if (valid13) {
                                          if (data45["security-group-ids"] !== void 0) {
                                            let data47 = data45["security-group-ids"];
                                            const _errs96 = errors;
                                            if (errors === _errs96) {
                                              if (Array.isArray(data47)) {
                                                var valid14 = true;
                                                const len3 = data47.length;
                                                for (let i3 = 0; i3 < len3; i3++) {
                                                  const _errs98 = errors;
                                                  if (typeof data47[i3] !== "string") {
                                                    validate24.errors = [{ instancePath: instancePath + "/vpc-config/security-group-ids/" + i3, schemaPath: "#/properties/vpc-config/properties/security-group-ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid14 = _errs98 === errors;
                                                  if (!valid14) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate24.errors = [{ instancePath: instancePath + "/vpc-config/security-group-ids", schemaPath: "#/properties/vpc-config/properties/security-group-ids/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid13 = _errs96 === errors;
                                          } else {
                                            var valid13 = true;
                                          }
                                          if (valid13) {
                                            if (data45.subnets !== void 0) {
                                              let data49 = data45.subnets;
                                              const _errs100 = errors;
                                              if (errors === _errs100) {
                                                if (Array.isArray(data49)) {
                                                  var valid15 = true;
                                                  const len4 = data49.length;
                                                  for (let i4 = 0; i4 < len4; i4++) {
                                                    let data50 = data49[i4];
                                                    const _errs102 = errors;
                                                    if (errors === _errs102) {
                                                      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                                                        if (data50["subnet-id"] !== void 0) {
                                                          const _errs104 = errors;
                                                          if (typeof data50["subnet-id"] !== "string") {
                                                            validate24.errors = [{ instancePath: instancePath + "/vpc-config/subnets/" + i4 + "/subnet-id", schemaPath: "#/properties/vpc-config/properties/subnets/items/properties/subnet-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid16 = _errs104 === errors;
                                                        } else {
                                                          var valid16 = true;
                                                        }
                                                        if (valid16) {
                                                          if (data50["build-fleet-az"] !== void 0) {
                                                            const _errs106 = errors;
                                                            if (typeof data50["build-fleet-az"] !== "string") {
                                                              validate24.errors = [{ instancePath: instancePath + "/vpc-config/subnets/" + i4 + "/build-fleet-az", schemaPath: "#/properties/vpc-config/properties/subnets/items/properties/build-fleet-az/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid16 = _errs106 === errors;
                                                          } else {
                                                            var valid16 = true;
                                                          }
                                                          if (valid16) {
                                                            if (data50["customer-az"] !== void 0) {
                                                              const _errs108 = errors;
                                                              if (typeof data50["customer-az"] !== "string") {
                                                                validate24.errors = [{ instancePath: instancePath + "/vpc-config/subnets/" + i4 + "/customer-az", schemaPath: "#/properties/vpc-config/properties/subnets/items/properties/customer-az/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid16 = _errs108 === errors;
                                                            } else {
                                                              var valid16 = true;
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate24.errors = [{ instancePath: instancePath + "/vpc-config/subnets/" + i4, schemaPath: "#/properties/vpc-config/properties/subnets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid15 = _errs102 === errors;
                                                    if (!valid15) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate24.errors = [{ instancePath: instancePath + "/vpc-config/subnets", schemaPath: "#/properties/vpc-config/properties/subnets/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid13 = _errs100 === errors;
                                            } else {
                                              var valid13 = true;
                                            }
                                          }
                                        }
                                      } else {
                                        validate24.errors = [{ instancePath: instancePath + "/vpc-config", schemaPath: "#/properties/vpc-config/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs92 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.cache !== void 0) {
                                      let data54 = data.cache;
                                      const _errs110 = errors;
                                      if (errors === _errs110) {
                                        if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                                          if (data54.type !== void 0) {
                                            const _errs112 = errors;
                                            if (typeof data54.type !== "string") {
                                              validate24.errors = [{ instancePath: instancePath + "/cache/type", schemaPath: "#/properties/cache/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid17 = _errs112 === errors;
                                          } else {
                                            var valid17 = true;
                                          }
                                          if (valid17) {
                                            if (data54.location !== void 0) {
                                              const _errs114 = errors;
                                              if (typeof data54.location !== "string") {
                                                validate24.errors = [{ instancePath: instancePath + "/cache/location", schemaPath: "#/properties/cache/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid17 = _errs114 === errors;
                                            } else {
                                              var valid17 = true;
                                            }
                                          }
                                        } else {
                                          validate24.errors = [{ instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs110 === errors;
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "artifact": true, "environment": true, "timeout-in-minutes": true, "queued-timeout-in-minutes": true, "build-complete": true, "build-number": true, "initiator": true, "build-start-time": true, "source": true, "source-version": true, "logs": true, "phases": true, "network-interface": true, "vpc-config": true, "cache": true }, "dynamicProps": false, "dynamicItems": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["completed-phase"] === void 0 && (missing0 = "completed-phase") || data["project-name"] === void 0 && (missing0 = "project-name") || data["build-id"] === void 0 && (missing0 = "build-id") || data["completed-phase-context"] === void 0 && (missing0 = "completed-phase-context") || data["additional-information"] === void 0 && (missing0 = "additional-information") || data["completed-phase-status"] === void 0 && (missing0 = "completed-phase-status") || data["completed-phase-duration-seconds"] === void 0 && (missing0 = "completed-phase-duration-seconds") || data.version === void 0 && (missing0 = "version") || data["completed-phase-start"] === void 0 && (missing0 = "completed-phase-start") || data["completed-phase-end"] === void 0 && (missing0 = "completed-phase-end")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["completed-phase"] !== void 0) {
          const _errs1 = errors;
          if (typeof data["completed-phase"] !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/completed-phase", schemaPath: "#/properties/completed-phase/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate23.errors = [{ instancePath: instancePath + "/project-name", schemaPath: "#/properties/project-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate23.errors = [{ instancePath: instancePath + "/build-id", schemaPath: "#/properties/build-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["completed-phase-context"] !== void 0) {
                const _errs7 = errors;
                if (typeof data["completed-phase-context"] !== "string") {
                  validate23.errors = [{ instancePath: instancePath + "/completed-phase-context", schemaPath: "#/properties/completed-phase-context/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data["additional-information"] !== void 0) {
                  const _errs9 = errors;
                  if (!validate24(data["additional-information"], { instancePath: instancePath + "/additional-information", parentData: data, parentDataProperty: "additional-information", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data["completed-phase-status"] !== void 0) {
                    const _errs10 = errors;
                    if (typeof data["completed-phase-status"] !== "string") {
                      validate23.errors = [{ instancePath: instancePath + "/completed-phase-status", schemaPath: "#/properties/completed-phase-status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data["completed-phase-duration-seconds"] !== void 0) {
                      let data6 = data["completed-phase-duration-seconds"];
                      const _errs12 = errors;
                      if (!(typeof data6 == "number" && isFinite(data6))) {
                        validate23.errors = [{ instancePath: instancePath + "/completed-phase-duration-seconds", schemaPath: "#/properties/completed-phase-duration-seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.version !== void 0) {
                        const _errs14 = errors;
                        if (typeof data.version !== "string") {
                          validate23.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data["completed-phase-start"] !== void 0) {
                          const _errs16 = errors;
                          if (typeof data["completed-phase-start"] !== "string") {
                            validate23.errors = [{ instancePath: instancePath + "/completed-phase-start", schemaPath: "#/properties/completed-phase-start/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["completed-phase-end"] !== void 0) {
                            const _errs18 = errors;
                            if (typeof data["completed-phase-end"] !== "string") {
                              validate23.errors = [{ instancePath: instancePath + "/completed-phase-end", schemaPath: "#/properties/completed-phase-end/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "completed-phase": true, "project-name": true, "build-id": true, "completed-phase-context": true, "additional-information": true, "completed-phase-status": true, "completed-phase-duration-seconds": true, "version": true, "completed-phase-start": true, "completed-phase-end": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.detail === void 0 && (missing0 = "detail")) {
          validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data["detail-type"] !== void 0) {
            const _errs3 = errors;
            if ("CodeBuild Build Phase Change" !== data["detail-type"]) {
              validate20.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "CodeBuild Build Phase Change" }, message: "must be equal to constant" }];
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
                validate20.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.codebuild" }, message: "must be equal to constant" }];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.detail !== void 0) {
                const _errs5 = errors;
                if (!validate23(data.detail, { instancePath: instancePath + "/detail", parentData: data, parentDataProperty: "detail", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
        validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "detail-type": true, "source": true, "detail": true, "version": true, "id": true, "account": true, "time": true, "region": true, "resources": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };

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

// codebuild.eventbridge-build-phase-change.entry.ts
withStandardSchema(codebuild_eventbridge_build_phase_change_standalone_default, "codebuild.eventbridge-build-phase-change");
export {
  codebuild_eventbridge_build_phase_change_standalone_default as default,
  codebuild_eventbridge_build_phase_change_standalone_default as validate
};
