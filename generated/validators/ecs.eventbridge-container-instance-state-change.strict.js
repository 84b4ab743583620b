// Generated from schemas/ecs/eventbridge-container-instance-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:ecs.eventbridge-container-instance-state-change.strict.standalone.js
var ecs_eventbridge_container_instance_state_change_strict_standalone_default = validate20;
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
      if (data.agentConnected === void 0 && (missing0 = "agentConnected") || data.clusterArn === void 0 && (missing0 = "clusterArn") || data.containerInstanceArn === void 0 && (missing0 = "containerInstanceArn") || data.status === void 0 && (missing0 = "status") || data.version === void 0 && (missing0 = "version") || data.updatedAt === void 0 && (missing0 = "updatedAt")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.agentConnected !== void 0) {
          const _errs1 = errors;
          if (typeof data.agentConnected !== "boolean") {
            validate23.errors = [{ instancePath: instancePath + "/agentConnected", schemaPath: "#/properties/agentConnected/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
                        validate23.errors = [{ instancePath: instancePath + "/attributes/" + i0, schemaPath: "#/properties/attributes/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data2.name !== void 0) {
                          const _errs7 = errors;
                          if (typeof data2.name !== "string") {
                            validate23.errors = [{ instancePath: instancePath + "/attributes/" + i0 + "/name", schemaPath: "#/properties/attributes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate23.errors = [{ instancePath: instancePath + "/attributes/" + i0 + "/value", schemaPath: "#/properties/attributes/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate23.errors = [{ instancePath: instancePath + "/attributes/" + i0 + "/targetType", schemaPath: "#/properties/attributes/items/properties/targetType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                  validate23.errors = [{ instancePath: instancePath + "/attributes/" + i0 + "/targetId", schemaPath: "#/properties/attributes/items/properties/targetId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate23.errors = [{ instancePath: instancePath + "/attributes/" + i0, schemaPath: "#/properties/attributes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs5 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate23.errors = [{ instancePath: instancePath + "/attributes", schemaPath: "#/properties/attributes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                            validate23.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/id", schemaPath: "#/properties/attachments/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate23.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/type", schemaPath: "#/properties/attachments/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate23.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/status", schemaPath: "#/properties/attachments/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                              validate23.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/details/" + i2 + "/name", schemaPath: "#/properties/attachments/items/properties/details/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                validate23.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/details/" + i2 + "/value", schemaPath: "#/properties/attachments/items/properties/details/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid6 = _errs31 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                          }
                                        } else {
                                          validate23.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/details/" + i2, schemaPath: "#/properties/attachments/items/properties/details/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid5 = _errs27 === errors;
                                      if (!valid5) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate23.errors = [{ instancePath: instancePath + "/attachments/" + i1 + "/details", schemaPath: "#/properties/attachments/items/properties/details/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                        validate23.errors = [{ instancePath: instancePath + "/attachments/" + i1, schemaPath: "#/properties/attachments/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid3 = _errs17 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                } else {
                  validate23.errors = [{ instancePath: instancePath + "/attachments", schemaPath: "#/properties/attachments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                  validate23.errors = [{ instancePath: instancePath + "/clusterArn", schemaPath: "#/properties/clusterArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate23.errors = [{ instancePath: instancePath + "/containerInstanceArn", schemaPath: "#/properties/containerInstanceArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate23.errors = [{ instancePath: instancePath + "/ec2InstanceId", schemaPath: "#/properties/ec2InstanceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            let data20 = data19[i3];
                            const _errs41 = errors;
                            const _errs42 = errors;
                            if (errors === _errs42) {
                              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                let missing2;
                                if (data20.name === void 0 && (missing2 = "name") || data20.type === void 0 && (missing2 = "type")) {
                                  validate23.errors = [{ instancePath: instancePath + "/registeredResources/" + i3, schemaPath: "#/$defs/EcsContainerInstanceResource/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                  return false;
                                } else {
                                  if (data20.name !== void 0) {
                                    const _errs44 = errors;
                                    if (typeof data20.name !== "string") {
                                      validate23.errors = [{ instancePath: instancePath + "/registeredResources/" + i3 + "/name", schemaPath: "#/$defs/EcsContainerInstanceResource/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid9 = _errs44 === errors;
                                  } else {
                                    var valid9 = true;
                                  }
                                  if (valid9) {
                                    if (data20.type !== void 0) {
                                      const _errs46 = errors;
                                      if (typeof data20.type !== "string") {
                                        validate23.errors = [{ instancePath: instancePath + "/registeredResources/" + i3 + "/type", schemaPath: "#/$defs/EcsContainerInstanceResource/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid9 = _errs46 === errors;
                                    } else {
                                      var valid9 = true;
                                    }
                                    if (valid9) {
                                      if (data20.integerValue !== void 0) {
                                        let data23 = data20.integerValue;
                                        const _errs48 = errors;
                                        if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                                          validate23.errors = [{ instancePath: instancePath + "/registeredResources/" + i3 + "/integerValue", schemaPath: "#/$defs/EcsContainerInstanceResource/properties/integerValue/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                          return false;
                                        }
                                        var valid9 = _errs48 === errors;
                                      } else {
                                        var valid9 = true;
                                      }
                                      if (valid9) {
                                        if (data20.longValue !== void 0) {
                                          let data24 = data20.longValue;
                                          const _errs50 = errors;
                                          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                                            validate23.errors = [{ instancePath: instancePath + "/registeredResources/" + i3 + "/longValue", schemaPath: "#/$defs/EcsContainerInstanceResource/properties/longValue/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                          }
                                          var valid9 = _errs50 === errors;
                                        } else {
                                          var valid9 = true;
                                        }
                                        if (valid9) {
                                          if (data20.doubleValue !== void 0) {
                                            let data25 = data20.doubleValue;
                                            const _errs52 = errors;
                                            if (!(typeof data25 == "number" && isFinite(data25))) {
                                              validate23.errors = [{ instancePath: instancePath + "/registeredResources/" + i3 + "/doubleValue", schemaPath: "#/$defs/EcsContainerInstanceResource/properties/doubleValue/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                              return false;
                                            }
                                            var valid9 = _errs52 === errors;
                                          } else {
                                            var valid9 = true;
                                          }
                                          if (valid9) {
                                            if (data20.stringSetValue !== void 0) {
                                              let data26 = data20.stringSetValue;
                                              const _errs54 = errors;
                                              if (errors === _errs54) {
                                                if (Array.isArray(data26)) {
                                                  var valid10 = true;
                                                  const len4 = data26.length;
                                                  for (let i4 = 0; i4 < len4; i4++) {
                                                    const _errs56 = errors;
                                                    if (typeof data26[i4] !== "string") {
                                                      validate23.errors = [{ instancePath: instancePath + "/registeredResources/" + i3 + "/stringSetValue/" + i4, schemaPath: "#/$defs/EcsContainerInstanceResource/properties/stringSetValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid10 = _errs56 === errors;
                                                    if (!valid10) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate23.errors = [{ instancePath: instancePath + "/registeredResources/" + i3 + "/stringSetValue", schemaPath: "#/$defs/EcsContainerInstanceResource/properties/stringSetValue/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                  return false;
                                                }
                                              }
                                              var valid9 = _errs54 === errors;
                                            } else {
                                              var valid9 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate23.errors = [{ instancePath: instancePath + "/registeredResources/" + i3, schemaPath: "#/$defs/EcsContainerInstanceResource/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid7 = _errs41 === errors;
                            if (!valid7) {
                              break;
                            }
                          }
                        } else {
                          validate23.errors = [{ instancePath: instancePath + "/registeredResources", schemaPath: "#/properties/registeredResources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs39 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.remainingResources !== void 0) {
                        let data28 = data.remainingResources;
                        const _errs58 = errors;
                        if (errors === _errs58) {
                          if (Array.isArray(data28)) {
                            var valid11 = true;
                            const len5 = data28.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                              let data29 = data28[i5];
                              const _errs60 = errors;
                              const _errs61 = errors;
                              if (errors === _errs61) {
                                if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                  let missing3;
                                  if (data29.name === void 0 && (missing3 = "name") || data29.type === void 0 && (missing3 = "type")) {
                                    validate23.errors = [{ instancePath: instancePath + "/remainingResources/" + i5, schemaPath: "#/$defs/EcsContainerInstanceResource/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                    return false;
                                  } else {
                                    if (data29.name !== void 0) {
                                      const _errs63 = errors;
                                      if (typeof data29.name !== "string") {
                                        validate23.errors = [{ instancePath: instancePath + "/remainingResources/" + i5 + "/name", schemaPath: "#/$defs/EcsContainerInstanceResource/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid13 = _errs63 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                    if (valid13) {
                                      if (data29.type !== void 0) {
                                        const _errs65 = errors;
                                        if (typeof data29.type !== "string") {
                                          validate23.errors = [{ instancePath: instancePath + "/remainingResources/" + i5 + "/type", schemaPath: "#/$defs/EcsContainerInstanceResource/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid13 = _errs65 === errors;
                                      } else {
                                        var valid13 = true;
                                      }
                                      if (valid13) {
                                        if (data29.integerValue !== void 0) {
                                          let data32 = data29.integerValue;
                                          const _errs67 = errors;
                                          if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                                            validate23.errors = [{ instancePath: instancePath + "/remainingResources/" + i5 + "/integerValue", schemaPath: "#/$defs/EcsContainerInstanceResource/properties/integerValue/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                          }
                                          var valid13 = _errs67 === errors;
                                        } else {
                                          var valid13 = true;
                                        }
                                        if (valid13) {
                                          if (data29.longValue !== void 0) {
                                            let data33 = data29.longValue;
                                            const _errs69 = errors;
                                            if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
                                              validate23.errors = [{ instancePath: instancePath + "/remainingResources/" + i5 + "/longValue", schemaPath: "#/$defs/EcsContainerInstanceResource/properties/longValue/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                              return false;
                                            }
                                            var valid13 = _errs69 === errors;
                                          } else {
                                            var valid13 = true;
                                          }
                                          if (valid13) {
                                            if (data29.doubleValue !== void 0) {
                                              let data34 = data29.doubleValue;
                                              const _errs71 = errors;
                                              if (!(typeof data34 == "number" && isFinite(data34))) {
                                                validate23.errors = [{ instancePath: instancePath + "/remainingResources/" + i5 + "/doubleValue", schemaPath: "#/$defs/EcsContainerInstanceResource/properties/doubleValue/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                              var valid13 = _errs71 === errors;
                                            } else {
                                              var valid13 = true;
                                            }
                                            if (valid13) {
                                              if (data29.stringSetValue !== void 0) {
                                                let data35 = data29.stringSetValue;
                                                const _errs73 = errors;
                                                if (errors === _errs73) {
                                                  if (Array.isArray(data35)) {
                                                    var valid14 = true;
                                                    const len6 = data35.length;
                                                    for (let i6 = 0; i6 < len6; i6++) {
                                                      const _errs75 = errors;
                                                      if (typeof data35[i6] !== "string") {
                                                        validate23.errors = [{ instancePath: instancePath + "/remainingResources/" + i5 + "/stringSetValue/" + i6, schemaPath: "#/$defs/EcsContainerInstanceResource/properties/stringSetValue/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid14 = _errs75 === errors;
                                                      if (!valid14) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate23.errors = [{ instancePath: instancePath + "/remainingResources/" + i5 + "/stringSetValue", schemaPath: "#/$defs/EcsContainerInstanceResource/properties/stringSetValue/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid13 = _errs73 === errors;
                                              } else {
                                                var valid13 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate23.errors = [{ instancePath: instancePath + "/remainingResources/" + i5, schemaPath: "#/$defs/EcsContainerInstanceResource/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid11 = _errs60 === errors;
                              if (!valid11) {
                                break;
                              }
                            }
                          } else {
                            validate23.errors = [{ instancePath: instancePath + "/remainingResources", schemaPath: "#/properties/remainingResources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs58 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.status !== void 0) {
                          const _errs77 = errors;
                          if (typeof data.status !== "string") {
                            validate23.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs77 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.statusReason !== void 0) {
                            const _errs79 = errors;
                            if (typeof data.statusReason !== "string") {
                              validate23.errors = [{ instancePath: instancePath + "/statusReason", schemaPath: "#/properties/statusReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs79 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.version !== void 0) {
                              let data39 = data.version;
                              const _errs81 = errors;
                              if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39))) {
                                validate23.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              var valid0 = _errs81 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.versionInfo !== void 0) {
                                let data40 = data.versionInfo;
                                const _errs83 = errors;
                                if (errors === _errs83) {
                                  if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                    if (data40.agentHash !== void 0) {
                                      const _errs85 = errors;
                                      if (typeof data40.agentHash !== "string") {
                                        validate23.errors = [{ instancePath: instancePath + "/versionInfo/agentHash", schemaPath: "#/properties/versionInfo/properties/agentHash/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid15 = _errs85 === errors;
                                    } else {
                                      var valid15 = true;
                                    }
                                    if (valid15) {
                                      if (data40.agentVersion !== void 0) {
                                        const _errs87 = errors;
                                        if (typeof data40.agentVersion !== "string") {
                                          validate23.errors = [{ instancePath: instancePath + "/versionInfo/agentVersion", schemaPath: "#/properties/versionInfo/properties/agentVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid15 = _errs87 === errors;
                                      } else {
                                        var valid15 = true;
                                      }
                                      if (valid15) {
                                        if (data40.dockerVersion !== void 0) {
                                          const _errs89 = errors;
                                          if (typeof data40.dockerVersion !== "string") {
                                            validate23.errors = [{ instancePath: instancePath + "/versionInfo/dockerVersion", schemaPath: "#/properties/versionInfo/properties/dockerVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid15 = _errs89 === errors;
                                        } else {
                                          var valid15 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    validate23.errors = [{ instancePath: instancePath + "/versionInfo", schemaPath: "#/properties/versionInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs83 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.agentUpdateStatus !== void 0) {
                                  const _errs91 = errors;
                                  if (typeof data.agentUpdateStatus !== "string") {
                                    validate23.errors = [{ instancePath: instancePath + "/agentUpdateStatus", schemaPath: "#/properties/agentUpdateStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs91 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.runningTasksCount !== void 0) {
                                    let data45 = data.runningTasksCount;
                                    const _errs93 = errors;
                                    if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                                      validate23.errors = [{ instancePath: instancePath + "/runningTasksCount", schemaPath: "#/properties/runningTasksCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    var valid0 = _errs93 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.pendingTasksCount !== void 0) {
                                      let data46 = data.pendingTasksCount;
                                      const _errs95 = errors;
                                      if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                                        validate23.errors = [{ instancePath: instancePath + "/pendingTasksCount", schemaPath: "#/properties/pendingTasksCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      var valid0 = _errs95 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.registeredAt !== void 0) {
                                        const _errs97 = errors;
                                        if (typeof data.registeredAt !== "string") {
                                          validate23.errors = [{ instancePath: instancePath + "/registeredAt", schemaPath: "#/properties/registeredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs97 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.updatedAt !== void 0) {
                                          const _errs99 = errors;
                                          if (typeof data.updatedAt !== "string") {
                                            validate23.errors = [{ instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid0 = _errs99 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.accountType !== void 0) {
                                            const _errs101 = errors;
                                            if (typeof data.accountType !== "string") {
                                              validate23.errors = [{ instancePath: instancePath + "/accountType", schemaPath: "#/properties/accountType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid0 = _errs101 === errors;
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "agentConnected": true, "attributes": true, "attachments": true, "clusterArn": true, "containerInstanceArn": true, "ec2InstanceId": true, "registeredResources": true, "remainingResources": true, "status": true, "statusReason": true, "version": true, "versionInfo": true, "agentUpdateStatus": true, "runningTasksCount": true, "pendingTasksCount": true, "registeredAt": true, "updatedAt": true, "accountType": true }, "dynamicProps": false, "dynamicItems": false };
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
            if ("ECS Container Instance State Change" !== data["detail-type"]) {
              validate20.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "ECS Container Instance State Change" }, message: "must be equal to constant" }];
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
                validate20.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.ecs" }, message: "must be equal to constant" }];
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

// ecs.eventbridge-container-instance-state-change.strict.entry.ts
withStandardSchema(ecs_eventbridge_container_instance_state_change_strict_standalone_default, "ecs.eventbridge-container-instance-state-change");
export {
  ecs_eventbridge_container_instance_state_change_strict_standalone_default as default,
  ecs_eventbridge_container_instance_state_change_strict_standalone_default as validate
};
