// Generated from schemas/ecs/eventbridge-container-instance-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:ecs.eventbridge-container-instance-state-change.strict.standalone.js
var ecs_eventbridge_container_instance_state_change_strict_standalone_default = validate21;
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
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.type === void 0 && (missing0 = "type")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            const _errs3 = errors;
            if (typeof data.type !== "string") {
              validate31.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.integerValue !== void 0) {
              let data2 = data.integerValue;
              const _errs5 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                validate31.errors = [{ instancePath: instancePath + "/integerValue", schemaPath: "#/properties/integerValue/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.longValue !== void 0) {
                let data3 = data.longValue;
                const _errs7 = errors;
                if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                  validate31.errors = [{ instancePath: instancePath + "/longValue", schemaPath: "#/properties/longValue/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.doubleValue !== void 0) {
                  let data4 = data.doubleValue;
                  const _errs9 = errors;
                  if (!(typeof data4 == "number" && isFinite(data4))) {
                    validate31.errors = [{ instancePath: instancePath + "/doubleValue", schemaPath: "#/properties/doubleValue/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.stringSetValue !== void 0) {
                    let data5 = data.stringSetValue;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (Array.isArray(data5)) {
                        var valid1 = true;
                        const len0 = data5.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs13 = errors;
                          if (typeof data5[i0] !== "string") {
                            validate31.errors = [{ instancePath: instancePath + "/stringSetValue/" + i0, schemaPath: "#/properties/stringSetValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid1 = _errs13 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate31.errors = [{ instancePath: instancePath + "/stringSetValue", schemaPath: "#/properties/stringSetValue/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
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
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.agentConnected === void 0 && (missing0 = "agentConnected") || data.clusterArn === void 0 && (missing0 = "clusterArn") || data.containerInstanceArn === void 0 && (missing0 = "containerInstanceArn") || data.status === void 0 && (missing0 = "status") || data.version === void 0 && (missing0 = "version") || data.updatedAt === void 0 && (missing0 = "updatedAt")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.agentConnected !== void 0) {
          const _errs1 = errors;
          if (typeof data.agentConnected !== "boolean") {
            validate30.errors = [{ instancePath: instancePath + "/agentConnected", schemaPath: "#/properties/agentConnected/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.attributes !== void 0) {
            let data1 = data.attributes;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      let missing1;
                      if (data2.name === void 0 && (missing1 = "name")) {
                        validate30.errors = [{ instancePath: instancePath + "/attributes/" + i0, schemaPath: "#/properties/attributes/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data2.name !== void 0) {
                          const _errs7 = errors;
                          if (typeof data2.name !== "string") {
                            validate30.errors = [{ instancePath: instancePath + "/attributes/" + i0 + "/name", schemaPath: "#/properties/attributes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs7 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data2.value !== void 0) {
                            const _errs9 = errors;
                            if (typeof data2.value !== "string") {
                              validate30.errors = [{ instancePath: instancePath + "/attributes/" + i0 + "/value", schemaPath: "#/properties/attributes/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs9 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data2.targetType !== void 0) {
                              const _errs11 = errors;
                              if (typeof data2.targetType !== "string") {
                                validate30.errors = [{ instancePath: instancePath + "/attributes/" + i0 + "/targetType", schemaPath: "#/properties/attributes/items/properties/targetType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data2.targetId !== void 0) {
                                const _errs13 = errors;
                                if (typeof data2.targetId !== "string") {
                                  validate30.errors = [{ instancePath: instancePath + "/attributes/" + i0 + "/targetId", schemaPath: "#/properties/attributes/items/properties/targetId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs13 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate30.errors = [{ instancePath: instancePath + "/attributes/" + i0, schemaPath: "#/properties/attributes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs5 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate30.errors = [{ instancePath: instancePath + "/attributes", schemaPath: "#/properties/attributes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.attachments !== void 0) {
              let data7 = data.attachments;
              const _errs15 = errors;
              if (errors === _errs15) {
                if (Array.isArray(data7)) {
                  var valid3 = true;
                  const len1 = data7.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data8 = data7[i1];
                    const _errs17 = errors;
                    if (errors === _errs17) {
                      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        if (data8.id !== void 0) {
                          const _errs19 = errors;
                          if (typeof data8.id !== "string") {
                            validate30.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/id", schemaPath: "#/properties/attachments/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid4 = _errs19 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data8.type !== void 0) {
                            const _errs21 = errors;
                            if (typeof data8.type !== "string") {
                              validate30.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/type", schemaPath: "#/properties/attachments/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid4 = _errs21 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data8.status !== void 0) {
                              const _errs23 = errors;
                              if (typeof data8.status !== "string") {
                                validate30.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/status", schemaPath: "#/properties/attachments/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid4 = _errs23 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data8.details !== void 0) {
                                let data12 = data8.details;
                                const _errs25 = errors;
                                if (errors === _errs25) {
                                  if (Array.isArray(data12)) {
                                    var valid5 = true;
                                    const len2 = data12.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                      let data13 = data12[i2];
                                      const _errs27 = errors;
                                      if (errors === _errs27) {
                                        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                          if (data13.name !== void 0) {
                                            const _errs29 = errors;
                                            if (typeof data13.name !== "string") {
                                              validate30.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/details/" + i2 + "/name", schemaPath: "#/properties/attachments/items/properties/details/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid6 = _errs29 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data13.value !== void 0) {
                                              const _errs31 = errors;
                                              if (typeof data13.value !== "string") {
                                                validate30.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/details/" + i2 + "/value", schemaPath: "#/properties/attachments/items/properties/details/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid6 = _errs31 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                          }
                                        } else {
                                          validate30.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/details/" + i2, schemaPath: "#/properties/attachments/items/properties/details/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid5 = _errs27 === errors;
                                      if (!valid5) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate30.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/details", schemaPath: "#/properties/attachments/items/properties/details/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid4 = _errs25 === errors;
                              } else {
                                var valid4 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate30.errors = [{ instancePath: instancePath + "/attachments/" + i1, schemaPath: "#/properties/attachments/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid3 = _errs17 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                } else {
                  validate30.errors = [{ instancePath: instancePath + "/attachments", schemaPath: "#/properties/attachments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs15 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.clusterArn !== void 0) {
                const _errs33 = errors;
                if (typeof data.clusterArn !== "string") {
                  validate30.errors = [{ instancePath: instancePath + "/clusterArn", schemaPath: "#/properties/clusterArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs33 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.containerInstanceArn !== void 0) {
                  const _errs35 = errors;
                  if (typeof data.containerInstanceArn !== "string") {
                    validate30.errors = [{ instancePath: instancePath + "/containerInstanceArn", schemaPath: "#/properties/containerInstanceArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs35 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.ec2InstanceId !== void 0) {
                    const _errs37 = errors;
                    if (typeof data.ec2InstanceId !== "string") {
                      validate30.errors = [{ instancePath: instancePath + "/ec2InstanceId", schemaPath: "#/properties/ec2InstanceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs37 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.registeredResources !== void 0) {
                      let data19 = data.registeredResources;
                      const _errs39 = errors;
                      if (errors === _errs39) {
                        if (Array.isArray(data19)) {
                          var valid7 = true;
                          const len3 = data19.length;
                          for (let i3 = 0; i3 < len3; i3++) {
                            const _errs41 = errors;
                            if (!validate31(data19[i3], { instancePath: instancePath + "/registeredResources/" + i3, parentData: data19, parentDataProperty: i3, rootData })) {
                              vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                              errors = vErrors.length;
                            }
                            var valid7 = _errs41 === errors;
                            if (!valid7) {
                              break;
                            }
                          }
                        } else {
                          validate30.errors = [{ instancePath: instancePath + "/registeredResources", schemaPath: "#/properties/registeredResources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs39 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.remainingResources !== void 0) {
                        let data21 = data.remainingResources;
                        const _errs42 = errors;
                        if (errors === _errs42) {
                          if (Array.isArray(data21)) {
                            var valid8 = true;
                            const len4 = data21.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                              const _errs44 = errors;
                              if (!validate31(data21[i4], { instancePath: instancePath + "/remainingResources/" + i4, parentData: data21, parentDataProperty: i4, rootData })) {
                                vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                                errors = vErrors.length;
                              }
                              var valid8 = _errs44 === errors;
                              if (!valid8) {
                                break;
                              }
                            }
                          } else {
                            validate30.errors = [{ instancePath: instancePath + "/remainingResources", schemaPath: "#/properties/remainingResources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs42 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.status !== void 0) {
                          const _errs45 = errors;
                          if (typeof data.status !== "string") {
                            validate30.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs45 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.statusReason !== void 0) {
                            const _errs47 = errors;
                            if (typeof data.statusReason !== "string") {
                              validate30.errors = [{ instancePath: instancePath + "/statusReason", schemaPath: "#/properties/statusReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs47 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.version !== void 0) {
                              let data25 = data.version;
                              const _errs49 = errors;
                              if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                                validate30.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              var valid0 = _errs49 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.versionInfo !== void 0) {
                                let data26 = data.versionInfo;
                                const _errs51 = errors;
                                if (errors === _errs51) {
                                  if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                    if (data26.agentHash !== void 0) {
                                      const _errs53 = errors;
                                      if (typeof data26.agentHash !== "string") {
                                        validate30.errors = [{ instancePath: instancePath + "/versionInfo/agentHash", schemaPath: "#/properties/versionInfo/properties/agentHash/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid9 = _errs53 === errors;
                                    } else {
                                      var valid9 = true;
                                    }
                                    if (valid9) {
                                      if (data26.agentVersion !== void 0) {
                                        const _errs55 = errors;
                                        if (typeof data26.agentVersion !== "string") {
                                          validate30.errors = [{ instancePath: instancePath + "/versionInfo/agentVersion", schemaPath: "#/properties/versionInfo/properties/agentVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid9 = _errs55 === errors;
                                      } else {
                                        var valid9 = true;
                                      }
                                      if (valid9) {
                                        if (data26.dockerVersion !== void 0) {
                                          const _errs57 = errors;
                                          if (typeof data26.dockerVersion !== "string") {
                                            validate30.errors = [{ instancePath: instancePath + "/versionInfo/dockerVersion", schemaPath: "#/properties/versionInfo/properties/dockerVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid9 = _errs57 === errors;
                                        } else {
                                          var valid9 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    validate30.errors = [{ instancePath: instancePath + "/versionInfo", schemaPath: "#/properties/versionInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs51 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.agentUpdateStatus !== void 0) {
                                  const _errs59 = errors;
                                  if (typeof data.agentUpdateStatus !== "string") {
                                    validate30.errors = [{ instancePath: instancePath + "/agentUpdateStatus", schemaPath: "#/properties/agentUpdateStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs59 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.runningTasksCount !== void 0) {
                                    let data31 = data.runningTasksCount;
                                    const _errs61 = errors;
                                    if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                                      validate30.errors = [{ instancePath: instancePath + "/runningTasksCount", schemaPath: "#/properties/runningTasksCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    var valid0 = _errs61 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.pendingTasksCount !== void 0) {
                                      let data32 = data.pendingTasksCount;
                                      const _errs63 = errors;
                                      if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                                        validate30.errors = [{ instancePath: instancePath + "/pendingTasksCount", schemaPath: "#/properties/pendingTasksCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      var valid0 = _errs63 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.registeredAt !== void 0) {
                                        const _errs65 = errors;
                                        if (typeof data.registeredAt !== "string") {
                                          validate30.errors = [{ instancePath: instancePath + "/registeredAt", schemaPath: "#/properties/registeredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs65 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.updatedAt !== void 0) {
                                          const _errs67 = errors;
                                          if (typeof data.updatedAt !== "string") {
                                            validate30.errors = [{ instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid0 = _errs67 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.accountType !== void 0) {
                                            const _errs69 = errors;
                                            if (typeof data.accountType !== "string") {
                                              validate30.errors = [{ instancePath: instancePath + "/accountType", schemaPath: "#/properties/accountType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid0 = _errs69 === errors;
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
            if ("ECS Container Instance State Change" !== data["detail-type"]) {
              validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "ECS Container Instance State Change" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if ("aws.ecs" !== data.source) {
                validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.ecs" }, message: "must be equal to constant" }];
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

// check:ecs.eventbridge-container-instance-state-change.strict.check.js
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
function d_EcsContainerInstanceStateChangeDetail(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v15 = x.agentConnected;
    if (v15 === void 0) return false;
    if (!(typeof v15 === "boolean")) return false;
  }
  {
    const v16 = x.attributes;
    if (v16 !== void 0) {
      if (!Array.isArray(v16)) return false;
      for (let v18 = 0; v18 < v16.length; v18++) {
        const v17 = v16[v18];
        if (!(v17 !== null && typeof v17 === "object" && !Array.isArray(v17))) return false;
        {
          const v19 = v17.name;
          if (v19 === void 0) return false;
          if (!(typeof v19 === "string")) return false;
        }
        {
          const v20 = v17.value;
          if (v20 !== void 0) {
            if (!(typeof v20 === "string")) return false;
          }
        }
        {
          const v21 = v17.targetType;
          if (v21 !== void 0) {
            if (!(typeof v21 === "string")) return false;
          }
        }
        {
          const v22 = v17.targetId;
          if (v22 !== void 0) {
            if (!(typeof v22 === "string")) return false;
          }
        }
      }
    }
  }
  {
    const v23 = x.attachments;
    if (v23 !== void 0) {
      if (!Array.isArray(v23)) return false;
      for (let v25 = 0; v25 < v23.length; v25++) {
        const v24 = v23[v25];
        if (!(v24 !== null && typeof v24 === "object" && !Array.isArray(v24))) return false;
        {
          const v26 = v24.id;
          if (v26 !== void 0) {
            if (!(typeof v26 === "string")) return false;
          }
        }
        {
          const v27 = v24.type;
          if (v27 !== void 0) {
            if (!(typeof v27 === "string")) return false;
          }
        }
        {
          const v28 = v24.status;
          if (v28 !== void 0) {
            if (!(typeof v28 === "string")) return false;
          }
        }
        {
          const v29 = v24.details;
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
                const v33 = v30.value;
                if (v33 !== void 0) {
                  if (!(typeof v33 === "string")) return false;
                }
              }
            }
          }
        }
      }
    }
  }
  {
    const v34 = x.clusterArn;
    if (v34 === void 0) return false;
    if (!(typeof v34 === "string")) return false;
  }
  {
    const v35 = x.containerInstanceArn;
    if (v35 === void 0) return false;
    if (!(typeof v35 === "string")) return false;
  }
  {
    const v36 = x.ec2InstanceId;
    if (v36 !== void 0) {
      if (!(typeof v36 === "string")) return false;
    }
  }
  {
    const v37 = x.registeredResources;
    if (v37 !== void 0) {
      if (!Array.isArray(v37)) return false;
      for (let v39 = 0; v39 < v37.length; v39++) {
        const v38 = v37[v39];
        if (!d_EcsContainerInstanceResource(v38)) return false;
      }
    }
  }
  {
    const v48 = x.remainingResources;
    if (v48 !== void 0) {
      if (!Array.isArray(v48)) return false;
      for (let v50 = 0; v50 < v48.length; v50++) {
        const v49 = v48[v50];
        if (!d_EcsContainerInstanceResource(v49)) return false;
      }
    }
  }
  {
    const v51 = x.status;
    if (v51 === void 0) return false;
    if (!(typeof v51 === "string")) return false;
  }
  {
    const v52 = x.statusReason;
    if (v52 !== void 0) {
      if (!(typeof v52 === "string")) return false;
    }
  }
  {
    const v53 = x.version;
    if (v53 === void 0) return false;
    if (!(typeof v53 === "number" && !(v53 % 1) && !isNaN(v53) && isFinite(v53))) return false;
  }
  {
    const v54 = x.versionInfo;
    if (v54 !== void 0) {
      if (!(v54 !== null && typeof v54 === "object" && !Array.isArray(v54))) return false;
      {
        const v55 = v54.agentHash;
        if (v55 !== void 0) {
          if (!(typeof v55 === "string")) return false;
        }
      }
      {
        const v56 = v54.agentVersion;
        if (v56 !== void 0) {
          if (!(typeof v56 === "string")) return false;
        }
      }
      {
        const v57 = v54.dockerVersion;
        if (v57 !== void 0) {
          if (!(typeof v57 === "string")) return false;
        }
      }
    }
  }
  {
    const v58 = x.agentUpdateStatus;
    if (v58 !== void 0) {
      if (!(typeof v58 === "string")) return false;
    }
  }
  {
    const v59 = x.runningTasksCount;
    if (v59 !== void 0) {
      if (!(typeof v59 === "number" && !(v59 % 1) && !isNaN(v59) && isFinite(v59))) return false;
    }
  }
  {
    const v60 = x.pendingTasksCount;
    if (v60 !== void 0) {
      if (!(typeof v60 === "number" && !(v60 % 1) && !isNaN(v60) && isFinite(v60))) return false;
    }
  }
  {
    const v61 = x.registeredAt;
    if (v61 !== void 0) {
      if (!(typeof v61 === "string")) return false;
    }
  }
  {
    const v62 = x.updatedAt;
    if (v62 === void 0) return false;
    if (!(typeof v62 === "string")) return false;
  }
  {
    const v63 = x.accountType;
    if (v63 !== void 0) {
      if (!(typeof v63 === "string")) return false;
    }
  }
  return true;
}
function d_EcsContainerInstanceResource(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v40 = x.name;
    if (v40 === void 0) return false;
    if (!(typeof v40 === "string")) return false;
  }
  {
    const v41 = x.type;
    if (v41 === void 0) return false;
    if (!(typeof v41 === "string")) return false;
  }
  {
    const v42 = x.integerValue;
    if (v42 !== void 0) {
      if (!(typeof v42 === "number" && !(v42 % 1) && !isNaN(v42) && isFinite(v42))) return false;
    }
  }
  {
    const v43 = x.longValue;
    if (v43 !== void 0) {
      if (!(typeof v43 === "number" && !(v43 % 1) && !isNaN(v43) && isFinite(v43))) return false;
    }
  }
  {
    const v44 = x.doubleValue;
    if (v44 !== void 0) {
      if (!(typeof v44 === "number" && isFinite(v44))) return false;
    }
  }
  {
    const v45 = x.stringSetValue;
    if (v45 !== void 0) {
      if (!Array.isArray(v45)) return false;
      for (let v47 = 0; v47 < v45.length; v47++) {
        const v46 = v45[v47];
        if (!(typeof v46 === "string")) return false;
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
    if (!(v12 === "ECS Container Instance State Change")) return false;
  }
  {
    const v13 = x.source;
    if (v13 === void 0) return false;
    if (!(v13 === "aws.ecs")) return false;
  }
  {
    const v14 = x.detail;
    if (v14 === void 0) return false;
    if (!d_EcsContainerInstanceStateChangeDetail(v14)) return false;
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

// ecs.eventbridge-container-instance-state-change.strict.entry.ts
var validate = withStandardSchema(checked(check, ecs_eventbridge_container_instance_state_change_strict_standalone_default), "ecs.eventbridge-container-instance-state-change");
export {
  validate as default,
  validate
};
