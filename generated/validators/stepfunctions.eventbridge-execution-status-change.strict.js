// Generated from schemas/stepfunctions/eventbridge-execution-status-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:stepfunctions.eventbridge-execution-status-change.strict.standalone.js
var stepfunctions_eventbridge_execution_status_change_strict_standalone_default = validate21;
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
var schema11 = { "type": "object", "required": ["executionArn", "stateMachineArn", "name", "status", "startDate", "stopDate", "input", "output"], "properties": { "executionArn": { "type": "string" }, "stateMachineArn": { "type": "string" }, "name": { "type": "string" }, "status": { "type": "string" }, "startDate": { "type": "integer" }, "stopDate": { "type": ["integer", "null"] }, "input": { "type": ["string", "null"] }, "output": { "type": ["string", "null"] }, "inputDetails": { "$ref": "#/$defs/StepFunctionsPayloadDetails" }, "outputDetails": { "$ref": "#/$defs/StepFunctionsPayloadDetails" }, "error": { "type": ["string", "null"] }, "cause": { "type": ["string", "null"] }, "stateMachineVersionArn": { "type": ["string", "null"] }, "stateMachineAliasArn": { "type": ["string", "null"] }, "redriveCount": { "type": "integer" }, "redriveDate": { "type": ["integer", "null"] }, "redriveStatus": { "type": "string" }, "redriveStatusReason": { "type": "string" } } };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.included !== void 0) {
        if (typeof data.included !== "boolean") {
          validate31.errors = [{ instancePath: instancePath + "/included", schemaPath: "#/properties/included/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
          return false;
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
      if (data.executionArn === void 0 && (missing0 = "executionArn") || data.stateMachineArn === void 0 && (missing0 = "stateMachineArn") || data.name === void 0 && (missing0 = "name") || data.status === void 0 && (missing0 = "status") || data.startDate === void 0 && (missing0 = "startDate") || data.stopDate === void 0 && (missing0 = "stopDate") || data.input === void 0 && (missing0 = "input") || data.output === void 0 && (missing0 = "output")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.executionArn !== void 0) {
          const _errs1 = errors;
          if (typeof data.executionArn !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/executionArn", schemaPath: "#/properties/executionArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.stateMachineArn !== void 0) {
            const _errs3 = errors;
            if (typeof data.stateMachineArn !== "string") {
              validate30.errors = [{ instancePath: instancePath + "/stateMachineArn", schemaPath: "#/properties/stateMachineArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.name !== void 0) {
              const _errs5 = errors;
              if (typeof data.name !== "string") {
                validate30.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.status !== void 0) {
                const _errs7 = errors;
                if (typeof data.status !== "string") {
                  validate30.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.startDate !== void 0) {
                  let data4 = data.startDate;
                  const _errs9 = errors;
                  if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                    validate30.errors = [{ instancePath: instancePath + "/startDate", schemaPath: "#/properties/startDate/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.stopDate !== void 0) {
                    let data5 = data.stopDate;
                    const _errs11 = errors;
                    if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && data5 !== null) {
                      validate30.errors = [{ instancePath: instancePath + "/stopDate", schemaPath: "#/properties/stopDate/type", keyword: "type", params: { type: schema11.properties.stopDate.type }, message: "must be integer,null" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.input !== void 0) {
                      let data6 = data.input;
                      const _errs13 = errors;
                      if (typeof data6 !== "string" && data6 !== null) {
                        validate30.errors = [{ instancePath: instancePath + "/input", schemaPath: "#/properties/input/type", keyword: "type", params: { type: schema11.properties.input.type }, message: "must be string,null" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.output !== void 0) {
                        let data7 = data.output;
                        const _errs15 = errors;
                        if (typeof data7 !== "string" && data7 !== null) {
                          validate30.errors = [{ instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: schema11.properties.output.type }, message: "must be string,null" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.inputDetails !== void 0) {
                          const _errs17 = errors;
                          if (!validate31(data.inputDetails, { instancePath: instancePath + "/inputDetails", parentData: data, parentDataProperty: "inputDetails", rootData })) {
                            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.outputDetails !== void 0) {
                            const _errs18 = errors;
                            if (!validate31(data.outputDetails, { instancePath: instancePath + "/outputDetails", parentData: data, parentDataProperty: "outputDetails", rootData })) {
                              vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs18 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.error !== void 0) {
                              let data10 = data.error;
                              const _errs19 = errors;
                              if (typeof data10 !== "string" && data10 !== null) {
                                validate30.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: schema11.properties.error.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid0 = _errs19 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.cause !== void 0) {
                                let data11 = data.cause;
                                const _errs21 = errors;
                                if (typeof data11 !== "string" && data11 !== null) {
                                  validate30.errors = [{ instancePath: instancePath + "/cause", schemaPath: "#/properties/cause/type", keyword: "type", params: { type: schema11.properties.cause.type }, message: "must be string,null" }];
                                  return false;
                                }
                                var valid0 = _errs21 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.stateMachineVersionArn !== void 0) {
                                  let data12 = data.stateMachineVersionArn;
                                  const _errs23 = errors;
                                  if (typeof data12 !== "string" && data12 !== null) {
                                    validate30.errors = [{ instancePath: instancePath + "/stateMachineVersionArn", schemaPath: "#/properties/stateMachineVersionArn/type", keyword: "type", params: { type: schema11.properties.stateMachineVersionArn.type }, message: "must be string,null" }];
                                    return false;
                                  }
                                  var valid0 = _errs23 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.stateMachineAliasArn !== void 0) {
                                    let data13 = data.stateMachineAliasArn;
                                    const _errs25 = errors;
                                    if (typeof data13 !== "string" && data13 !== null) {
                                      validate30.errors = [{ instancePath: instancePath + "/stateMachineAliasArn", schemaPath: "#/properties/stateMachineAliasArn/type", keyword: "type", params: { type: schema11.properties.stateMachineAliasArn.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    var valid0 = _errs25 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.redriveCount !== void 0) {
                                      let data14 = data.redriveCount;
                                      const _errs27 = errors;
                                      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                                        validate30.errors = [{ instancePath: instancePath + "/redriveCount", schemaPath: "#/properties/redriveCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      var valid0 = _errs27 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.redriveDate !== void 0) {
                                        let data15 = data.redriveDate;
                                        const _errs29 = errors;
                                        if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15)) && data15 !== null) {
                                          validate30.errors = [{ instancePath: instancePath + "/redriveDate", schemaPath: "#/properties/redriveDate/type", keyword: "type", params: { type: schema11.properties.redriveDate.type }, message: "must be integer,null" }];
                                          return false;
                                        }
                                        var valid0 = _errs29 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.redriveStatus !== void 0) {
                                          const _errs31 = errors;
                                          if (typeof data.redriveStatus !== "string") {
                                            validate30.errors = [{ instancePath: instancePath + "/redriveStatus", schemaPath: "#/properties/redriveStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid0 = _errs31 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.redriveStatusReason !== void 0) {
                                            const _errs33 = errors;
                                            if (typeof data.redriveStatusReason !== "string") {
                                              validate30.errors = [{ instancePath: instancePath + "/redriveStatusReason", schemaPath: "#/properties/redriveStatusReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid0 = _errs33 === errors;
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
            if ("Step Functions Execution Status Change" !== data["detail-type"]) {
              validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "Step Functions Execution Status Change" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if ("aws.states" !== data.source) {
                validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.states" }, message: "must be equal to constant" }];
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

// check:stepfunctions.eventbridge-execution-status-change.strict.check.js
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
function d_StepFunctionsExecutionStatusChangeDetail(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v15 = x.executionArn;
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string")) return false;
  }
  {
    const v16 = x.stateMachineArn;
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x.name;
    if (v17 === void 0) return false;
    if (!(typeof v17 === "string")) return false;
  }
  {
    const v18 = x.status;
    if (v18 === void 0) return false;
    if (!(typeof v18 === "string")) return false;
  }
  {
    const v19 = x.startDate;
    if (v19 === void 0) return false;
    if (!(typeof v19 === "number" && !(v19 % 1) && !isNaN(v19) && isFinite(v19))) return false;
  }
  {
    const v20 = x.stopDate;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "number" && !(v20 % 1) && !isNaN(v20) && isFinite(v20) || v20 === null)) return false;
  }
  {
    const v21 = x.input;
    if (v21 === void 0) return false;
    if (!(typeof v21 === "string" || v21 === null)) return false;
  }
  {
    const v22 = x.output;
    if (v22 === void 0) return false;
    if (!(typeof v22 === "string" || v22 === null)) return false;
  }
  {
    const v23 = x.inputDetails;
    if (v23 !== void 0) {
      if (!d_StepFunctionsPayloadDetails(v23)) return false;
    }
  }
  {
    const v25 = x.outputDetails;
    if (v25 !== void 0) {
      if (!d_StepFunctionsPayloadDetails(v25)) return false;
    }
  }
  {
    const v26 = x.error;
    if (v26 !== void 0) {
      if (!(typeof v26 === "string" || v26 === null)) return false;
    }
  }
  {
    const v27 = x.cause;
    if (v27 !== void 0) {
      if (!(typeof v27 === "string" || v27 === null)) return false;
    }
  }
  {
    const v28 = x.stateMachineVersionArn;
    if (v28 !== void 0) {
      if (!(typeof v28 === "string" || v28 === null)) return false;
    }
  }
  {
    const v29 = x.stateMachineAliasArn;
    if (v29 !== void 0) {
      if (!(typeof v29 === "string" || v29 === null)) return false;
    }
  }
  {
    const v30 = x.redriveCount;
    if (v30 !== void 0) {
      if (!(typeof v30 === "number" && !(v30 % 1) && !isNaN(v30) && isFinite(v30))) return false;
    }
  }
  {
    const v31 = x.redriveDate;
    if (v31 !== void 0) {
      if (!(typeof v31 === "number" && !(v31 % 1) && !isNaN(v31) && isFinite(v31) || v31 === null)) return false;
    }
  }
  {
    const v32 = x.redriveStatus;
    if (v32 !== void 0) {
      if (!(typeof v32 === "string")) return false;
    }
  }
  {
    const v33 = x.redriveStatusReason;
    if (v33 !== void 0) {
      if (!(typeof v33 === "string")) return false;
    }
  }
  return true;
}
function d_StepFunctionsPayloadDetails(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v24 = x.included;
    if (v24 !== void 0) {
      if (!(typeof v24 === "boolean")) return false;
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
    if (!(v12 === "Step Functions Execution Status Change")) return false;
  }
  {
    const v13 = x.source;
    if (v13 === void 0) return false;
    if (!(v13 === "aws.states")) return false;
  }
  {
    const v14 = x.detail;
    if (v14 === void 0) return false;
    if (!d_StepFunctionsExecutionStatusChangeDetail(v14)) return false;
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

// stepfunctions.eventbridge-execution-status-change.strict.entry.ts
var validate = withStandardSchema(checked(check, stepfunctions_eventbridge_execution_status_change_strict_standalone_default), "stepfunctions.eventbridge-execution-status-change");
export {
  validate as default,
  validate
};
