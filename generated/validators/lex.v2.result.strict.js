// Generated from schemas/lex/v2.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lex.v2.result.strict.standalone.js
var lex_v2_result_strict_standalone_default = validate21;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate23.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
var schema9 = { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["Close", "ConfirmIntent", "Delegate", "ElicitIntent", "ElicitSlot", "None"] }, "slotToElicit": { "type": "string" }, "slotElicitationStyle": { "enum": ["Default", "SpellByLetter", "SpellByWord"] }, "subSlotToElicit": { "type": "object", "properties": { "name": { "type": "string" }, "subSlotToElicit": { "type": "object", "additionalProperties": true } } } }, "if": { "properties": { "type": { "const": "ElicitSlot" } } }, "then": { "required": ["slotToElicit"], "properties": { "slotToElicit": true } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("ElicitSlot" !== data.type) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
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
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.slotToElicit === void 0 && (missing0 = "slotToElicit")) {
        validate26.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err1 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate26.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.type === void 0 && (missing1 = "type")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data1 = data.type;
          const _errs5 = errors;
          if (!(data1 === "Close" || data1 === "ConfirmIntent" || data1 === "Delegate" || data1 === "ElicitIntent" || data1 === "ElicitSlot" || data1 === "None")) {
            validate26.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema9.properties.type.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid2 = _errs5 === errors;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data.slotToElicit !== void 0) {
            const _errs6 = errors;
            if (typeof data.slotToElicit !== "string") {
              validate26.errors = [{ instancePath: instancePath + "/slotToElicit", schemaPath: "#/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid2 = _errs6 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.slotElicitationStyle !== void 0) {
              let data3 = data.slotElicitationStyle;
              const _errs8 = errors;
              if (!(data3 === "Default" || data3 === "SpellByLetter" || data3 === "SpellByWord")) {
                validate26.errors = [{ instancePath: instancePath + "/slotElicitationStyle", schemaPath: "#/properties/slotElicitationStyle/enum", keyword: "enum", params: { allowedValues: schema9.properties.slotElicitationStyle.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid2 = _errs8 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.subSlotToElicit !== void 0) {
                let data4 = data.subSlotToElicit;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    if (data4.name !== void 0) {
                      const _errs11 = errors;
                      if (typeof data4.name !== "string") {
                        validate26.errors = [{ instancePath: instancePath + "/subSlotToElicit/name", schemaPath: "#/properties/subSlotToElicit/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs11 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data4.subSlotToElicit !== void 0) {
                        let data6 = data4.subSlotToElicit;
                        const _errs13 = errors;
                        if (errors === _errs13) {
                          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          } else {
                            validate26.errors = [{ instancePath: instancePath + "/subSlotToElicit/subSlotToElicit", schemaPath: "#/properties/subSlotToElicit/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid3 = _errs13 === errors;
                      } else {
                        var valid3 = true;
                      }
                    }
                  } else {
                    validate26.errors = [{ instancePath: instancePath + "/subSlotToElicit", schemaPath: "#/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid2 = _errs9 === errors;
              } else {
                var valid2 = true;
              }
            }
          }
        }
      }
    } else {
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var schema10 = { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "slots": { "$ref": "#/$defs/LexV2Slots" }, "state": { "enum": ["Failed", "Fulfilled", "FulfillmentInProgress", "InProgress", "ReadyForFulfillment", "Waiting"] }, "confirmationState": { "enum": ["Confirmed", "Denied", "None"] }, "kendraResponse": { "type": "object", "additionalProperties": true } } };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.originalValue !== void 0) {
        const _errs1 = errors;
        if (typeof data.originalValue !== "string") {
          validate31.errors = [{ instancePath: instancePath + "/originalValue", schemaPath: "#/properties/originalValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.interpretedValue !== void 0) {
          const _errs3 = errors;
          if (typeof data.interpretedValue !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/interpretedValue", schemaPath: "#/properties/interpretedValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.resolvedValues !== void 0) {
            let data2 = data.resolvedValues;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (Array.isArray(data2)) {
                var valid1 = true;
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs7 = errors;
                  if (typeof data2[i0] !== "string") {
                    validate31.errors = [{ instancePath: instancePath + "/resolvedValues/" + i0, schemaPath: "#/properties/resolvedValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid1 = _errs7 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate31.errors = [{ instancePath: instancePath + "/resolvedValues", schemaPath: "#/properties/resolvedValues/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
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
var wrapper0 = { validate: validate30 };
var wrapper1 = { validate: validate29 };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.shape !== void 0) {
        const _errs1 = errors;
        if (typeof data.shape !== "string") {
          validate30.errors = [{ instancePath: instancePath + "/shape", schemaPath: "#/properties/shape/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.value !== void 0) {
          const _errs3 = errors;
          if (!validate31(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData })) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.values !== void 0) {
            let data2 = data.values;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (Array.isArray(data2)) {
                var valid1 = true;
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs6 = errors;
                  if (!wrapper0.validate(data2[i0], { instancePath: instancePath + "/values/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs6 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate30.errors = [{ instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.subSlots !== void 0) {
              const _errs7 = errors;
              if (!wrapper1.validate(data.subSlots, { instancePath: instancePath + "/subSlots", parentData: data, parentDataProperty: "subSlots", rootData })) {
                vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
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
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        const _errs3 = errors;
        let valid1 = false;
        const _errs4 = errors;
        if (!validate30(data0, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData })) {
          vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs4 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
          const _errs5 = errors;
          if (data0 !== null) {
            const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          var _valid0 = _errs5 === errors;
          valid1 = valid1 || _valid0;
        }
        if (!valid1) {
          const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
          validate29.errors = vErrors;
          return false;
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
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate28.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.slots !== void 0) {
            const _errs3 = errors;
            if (!validate29(data.slots, { instancePath: instancePath + "/slots", parentData: data, parentDataProperty: "slots", rootData })) {
              vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.state !== void 0) {
              let data2 = data.state;
              const _errs4 = errors;
              if (!(data2 === "Failed" || data2 === "Fulfilled" || data2 === "FulfillmentInProgress" || data2 === "InProgress" || data2 === "ReadyForFulfillment" || data2 === "Waiting")) {
                validate28.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema10.properties.state.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.confirmationState !== void 0) {
                let data3 = data.confirmationState;
                const _errs5 = errors;
                if (!(data3 === "Confirmed" || data3 === "Denied" || data3 === "None")) {
                  validate28.errors = [{ instancePath: instancePath + "/confirmationState", schemaPath: "#/properties/confirmationState/enum", keyword: "enum", params: { allowedValues: schema10.properties.confirmationState.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.kendraResponse !== void 0) {
                  let data4 = data.kendraResponse;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    } else {
                      validate28.errors = [{ instancePath: instancePath + "/kendraResponse", schemaPath: "#/properties/kendraResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.activeContexts !== void 0) {
        let data0 = data.activeContexts;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              const _errs3 = errors;
              if (errors === _errs3) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing0;
                  if (data1.name === void 0 && (missing0 = "name") || data1.timeToLive === void 0 && (missing0 = "timeToLive") || data1.contextAttributes === void 0 && (missing0 = "contextAttributes")) {
                    validate22.errors = [{ instancePath: instancePath + "/activeContexts/" + i0, schemaPath: "#/properties/activeContexts/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                    return false;
                  } else {
                    if (data1.name !== void 0) {
                      const _errs5 = errors;
                      if (typeof data1.name !== "string") {
                        validate22.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/name", schemaPath: "#/properties/activeContexts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs5 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data1.contextAttributes !== void 0) {
                        const _errs7 = errors;
                        if (!validate23(data1.contextAttributes, { instancePath: instancePath + "/activeContexts/" + i0 + "/contextAttributes", parentData: data1, parentDataProperty: "contextAttributes", rootData })) {
                          vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                          errors = vErrors.length;
                        }
                        var valid2 = _errs7 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.timeToLive !== void 0) {
                          let data4 = data1.timeToLive;
                          const _errs8 = errors;
                          if (errors === _errs8) {
                            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                              if (data4.timeToLiveInSeconds !== void 0) {
                                let data5 = data4.timeToLiveInSeconds;
                                const _errs10 = errors;
                                if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                                  validate22.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive/timeToLiveInSeconds", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/properties/timeToLiveInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                var valid3 = _errs10 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data4.turnsToLive !== void 0) {
                                  let data6 = data4.turnsToLive;
                                  const _errs12 = errors;
                                  if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                                    validate22.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive/turnsToLive", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/properties/turnsToLive/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  var valid3 = _errs12 === errors;
                                } else {
                                  var valid3 = true;
                                }
                              }
                            } else {
                              validate22.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid2 = _errs8 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  }
                } else {
                  validate22.errors = [{ instancePath: instancePath + "/activeContexts/" + i0, schemaPath: "#/properties/activeContexts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid1 = _errs3 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate22.errors = [{ instancePath: instancePath + "/activeContexts", schemaPath: "#/properties/activeContexts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.sessionAttributes !== void 0) {
          const _errs14 = errors;
          if (!validate23(data.sessionAttributes, { instancePath: instancePath + "/sessionAttributes", parentData: data, parentDataProperty: "sessionAttributes", rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs14 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.runtimeHints !== void 0) {
            let data8 = data.runtimeHints;
            const _errs15 = errors;
            if (errors === _errs15) {
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
              } else {
                validate22.errors = [{ instancePath: instancePath + "/runtimeHints", schemaPath: "#/properties/runtimeHints/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs15 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.dialogAction !== void 0) {
              const _errs18 = errors;
              if (!validate26(data.dialogAction, { instancePath: instancePath + "/dialogAction", parentData: data, parentDataProperty: "dialogAction", rootData })) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs18 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.intent !== void 0) {
                const _errs19 = errors;
                if (!validate28(data.intent, { instancePath: instancePath + "/intent", parentData: data, parentDataProperty: "intent", rootData })) {
                  vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs19 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.originatingRequestId !== void 0) {
                  const _errs20 = errors;
                  if (typeof data.originatingRequestId !== "string") {
                    validate22.errors = [{ instancePath: instancePath + "/originatingRequestId", schemaPath: "#/properties/originatingRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs20 === errors;
                } else {
                  var valid0 = true;
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
var schema14 = { "type": "object", "required": ["contentType"], "properties": { "contentType": { "enum": ["CustomPayload", "ImageResponseCard", "PlainText", "SSML"] }, "content": { "type": "string" }, "imageResponseCard": { "type": "object", "required": ["title"], "properties": { "title": { "type": "string" }, "subtitle": { "type": "string" }, "imageUrl": { "type": "string" }, "buttons": { "type": "array", "items": { "type": "object", "required": ["text", "value"], "properties": { "text": { "type": "string" }, "value": { "type": "string" } } } } } } }, "if": { "properties": { "contentType": { "const": "ImageResponseCard" } } }, "then": { "required": ["imageResponseCard"], "properties": { "imageResponseCard": true } }, "else": { "required": ["content"], "properties": { "content": true } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.contentType !== void 0) {
      if ("ImageResponseCard" !== data.contentType) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
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
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.imageResponseCard === void 0 && (missing0 = "imageResponseCard")) {
        validate39.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.content === void 0 && (missing1 = "content")) {
        validate39.errors = [{ instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err1 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate39.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.contentType === void 0 && (missing2 = "contentType")) {
        validate39.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
        return false;
      } else {
        if (data.contentType !== void 0) {
          let data1 = data.contentType;
          const _errs6 = errors;
          if (!(data1 === "CustomPayload" || data1 === "ImageResponseCard" || data1 === "PlainText" || data1 === "SSML")) {
            validate39.errors = [{ instancePath: instancePath + "/contentType", schemaPath: "#/properties/contentType/enum", keyword: "enum", params: { allowedValues: schema14.properties.contentType.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid2 = _errs6 === errors;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data.content !== void 0) {
            const _errs7 = errors;
            if (typeof data.content !== "string") {
              validate39.errors = [{ instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid2 = _errs7 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.imageResponseCard !== void 0) {
              let data3 = data.imageResponseCard;
              const _errs9 = errors;
              if (errors === _errs9) {
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                  let missing3;
                  if (data3.title === void 0 && (missing3 = "title")) {
                    validate39.errors = [{ instancePath: instancePath + "/imageResponseCard", schemaPath: "#/properties/imageResponseCard/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                    return false;
                  } else {
                    if (data3.title !== void 0) {
                      const _errs11 = errors;
                      if (typeof data3.title !== "string") {
                        validate39.errors = [{ instancePath: instancePath + "/imageResponseCard/title", schemaPath: "#/properties/imageResponseCard/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs11 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data3.subtitle !== void 0) {
                        const _errs13 = errors;
                        if (typeof data3.subtitle !== "string") {
                          validate39.errors = [{ instancePath: instancePath + "/imageResponseCard/subtitle", schemaPath: "#/properties/imageResponseCard/properties/subtitle/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs13 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data3.imageUrl !== void 0) {
                          const _errs15 = errors;
                          if (typeof data3.imageUrl !== "string") {
                            validate39.errors = [{ instancePath: instancePath + "/imageResponseCard/imageUrl", schemaPath: "#/properties/imageResponseCard/properties/imageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs15 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data3.buttons !== void 0) {
                            let data7 = data3.buttons;
                            const _errs17 = errors;
                            if (errors === _errs17) {
                              if (Array.isArray(data7)) {
                                var valid4 = true;
                                const len0 = data7.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  let data8 = data7[i0];
                                  const _errs19 = errors;
                                  if (errors === _errs19) {
                                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                      let missing4;
                                      if (data8.text === void 0 && (missing4 = "text") || data8.value === void 0 && (missing4 = "value")) {
                                        validate39.errors = [{ instancePath: instancePath + "/imageResponseCard/buttons/" + i0, schemaPath: "#/properties/imageResponseCard/properties/buttons/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                        return false;
                                      } else {
                                        if (data8.text !== void 0) {
                                          const _errs21 = errors;
                                          if (typeof data8.text !== "string") {
                                            validate39.errors = [{ instancePath: instancePath + "/imageResponseCard/buttons/" + i0 + "/text", schemaPath: "#/properties/imageResponseCard/properties/buttons/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid5 = _errs21 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                          if (data8.value !== void 0) {
                                            const _errs23 = errors;
                                            if (typeof data8.value !== "string") {
                                              validate39.errors = [{ instancePath: instancePath + "/imageResponseCard/buttons/" + i0 + "/value", schemaPath: "#/properties/imageResponseCard/properties/buttons/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid5 = _errs23 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                        }
                                      }
                                    } else {
                                      validate39.errors = [{ instancePath: instancePath + "/imageResponseCard/buttons/" + i0, schemaPath: "#/properties/imageResponseCard/properties/buttons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid4 = _errs19 === errors;
                                  if (!valid4) {
                                    break;
                                  }
                                }
                              } else {
                                validate39.errors = [{ instancePath: instancePath + "/imageResponseCard/buttons", schemaPath: "#/properties/imageResponseCard/properties/buttons/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid3 = _errs17 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate39.errors = [{ instancePath: instancePath + "/imageResponseCard", schemaPath: "#/properties/imageResponseCard/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid2 = _errs9 === errors;
            } else {
              var valid2 = true;
            }
          }
        }
      }
    } else {
      validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.sessionState === void 0 && (missing0 = "sessionState")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.sessionState !== void 0) {
          let data0 = data.sessionState;
          const _errs4 = errors;
          if (errors === _errs4) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.dialogAction === void 0 && (missing1 = "dialogAction")) {
                const err1 = {};
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              } else {
                if (data0.dialogAction !== void 0) {
                  let data1 = data0.dialogAction;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                      let missing2;
                      if (data1.type === void 0 && (missing2 = "type")) {
                        const err2 = {};
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                      } else {
                        if (data1.type !== void 0) {
                          if ("ElicitIntent" !== data1.type) {
                            const err3 = {};
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                          }
                        }
                      }
                    } else {
                      const err4 = {};
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    }
                  }
                }
              }
            } else {
              const err5 = {};
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
      }
    } else {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
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
    const _errs9 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.messages === void 0 && (missing3 = "messages")) {
        validate21.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs9 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err7 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
    validate21.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing4;
      if (data.sessionState === void 0 && (missing4 = "sessionState")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
        return false;
      } else {
        if (data.sessionState !== void 0) {
          let data3 = data.sessionState;
          const _errs10 = errors;
          const _errs12 = errors;
          if (!validate22(data3, { instancePath: instancePath + "/sessionState", parentData: data, parentDataProperty: "sessionState", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
          var valid5 = _errs12 === errors;
          if (valid5) {
            const _errs13 = errors;
            let valid6 = true;
            const _errs14 = errors;
            if (errors === _errs14) {
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                let missing5;
                if (data3.dialogAction === void 0 && (missing5 = "dialogAction")) {
                  const err8 = {};
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                } else {
                  if (data3.dialogAction !== void 0) {
                    let data4 = data3.dialogAction;
                    const _errs16 = errors;
                    if (errors === _errs16) {
                      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        let missing6;
                        if (data4.type === void 0 && (missing6 = "type")) {
                          const err9 = {};
                          if (vErrors === null) {
                            vErrors = [err9];
                          } else {
                            vErrors.push(err9);
                          }
                          errors++;
                        } else {
                          if (data4.type !== void 0) {
                            let data5 = data4.type;
                            if (!(data5 === "Close" || data5 === "ConfirmIntent" || data5 === "ElicitSlot")) {
                              const err10 = {};
                              if (vErrors === null) {
                                vErrors = [err10];
                              } else {
                                vErrors.push(err10);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err11 = {};
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                  }
                }
              } else {
                const err12 = {};
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            var _valid1 = _errs14 === errors;
            errors = _errs13;
            if (vErrors !== null) {
              if (_errs13) {
                vErrors.length = _errs13;
              } else {
                vErrors = null;
              }
            }
            if (_valid1) {
              const _errs19 = errors;
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                let missing7;
                if (data3.intent === void 0 && (missing7 = "intent")) {
                  validate21.errors = [{ instancePath: instancePath + "/sessionState", schemaPath: "#/properties/sessionState/then/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                  return false;
                }
              }
              var _valid1 = _errs19 === errors;
              valid6 = _valid1;
            }
            if (!valid6) {
              const err13 = { instancePath: instancePath + "/sessionState", schemaPath: "#/properties/sessionState/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              validate21.errors = vErrors;
              return false;
            }
          }
          if (errors === _errs10) {
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              let missing8;
              if (data3.dialogAction === void 0 && (missing8 = "dialogAction")) {
                validate21.errors = [{ instancePath: instancePath + "/sessionState", schemaPath: "#/properties/sessionState/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                return false;
              } else {
                if (data3.dialogAction !== void 0) {
                  const _errs20 = errors;
                  if (!validate26(data3.dialogAction, { instancePath: instancePath + "/sessionState/dialogAction", parentData: data3, parentDataProperty: "dialogAction", rootData })) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                  }
                  var valid9 = _errs20 === errors;
                } else {
                  var valid9 = true;
                }
                if (valid9) {
                  if (data3.intent !== void 0) {
                    const _errs21 = errors;
                    if (!validate28(data3.intent, { instancePath: instancePath + "/sessionState/intent", parentData: data3, parentDataProperty: "intent", rootData })) {
                      vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                      errors = vErrors.length;
                    }
                    var valid9 = _errs21 === errors;
                  } else {
                    var valid9 = true;
                  }
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/sessionState", schemaPath: "#/properties/sessionState/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid4 = _errs10 === errors;
        } else {
          var valid4 = true;
        }
        if (valid4) {
          if (data.messages !== void 0) {
            let data8 = data.messages;
            const _errs22 = errors;
            if (errors === _errs22) {
              if (Array.isArray(data8)) {
                var valid10 = true;
                const len0 = data8.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs24 = errors;
                  if (!validate39(data8[i0], { instancePath: instancePath + "/messages/" + i0, parentData: data8, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                    errors = vErrors.length;
                  }
                  var valid10 = _errs24 === errors;
                  if (!valid10) {
                    break;
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid4 = _errs22 === errors;
          } else {
            var valid4 = true;
          }
          if (valid4) {
            if (data.requestAttributes !== void 0) {
              const _errs25 = errors;
              if (!validate23(data.requestAttributes, { instancePath: instancePath + "/requestAttributes", parentData: data, parentDataProperty: "requestAttributes", rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid4 = _errs25 === errors;
            } else {
              var valid4 = true;
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

// check:lex.v2.result.strict.check.js
function d_LexV2DialogAction(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v2 = x.type;
    if (v2 === void 0) return false;
    if (!(v2 === "Close" || v2 === "ConfirmIntent" || v2 === "Delegate" || v2 === "ElicitIntent" || v2 === "ElicitSlot" || v2 === "None")) return false;
  }
  {
    const v3 = x.slotToElicit;
    if (v3 !== void 0) {
      if (!(typeof v3 === "string")) return false;
    }
  }
  {
    const v4 = x.slotElicitationStyle;
    if (v4 !== void 0) {
      if (!(v4 === "Default" || v4 === "SpellByLetter" || v4 === "SpellByWord")) return false;
    }
  }
  {
    const v5 = x.subSlotToElicit;
    if (v5 !== void 0) {
      if (!(v5 !== null && typeof v5 === "object" && !Array.isArray(v5))) return false;
      {
        const v6 = v5.name;
        if (v6 !== void 0) {
          if (!(typeof v6 === "string")) return false;
        }
      }
      {
        const v7 = v5.subSlotToElicit;
        if (v7 !== void 0) {
          if (!(v7 !== null && typeof v7 === "object" && !Array.isArray(v7))) return false;
        }
      }
    }
  }
  if (!(b0(x) ? !(x !== null && typeof x === "object" && !Array.isArray(x)) || x.slotToElicit !== void 0 : true)) return false;
  return true;
}
function b0(x) {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v8 = x.type;
      if (v8 !== void 0) {
        if (!(v8 === "ElicitSlot")) return false;
      }
    }
  }
  return true;
}
function d_LexV2Intent(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v11 = x.name;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  {
    const v12 = x.slots;
    if (v12 !== void 0) {
      if (!d_LexV2Slots(v12)) return false;
    }
  }
  {
    const v26 = x.state;
    if (v26 !== void 0) {
      if (!(v26 === "Failed" || v26 === "Fulfilled" || v26 === "FulfillmentInProgress" || v26 === "InProgress" || v26 === "ReadyForFulfillment" || v26 === "Waiting")) return false;
    }
  }
  {
    const v27 = x.confirmationState;
    if (v27 !== void 0) {
      if (!(v27 === "Confirmed" || v27 === "Denied" || v27 === "None")) return false;
    }
  }
  {
    const v28 = x.kendraResponse;
    if (v28 !== void 0) {
      if (!(v28 !== null && typeof v28 === "object" && !Array.isArray(v28))) return false;
    }
  }
  return true;
}
function d_LexV2Slots(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v13 in x) {
    const v14 = x[v13];
    if (!(d_LexV2Slot(v14) || v14 === null)) return false;
  }
  return true;
}
function d_LexV2Slot(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v15 = x.shape;
    if (v15 !== void 0) {
      if (!(typeof v15 === "string")) return false;
    }
  }
  {
    const v16 = x.value;
    if (v16 !== void 0) {
      if (!d_LexV2SlotValue(v16)) return false;
    }
  }
  {
    const v22 = x.values;
    if (v22 !== void 0) {
      if (!Array.isArray(v22)) return false;
      for (let v24 = 0; v24 < v22.length; v24++) {
        const v23 = v22[v24];
        if (!d_LexV2Slot(v23)) return false;
      }
    }
  }
  {
    const v25 = x.subSlots;
    if (v25 !== void 0) {
      if (!d_LexV2Slots(v25)) return false;
    }
  }
  return true;
}
function d_LexV2SlotValue(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v17 = x.originalValue;
    if (v17 !== void 0) {
      if (!(typeof v17 === "string")) return false;
    }
  }
  {
    const v18 = x.interpretedValue;
    if (v18 !== void 0) {
      if (!(typeof v18 === "string")) return false;
    }
  }
  {
    const v19 = x.resolvedValues;
    if (v19 !== void 0) {
      if (!Array.isArray(v19)) return false;
      for (let v21 = 0; v21 < v19.length; v21++) {
        const v20 = v19[v21];
        if (!(typeof v20 === "string")) return false;
      }
    }
  }
  return true;
}
function d_LexV2SessionState(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v29 = x.activeContexts;
    if (v29 !== void 0) {
      if (!Array.isArray(v29)) return false;
      for (let v31 = 0; v31 < v29.length; v31++) {
        const v30 = v29[v31];
        if (!(v30 !== null && typeof v30 === "object" && !Array.isArray(v30))) return false;
        {
          const v32 = v30.name;
          if (v32 === void 0) return false;
          if (!(typeof v32 === "string")) return false;
        }
        {
          const v33 = v30.contextAttributes;
          if (v33 === void 0) return false;
          if (!d_LexV2StringMap(v33)) return false;
        }
        {
          const v36 = v30.timeToLive;
          if (v36 === void 0) return false;
          if (!(v36 !== null && typeof v36 === "object" && !Array.isArray(v36))) return false;
          {
            const v37 = v36.timeToLiveInSeconds;
            if (v37 !== void 0) {
              if (!(typeof v37 === "number" && !(v37 % 1) && !isNaN(v37) && isFinite(v37))) return false;
            }
          }
          {
            const v38 = v36.turnsToLive;
            if (v38 !== void 0) {
              if (!(typeof v38 === "number" && !(v38 % 1) && !isNaN(v38) && isFinite(v38))) return false;
            }
          }
        }
      }
    }
  }
  {
    const v39 = x.sessionAttributes;
    if (v39 !== void 0) {
      if (!d_LexV2StringMap(v39)) return false;
    }
  }
  {
    const v40 = x.runtimeHints;
    if (v40 !== void 0) {
      if (!(v40 !== null && typeof v40 === "object" && !Array.isArray(v40))) return false;
    }
  }
  {
    const v41 = x.dialogAction;
    if (v41 !== void 0) {
      if (!d_LexV2DialogAction(v41)) return false;
    }
  }
  {
    const v42 = x.intent;
    if (v42 !== void 0) {
      if (!d_LexV2Intent(v42)) return false;
    }
  }
  {
    const v43 = x.originatingRequestId;
    if (v43 !== void 0) {
      if (!(typeof v43 === "string")) return false;
    }
  }
  return true;
}
function d_LexV2StringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v34 in x) {
    const v35 = x[v34];
    if (!(typeof v35 === "string")) return false;
  }
  return true;
}
function b1(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v44 = x.dialogAction;
    if (v44 === void 0) return false;
    if (!(v44 !== null && typeof v44 === "object" && !Array.isArray(v44))) return false;
    {
      const v45 = v44.type;
      if (v45 === void 0) return false;
      if (!(v45 === "Close" || v45 === "ConfirmIntent" || v45 === "ElicitSlot")) return false;
    }
  }
  return true;
}
function d_LexV2Message(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v50 = x.contentType;
    if (v50 === void 0) return false;
    if (!(v50 === "CustomPayload" || v50 === "ImageResponseCard" || v50 === "PlainText" || v50 === "SSML")) return false;
  }
  {
    const v51 = x.content;
    if (v51 !== void 0) {
      if (!(typeof v51 === "string")) return false;
    }
  }
  {
    const v52 = x.imageResponseCard;
    if (v52 !== void 0) {
      if (!(v52 !== null && typeof v52 === "object" && !Array.isArray(v52))) return false;
      {
        const v53 = v52.title;
        if (v53 === void 0) return false;
        if (!(typeof v53 === "string")) return false;
      }
      {
        const v54 = v52.subtitle;
        if (v54 !== void 0) {
          if (!(typeof v54 === "string")) return false;
        }
      }
      {
        const v55 = v52.imageUrl;
        if (v55 !== void 0) {
          if (!(typeof v55 === "string")) return false;
        }
      }
      {
        const v56 = v52.buttons;
        if (v56 !== void 0) {
          if (!Array.isArray(v56)) return false;
          for (let v58 = 0; v58 < v56.length; v58++) {
            const v57 = v56[v58];
            if (!(v57 !== null && typeof v57 === "object" && !Array.isArray(v57))) return false;
            {
              const v59 = v57.text;
              if (v59 === void 0) return false;
              if (!(typeof v59 === "string")) return false;
            }
            {
              const v60 = v57.value;
              if (v60 === void 0) return false;
              if (!(typeof v60 === "string")) return false;
            }
          }
        }
      }
    }
  }
  if (!(b2(x) ? !(x !== null && typeof x === "object" && !Array.isArray(x)) || x.imageResponseCard !== void 0 : !(x !== null && typeof x === "object" && !Array.isArray(x)) || x.content !== void 0)) return false;
  return true;
}
function b2(x) {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v61 = x.contentType;
      if (v61 !== void 0) {
        if (!(v61 === "ImageResponseCard")) return false;
      }
    }
  }
  return true;
}
function b3(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v65 = x.sessionState;
    if (v65 === void 0) return false;
    if (!(v65 !== null && typeof v65 === "object" && !Array.isArray(v65))) return false;
    {
      const v66 = v65.dialogAction;
      if (v66 === void 0) return false;
      if (!(v66 !== null && typeof v66 === "object" && !Array.isArray(v66))) return false;
      {
        const v67 = v66.type;
        if (v67 === void 0) return false;
        if (!(v67 === "ElicitIntent")) return false;
      }
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.sessionState;
    if (v0 === void 0) return false;
    if (!(v0 !== null && typeof v0 === "object" && !Array.isArray(v0))) return false;
    {
      const v1 = v0.dialogAction;
      if (v1 === void 0) return false;
      if (!d_LexV2DialogAction(v1)) return false;
    }
    {
      const v10 = v0.intent;
      if (v10 !== void 0) {
        if (!d_LexV2Intent(v10)) return false;
      }
    }
    if (!d_LexV2SessionState(v0)) return false;
    if (!(b1(v0) ? !(v0 !== null && typeof v0 === "object" && !Array.isArray(v0)) || v0.intent !== void 0 : true)) return false;
  }
  {
    const v47 = x.messages;
    if (v47 !== void 0) {
      if (!Array.isArray(v47)) return false;
      for (let v49 = 0; v49 < v47.length; v49++) {
        const v48 = v47[v49];
        if (!d_LexV2Message(v48)) return false;
      }
    }
  }
  {
    const v64 = x.requestAttributes;
    if (v64 !== void 0) {
      if (!d_LexV2StringMap(v64)) return false;
    }
  }
  if (!(b3(x) ? !(x !== null && typeof x === "object" && !Array.isArray(x)) || x.messages !== void 0 : true)) return false;
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

// lex.v2.result.strict.entry.ts
var validate = withStandardSchema(checked(check, lex_v2_result_strict_standalone_default), "lex.v2.result");
export {
  validate as default,
  validate
};
