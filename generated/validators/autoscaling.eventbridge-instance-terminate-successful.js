// Generated from schemas/autoscaling/eventbridge-instance-terminate-successful.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:autoscaling.eventbridge-instance-terminate-successful.standalone.js
var autoscaling_eventbridge_instance_terminate_successful_standalone_default = validate20;
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
            if ("EC2 Instance Terminate Successful" !== data["detail-type"]) {
              validate20.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "EC2 Instance Terminate Successful" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if ("aws.autoscaling" !== data.source) {
                validate20.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.autoscaling" }, message: "must be equal to constant" }];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.detail !== void 0) {
                let data2 = data.detail;
                const _errs5 = errors;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    let missing1;
                    if (data2.ActivityId === void 0 && (missing1 = "ActivityId") || data2.AutoScalingGroupName === void 0 && (missing1 = "AutoScalingGroupName") || data2.Cause === void 0 && (missing1 = "Cause") || data2.EC2InstanceId === void 0 && (missing1 = "EC2InstanceId") || data2.StartTime === void 0 && (missing1 = "StartTime") || data2.StatusCode === void 0 && (missing1 = "StatusCode")) {
                      validate20.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data2.ActivityId !== void 0) {
                        const _errs8 = errors;
                        if (typeof data2.ActivityId !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/detail/ActivityId", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/ActivityId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs8 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data2.AutoScalingGroupName !== void 0) {
                          const _errs10 = errors;
                          if (typeof data2.AutoScalingGroupName !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/detail/AutoScalingGroupName", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/AutoScalingGroupName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs10 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data2.Cause !== void 0) {
                            const _errs12 = errors;
                            if (typeof data2.Cause !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/detail/Cause", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/Cause/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs12 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data2.Description !== void 0) {
                              const _errs14 = errors;
                              if (typeof data2.Description !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/detail/Description", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs14 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data2.Details !== void 0) {
                                let data7 = data2.Details;
                                const _errs16 = errors;
                                if (errors === _errs16) {
                                  if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                    if (data7["Availability Zone"] !== void 0) {
                                      const _errs19 = errors;
                                      if (typeof data7["Availability Zone"] !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/detail/Details/Availability Zone", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/Details/properties/Availability%20Zone/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid4 = _errs19 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data7["Subnet ID"] !== void 0) {
                                        const _errs21 = errors;
                                        if (typeof data7["Subnet ID"] !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/detail/Details/Subnet ID", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/Details/properties/Subnet%20ID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid4 = _errs21 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data7.InvokingAlarms !== void 0) {
                                          let data10 = data7.InvokingAlarms;
                                          const _errs23 = errors;
                                          if (errors === _errs23) {
                                            if (Array.isArray(data10)) {
                                              var valid5 = true;
                                              const len0 = data10.length;
                                              for (let i0 = 0; i0 < len0; i0++) {
                                                let data11 = data10[i0];
                                                const _errs25 = errors;
                                                if (errors === _errs25) {
                                                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                                  } else {
                                                    validate20.errors = [{ instancePath: instancePath + "/detail/Details/InvokingAlarms/" + i0, schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/Details/properties/InvokingAlarms/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid5 = _errs25 === errors;
                                                if (!valid5) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/detail/Details/InvokingAlarms", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/Details/properties/InvokingAlarms/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid4 = _errs23 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/detail/Details", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/Details/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs16 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data2.EC2InstanceId !== void 0) {
                                  const _errs28 = errors;
                                  if (typeof data2.EC2InstanceId !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/detail/EC2InstanceId", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/EC2InstanceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs28 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data2.RequestId !== void 0) {
                                    const _errs30 = errors;
                                    if (typeof data2.RequestId !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/detail/RequestId", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid3 = _errs30 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data2.StartTime !== void 0) {
                                      const _errs32 = errors;
                                      if (typeof data2.StartTime !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/detail/StartTime", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/StartTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid3 = _errs32 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data2.EndTime !== void 0) {
                                        const _errs34 = errors;
                                        if (typeof data2.EndTime !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/detail/EndTime", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/EndTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid3 = _errs34 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data2.StatusCode !== void 0) {
                                          const _errs36 = errors;
                                          if (typeof data2.StatusCode !== "string") {
                                            validate20.errors = [{ instancePath: instancePath + "/detail/StatusCode", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/StatusCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid3 = _errs36 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data2.StatusMessage !== void 0) {
                                            const _errs38 = errors;
                                            if (typeof data2.StatusMessage !== "string") {
                                              validate20.errors = [{ instancePath: instancePath + "/detail/StatusMessage", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/StatusMessage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid3 = _errs38 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data2.Origin !== void 0) {
                                              const _errs40 = errors;
                                              if (typeof data2.Origin !== "string") {
                                                validate20.errors = [{ instancePath: instancePath + "/detail/Origin", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/Origin/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid3 = _errs40 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data2.Destination !== void 0) {
                                                const _errs42 = errors;
                                                if (typeof data2.Destination !== "string") {
                                                  validate20.errors = [{ instancePath: instancePath + "/detail/Destination", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/properties/Destination/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid3 = _errs42 === errors;
                                              } else {
                                                var valid3 = true;
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
                    validate20.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/$defs/AutoScalingInstanceTerminateSuccessfulDetail/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
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

// autoscaling.eventbridge-instance-terminate-successful.entry.ts
withStandardSchema(autoscaling_eventbridge_instance_terminate_successful_standalone_default, "autoscaling.eventbridge-instance-terminate-successful");
export {
  autoscaling_eventbridge_instance_terminate_successful_standalone_default as default,
  autoscaling_eventbridge_instance_terminate_successful_standalone_default as validate
};
