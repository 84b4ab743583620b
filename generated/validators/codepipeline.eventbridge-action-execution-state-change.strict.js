// Generated from schemas/codepipeline/eventbridge-action-execution-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:codepipeline.eventbridge-action-execution-state-change.strict.standalone.js
var codepipeline_eventbridge_action_execution_state_change_strict_standalone_default = validate20;
var pattern4 = new RegExp("^[0-9]{12}$", "u");
var pattern5 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
var pattern6 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
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
                  let data4 = data.account;
                  const _errs8 = errors;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (typeof data4 === "string") {
                      if (!pattern4.test(data4)) {
                        validate21.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/$defs/AwsAccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' }];
                        return false;
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.time !== void 0) {
                    let data5 = data.time;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === "string") {
                        if (!pattern5.test(data5)) {
                          validate21.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
                          return false;
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.region !== void 0) {
                      let data6 = data.region;
                      const _errs14 = errors;
                      const _errs15 = errors;
                      if (errors === _errs15) {
                        if (typeof data6 === "string") {
                          if (!pattern6.test(data6)) {
                            validate21.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
                            return false;
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
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
var schema37 = { "type": ["string", "number"] };
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
      if (data.pipeline === void 0 && (missing0 = "pipeline") || data["execution-id"] === void 0 && (missing0 = "execution-id") || data.stage === void 0 && (missing0 = "stage") || data.action === void 0 && (missing0 = "action") || data.state === void 0 && (missing0 = "state") || data.version === void 0 && (missing0 = "version") || data.type === void 0 && (missing0 = "type")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.pipeline !== void 0) {
          const _errs1 = errors;
          if (typeof data.pipeline !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/pipeline", schemaPath: "#/properties/pipeline/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate23.errors = [{ instancePath: instancePath + "/execution-id", schemaPath: "#/properties/execution-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate23.errors = [{ instancePath: instancePath + "/start-time", schemaPath: "#/properties/start-time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate23.errors = [{ instancePath: instancePath + "/pipeline-execution-attempt", schemaPath: "#/properties/pipeline-execution-attempt/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.version !== void 0) {
                  let data4 = data.version;
                  const _errs9 = errors;
                  if (typeof data4 !== "string" && !(typeof data4 == "number" && isFinite(data4))) {
                    validate23.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/$defs/CodePipelineStructureVersion/type", keyword: "type", params: { type: schema37.type }, message: "must be string,number" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.stage !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.stage !== "string") {
                      validate23.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.action !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.action !== "string") {
                        validate23.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.state !== void 0) {
                        const _errs16 = errors;
                        if (typeof data.state !== "string") {
                          validate23.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.region !== void 0) {
                          const _errs18 = errors;
                          if (typeof data.region !== "string") {
                            validate23.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.type !== void 0) {
                            let data9 = data.type;
                            const _errs20 = errors;
                            if (errors === _errs20) {
                              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                let missing1;
                                if (data9.owner === void 0 && (missing1 = "owner") || data9.category === void 0 && (missing1 = "category") || data9.provider === void 0 && (missing1 = "provider") || data9.version === void 0 && (missing1 = "version")) {
                                  validate23.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                  return false;
                                } else {
                                  if (data9.owner !== void 0) {
                                    const _errs22 = errors;
                                    if (typeof data9.owner !== "string") {
                                      validate23.errors = [{ instancePath: instancePath + "/type/owner", schemaPath: "#/properties/type/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs22 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data9.category !== void 0) {
                                      const _errs24 = errors;
                                      if (typeof data9.category !== "string") {
                                        validate23.errors = [{ instancePath: instancePath + "/type/category", schemaPath: "#/properties/type/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid2 = _errs24 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data9.provider !== void 0) {
                                        const _errs26 = errors;
                                        if (typeof data9.provider !== "string") {
                                          validate23.errors = [{ instancePath: instancePath + "/type/provider", schemaPath: "#/properties/type/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid2 = _errs26 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data9.version !== void 0) {
                                          let data13 = data9.version;
                                          const _errs28 = errors;
                                          if (typeof data13 !== "string" && !(typeof data13 == "number" && isFinite(data13))) {
                                            validate23.errors = [{ instancePath: instancePath + "/type/version", schemaPath: "#/$defs/CodePipelineStructureVersion/type", keyword: "type", params: { type: schema37.type }, message: "must be string,number" }];
                                            return false;
                                          }
                                          var valid2 = _errs28 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate23.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data["execution-result"] !== void 0) {
                              let data14 = data["execution-result"];
                              const _errs31 = errors;
                              if (errors === _errs31) {
                                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                  if (data14["external-execution-id"] !== void 0) {
                                    const _errs33 = errors;
                                    if (typeof data14["external-execution-id"] !== "string") {
                                      validate23.errors = [{ instancePath: instancePath + "/execution-result/external-execution-id", schemaPath: "#/properties/execution-result/properties/external-execution-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid4 = _errs33 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data14["external-execution-summary"] !== void 0) {
                                      const _errs35 = errors;
                                      if (typeof data14["external-execution-summary"] !== "string") {
                                        validate23.errors = [{ instancePath: instancePath + "/execution-result/external-execution-summary", schemaPath: "#/properties/execution-result/properties/external-execution-summary/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid4 = _errs35 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data14["external-execution-url"] !== void 0) {
                                        const _errs37 = errors;
                                        if (typeof data14["external-execution-url"] !== "string") {
                                          validate23.errors = [{ instancePath: instancePath + "/execution-result/external-execution-url", schemaPath: "#/properties/execution-result/properties/external-execution-url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid4 = _errs37 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data14["error-code"] !== void 0) {
                                          const _errs39 = errors;
                                          if (typeof data14["error-code"] !== "string") {
                                            validate23.errors = [{ instancePath: instancePath + "/execution-result/error-code", schemaPath: "#/properties/execution-result/properties/error-code/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid4 = _errs39 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate23.errors = [{ instancePath: instancePath + "/execution-result", schemaPath: "#/properties/execution-result/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs31 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data["input-artifacts"] !== void 0) {
                                let data19 = data["input-artifacts"];
                                const _errs41 = errors;
                                if (errors === _errs41) {
                                  if (Array.isArray(data19)) {
                                    var valid5 = true;
                                    const len0 = data19.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      let data20 = data19[i0];
                                      const _errs43 = errors;
                                      if (errors === _errs43) {
                                        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                          if (data20.name !== void 0) {
                                            const _errs45 = errors;
                                            if (typeof data20.name !== "string") {
                                              validate23.errors = [{ instancePath: instancePath + "/input-artifacts/" + i0 + "/name", schemaPath: "#/properties/input-artifacts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid6 = _errs45 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data20.s3location !== void 0) {
                                              let data22 = data20.s3location;
                                              const _errs47 = errors;
                                              if (errors === _errs47) {
                                                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                  if (data22.bucket !== void 0) {
                                                    const _errs49 = errors;
                                                    if (typeof data22.bucket !== "string") {
                                                      validate23.errors = [{ instancePath: instancePath + "/input-artifacts/" + i0 + "/s3location/bucket", schemaPath: "#/properties/input-artifacts/items/properties/s3location/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid7 = _errs49 === errors;
                                                  } else {
                                                    var valid7 = true;
                                                  }
                                                  if (valid7) {
                                                    if (data22.key !== void 0) {
                                                      const _errs51 = errors;
                                                      if (typeof data22.key !== "string") {
                                                        validate23.errors = [{ instancePath: instancePath + "/input-artifacts/" + i0 + "/s3location/key", schemaPath: "#/properties/input-artifacts/items/properties/s3location/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid7 = _errs51 === errors;
                                                    } else {
                                                      var valid7 = true;
                                                    }
                                                  }
                                                } else {
                                                  validate23.errors = [{ instancePath: instancePath + "/input-artifacts/" + i0 + "/s3location", schemaPath: "#/properties/input-artifacts/items/properties/s3location/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid6 = _errs47 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                          }
                                        } else {
                                          validate23.errors = [{ instancePath: instancePath + "/input-artifacts/" + i0, schemaPath: "#/properties/input-artifacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid5 = _errs43 === errors;
                                      if (!valid5) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate23.errors = [{ instancePath: instancePath + "/input-artifacts", schemaPath: "#/properties/input-artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs41 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data["output-artifacts"] !== void 0) {
                                  let data25 = data["output-artifacts"];
                                  const _errs53 = errors;
                                  if (errors === _errs53) {
                                    if (Array.isArray(data25)) {
                                      var valid8 = true;
                                      const len1 = data25.length;
                                      for (let i1 = 0; i1 < len1; i1++) {
                                        let data26 = data25[i1];
                                        const _errs55 = errors;
                                        if (errors === _errs55) {
                                          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                            if (data26.name !== void 0) {
                                              const _errs57 = errors;
                                              if (typeof data26.name !== "string") {
                                                validate23.errors = [{ instancePath: instancePath + "/output-artifacts/" + i1 + "/name", schemaPath: "#/properties/output-artifacts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid9 = _errs57 === errors;
                                            } else {
                                              var valid9 = true;
                                            }
                                            if (valid9) {
                                              if (data26.s3location !== void 0) {
                                                let data28 = data26.s3location;
                                                const _errs59 = errors;
                                                if (errors === _errs59) {
                                                  if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                                    if (data28.bucket !== void 0) {
                                                      const _errs61 = errors;
                                                      if (typeof data28.bucket !== "string") {
                                                        validate23.errors = [{ instancePath: instancePath + "/output-artifacts/" + i1 + "/s3location/bucket", schemaPath: "#/properties/output-artifacts/items/properties/s3location/properties/bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid10 = _errs61 === errors;
                                                    } else {
                                                      var valid10 = true;
                                                    }
                                                    if (valid10) {
                                                      if (data28.key !== void 0) {
                                                        const _errs63 = errors;
                                                        if (typeof data28.key !== "string") {
                                                          validate23.errors = [{ instancePath: instancePath + "/output-artifacts/" + i1 + "/s3location/key", schemaPath: "#/properties/output-artifacts/items/properties/s3location/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid10 = _errs63 === errors;
                                                      } else {
                                                        var valid10 = true;
                                                      }
                                                    }
                                                  } else {
                                                    validate23.errors = [{ instancePath: instancePath + "/output-artifacts/" + i1 + "/s3location", schemaPath: "#/properties/output-artifacts/items/properties/s3location/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid9 = _errs59 === errors;
                                              } else {
                                                var valid9 = true;
                                              }
                                            }
                                          } else {
                                            validate23.errors = [{ instancePath: instancePath + "/output-artifacts/" + i1, schemaPath: "#/properties/output-artifacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid8 = _errs55 === errors;
                                        if (!valid8) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate23.errors = [{ instancePath: instancePath + "/output-artifacts", schemaPath: "#/properties/output-artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs53 === errors;
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "pipeline": true, "execution-id": true, "start-time": true, "pipeline-execution-attempt": true, "version": true, "stage": true, "action": true, "state": true, "region": true, "type": true, "execution-result": true, "input-artifacts": true, "output-artifacts": true }, "dynamicProps": false, "dynamicItems": false };
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
            if ("CodePipeline Action Execution State Change" !== data["detail-type"]) {
              validate20.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "CodePipeline Action Execution State Change" }, message: "must be equal to constant" }];
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
                validate20.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.codepipeline" }, message: "must be equal to constant" }];
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

// codepipeline.eventbridge-action-execution-state-change.strict.entry.ts
withStandardSchema(codepipeline_eventbridge_action_execution_state_change_strict_standalone_default, "codepipeline.eventbridge-action-execution-state-change");
export {
  codepipeline_eventbridge_action_execution_state_change_strict_standalone_default as default,
  codepipeline_eventbridge_action_execution_state_change_strict_standalone_default as validate
};
