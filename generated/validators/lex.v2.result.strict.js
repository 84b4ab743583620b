// Generated from schemas/lex/v2.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lex.v2.result.strict.standalone.js
var lex_v2_result_strict_standalone_default = validate20;
var schema35 = { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["Close", "ConfirmIntent", "Delegate", "ElicitIntent", "ElicitSlot", "None"] }, "slotToElicit": { "type": "string" }, "slotElicitationStyle": { "enum": ["Default", "SpellByLetter", "SpellByWord"] }, "subSlotToElicit": { "type": "object", "properties": { "name": { "type": "string" }, "subSlotToElicit": { "type": "object", "additionalProperties": true } } } }, "if": { "properties": { "type": { "const": "ElicitSlot" } } }, "then": { "required": ["slotToElicit"], "properties": { "slotToElicit": true } } };
var schema41 = { "type": "object", "required": ["contentType"], "properties": { "contentType": { "enum": ["CustomPayload", "ImageResponseCard", "PlainText", "SSML"] }, "content": { "type": "string" }, "imageResponseCard": { "type": "object", "required": ["title"], "properties": { "title": { "type": "string" }, "subtitle": { "type": "string" }, "imageUrl": { "type": "string" }, "buttons": { "type": "array", "items": { "type": "object", "required": ["text", "value"], "properties": { "text": { "type": "string" }, "value": { "type": "string" } } } } } } }, "if": { "properties": { "contentType": { "const": "ImageResponseCard" } } }, "then": { "required": ["imageResponseCard"], "properties": { "imageResponseCard": true } }, "else": { "required": ["content"], "properties": { "content": true } } };
var schema36 = { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "slots": { "$ref": "#/$defs/LexV2Slots" }, "state": { "enum": ["Failed", "Fulfilled", "FulfillmentInProgress", "InProgress", "ReadyForFulfillment", "Waiting"] }, "confirmationState": { "enum": ["Confirmed", "Denied", "None"] }, "kendraResponse": { "type": "object", "additionalProperties": true } } };
var wrapper0 = { validate: validate24 };
var wrapper1 = { validate: validate23 };
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
      if (data.shape !== void 0) {
        const _errs1 = errors;
        if (typeof data.shape !== "string") {
          validate24.errors = [{ instancePath: instancePath + "/shape", schemaPath: "#/properties/shape/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.value !== void 0) {
          let data1 = data.value;
          const _errs3 = errors;
          const _errs4 = errors;
          if (errors === _errs4) {
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              if (data1.originalValue !== void 0) {
                const _errs6 = errors;
                if (typeof data1.originalValue !== "string") {
                  validate24.errors = [{ instancePath: instancePath + "/value/originalValue", schemaPath: "#/$defs/LexV2SlotValue/properties/originalValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid2 = _errs6 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data1.interpretedValue !== void 0) {
                  const _errs8 = errors;
                  if (typeof data1.interpretedValue !== "string") {
                    validate24.errors = [{ instancePath: instancePath + "/value/interpretedValue", schemaPath: "#/$defs/LexV2SlotValue/properties/interpretedValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs8 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data1.resolvedValues !== void 0) {
                    let data4 = data1.resolvedValues;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (Array.isArray(data4)) {
                        var valid3 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs12 = errors;
                          if (typeof data4[i0] !== "string") {
                            validate24.errors = [{ instancePath: instancePath + "/value/resolvedValues/" + i0, schemaPath: "#/$defs/LexV2SlotValue/properties/resolvedValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs12 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      } else {
                        validate24.errors = [{ instancePath: instancePath + "/value/resolvedValues", schemaPath: "#/$defs/LexV2SlotValue/properties/resolvedValues/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                }
              }
            } else {
              validate24.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/$defs/LexV2SlotValue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.values !== void 0) {
            let data6 = data.values;
            const _errs14 = errors;
            if (errors === _errs14) {
              if (Array.isArray(data6)) {
                var valid4 = true;
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  const _errs16 = errors;
                  if (!wrapper0.validate(data6[i1], { instancePath: instancePath + "/values/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                    errors = vErrors.length;
                  }
                  var valid4 = _errs16 === errors;
                  if (!valid4) {
                    break;
                  }
                }
              } else {
                validate24.errors = [{ instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs14 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.subSlots !== void 0) {
              const _errs17 = errors;
              if (!wrapper1.validate(data.subSlots, { instancePath: instancePath + "/subSlots", parentData: data, parentDataProperty: "subSlots", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs17 === errors;
            } else {
              var valid0 = true;
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
validate24.evaluated = { "props": { "shape": true, "value": true, "values": true, "subSlots": true }, "dynamicProps": false, "dynamicItems": false };
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
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        const _errs3 = errors;
        let valid1 = false;
        const _errs4 = errors;
        if (!validate24(data0, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs4 === errors;
        valid1 = valid1 || _valid0;
        if (_valid0) {
          var props0 = {};
          props0.shape = true;
          props0.value = true;
          props0.values = true;
          props0.subSlots = true;
        }
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
        if (!valid1) {
          const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
          validate23.errors = vErrors;
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.slots !== void 0) {
            const _errs3 = errors;
            if (!validate23(data.slots, { instancePath: instancePath + "/slots", parentData: data, parentDataProperty: "slots", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
                validate22.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema36.properties.state.enum }, message: "must be equal to one of the allowed values" }];
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
                  validate22.errors = [{ instancePath: instancePath + "/confirmationState", schemaPath: "#/properties/confirmationState/enum", keyword: "enum", params: { allowedValues: schema36.properties.confirmationState.enum }, message: "must be equal to one of the allowed values" }];
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
                      validate22.errors = [{ instancePath: instancePath + "/kendraResponse", schemaPath: "#/properties/kendraResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "name": true, "slots": true, "state": true, "confirmationState": true, "kendraResponse": true }, "dynamicProps": false, "dynamicItems": false };
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
                    validate21.errors = [{ instancePath: instancePath + "/activeContexts/" + i0, schemaPath: "#/properties/activeContexts/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                    return false;
                  } else {
                    if (data1.name !== void 0) {
                      const _errs5 = errors;
                      if (typeof data1.name !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/name", schemaPath: "#/properties/activeContexts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs5 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data1.contextAttributes !== void 0) {
                        let data3 = data1.contextAttributes;
                        const _errs7 = errors;
                        const _errs8 = errors;
                        if (errors === _errs8) {
                          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                            for (const key0 in data3) {
                              const _errs11 = errors;
                              if (typeof data3[key0] !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/contextAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV2StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid4 = _errs11 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/contextAttributes", schemaPath: "#/$defs/LexV2StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid2 = _errs7 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.timeToLive !== void 0) {
                          let data5 = data1.timeToLive;
                          const _errs13 = errors;
                          if (errors === _errs13) {
                            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                              if (data5.timeToLiveInSeconds !== void 0) {
                                let data6 = data5.timeToLiveInSeconds;
                                const _errs15 = errors;
                                if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                                  validate21.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive/timeToLiveInSeconds", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/properties/timeToLiveInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                var valid5 = _errs15 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data5.turnsToLive !== void 0) {
                                  let data7 = data5.turnsToLive;
                                  const _errs17 = errors;
                                  if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                                    validate21.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive/turnsToLive", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/properties/turnsToLive/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  var valid5 = _errs17 === errors;
                                } else {
                                  var valid5 = true;
                                }
                              }
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid2 = _errs13 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/activeContexts/" + i0, schemaPath: "#/properties/activeContexts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid1 = _errs3 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate21.errors = [{ instancePath: instancePath + "/activeContexts", schemaPath: "#/properties/activeContexts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.sessionAttributes !== void 0) {
          let data8 = data.sessionAttributes;
          const _errs19 = errors;
          const _errs20 = errors;
          if (errors === _errs20) {
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
              for (const key1 in data8) {
                const _errs23 = errors;
                if (typeof data8[key1] !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/sessionAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV2StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid7 = _errs23 === errors;
                if (!valid7) {
                  break;
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/sessionAttributes", schemaPath: "#/$defs/LexV2StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs19 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.runtimeHints !== void 0) {
            let data10 = data.runtimeHints;
            const _errs25 = errors;
            if (errors === _errs25) {
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
              } else {
                validate21.errors = [{ instancePath: instancePath + "/runtimeHints", schemaPath: "#/properties/runtimeHints/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs25 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.dialogAction !== void 0) {
              let data11 = data.dialogAction;
              const _errs28 = errors;
              const _errs29 = errors;
              const _errs31 = errors;
              let valid9 = true;
              const _errs32 = errors;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.type !== void 0) {
                  if ("ElicitSlot" !== data11.type) {
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
              var _valid0 = _errs32 === errors;
              errors = _errs31;
              if (vErrors !== null) {
                if (_errs31) {
                  vErrors.length = _errs31;
                } else {
                  vErrors = null;
                }
              }
              if (_valid0) {
                const _errs34 = errors;
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                  let missing1;
                  if (data11.slotToElicit === void 0 && (missing1 = "slotToElicit")) {
                    validate21.errors = [{ instancePath: instancePath + "/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  }
                }
                var _valid0 = _errs34 === errors;
                valid9 = _valid0;
                if (valid9) {
                  var props0 = {};
                  props0.slotToElicit = true;
                  props0.type = true;
                }
              }
              if (!valid9) {
                const err1 = { instancePath: instancePath + "/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
                validate21.errors = vErrors;
                return false;
              }
              if (errors === _errs29) {
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                  let missing2;
                  if (data11.type === void 0 && (missing2 = "type")) {
                    validate21.errors = [{ instancePath: instancePath + "/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                    return false;
                  } else {
                    if (props0 !== true) {
                      props0 = props0 || {};
                      props0.type = true;
                      props0.slotToElicit = true;
                      props0.slotElicitationStyle = true;
                      props0.subSlotToElicit = true;
                    }
                    if (data11.type !== void 0) {
                      let data13 = data11.type;
                      const _errs35 = errors;
                      if (!(data13 === "Close" || data13 === "ConfirmIntent" || data13 === "Delegate" || data13 === "ElicitIntent" || data13 === "ElicitSlot" || data13 === "None")) {
                        validate21.errors = [{ instancePath: instancePath + "/dialogAction/type", schemaPath: "#/$defs/LexV2DialogAction/properties/type/enum", keyword: "enum", params: { allowedValues: schema35.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid11 = _errs35 === errors;
                    } else {
                      var valid11 = true;
                    }
                    if (valid11) {
                      if (data11.slotToElicit !== void 0) {
                        const _errs36 = errors;
                        if (typeof data11.slotToElicit !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/dialogAction/slotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid11 = _errs36 === errors;
                      } else {
                        var valid11 = true;
                      }
                      if (valid11) {
                        if (data11.slotElicitationStyle !== void 0) {
                          let data15 = data11.slotElicitationStyle;
                          const _errs38 = errors;
                          if (!(data15 === "Default" || data15 === "SpellByLetter" || data15 === "SpellByWord")) {
                            validate21.errors = [{ instancePath: instancePath + "/dialogAction/slotElicitationStyle", schemaPath: "#/$defs/LexV2DialogAction/properties/slotElicitationStyle/enum", keyword: "enum", params: { allowedValues: schema35.properties.slotElicitationStyle.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                          }
                          var valid11 = _errs38 === errors;
                        } else {
                          var valid11 = true;
                        }
                        if (valid11) {
                          if (data11.subSlotToElicit !== void 0) {
                            let data16 = data11.subSlotToElicit;
                            const _errs39 = errors;
                            if (errors === _errs39) {
                              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                if (data16.name !== void 0) {
                                  const _errs41 = errors;
                                  if (typeof data16.name !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/dialogAction/subSlotToElicit/name", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid12 = _errs41 === errors;
                                } else {
                                  var valid12 = true;
                                }
                                if (valid12) {
                                  if (data16.subSlotToElicit !== void 0) {
                                    let data18 = data16.subSlotToElicit;
                                    const _errs43 = errors;
                                    if (errors === _errs43) {
                                      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                      } else {
                                        validate21.errors = [{ instancePath: instancePath + "/dialogAction/subSlotToElicit/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid12 = _errs43 === errors;
                                  } else {
                                    var valid12 = true;
                                  }
                                }
                              } else {
                                validate21.errors = [{ instancePath: instancePath + "/dialogAction/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid11 = _errs39 === errors;
                          } else {
                            var valid11 = true;
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs28 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.intent !== void 0) {
                const _errs46 = errors;
                if (!validate22(data.intent, { instancePath: instancePath + "/intent", parentData: data, parentDataProperty: "intent", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs46 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.originatingRequestId !== void 0) {
                  const _errs47 = errors;
                  if (typeof data.originatingRequestId !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/originatingRequestId", schemaPath: "#/properties/originatingRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs47 === errors;
                } else {
                  var valid0 = true;
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
validate21.evaluated = { "props": { "activeContexts": true, "sessionAttributes": true, "runtimeHints": true, "dialogAction": true, "intent": true, "originatingRequestId": true }, "dynamicProps": false, "dynamicItems": false };
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
        validate20.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs9 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.messages = true;
      props0.sessionState = true;
    }
  }
  if (!valid0) {
    const err7 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
    validate20.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing4;
      if (data.sessionState === void 0 && (missing4 = "sessionState")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.sessionState = true;
          props0.messages = true;
          props0.requestAttributes = true;
        }
        if (data.sessionState !== void 0) {
          let data3 = data.sessionState;
          const _errs10 = errors;
          const _errs12 = errors;
          if (!validate21(data3, { instancePath: instancePath + "/sessionState", parentData: data, parentDataProperty: "sessionState", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
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
                  validate20.errors = [{ instancePath: instancePath + "/sessionState", schemaPath: "#/properties/sessionState/then/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                  return false;
                }
              }
              var _valid1 = _errs19 === errors;
              valid6 = _valid1;
              if (valid6) {
                var props1 = {};
                props1.intent = true;
                props1.dialogAction = true;
                props1.activeContexts = true;
                props1.sessionAttributes = true;
                props1.runtimeHints = true;
                props1.originatingRequestId = true;
              }
            }
            if (!valid6) {
              const err13 = { instancePath: instancePath + "/sessionState", schemaPath: "#/properties/sessionState/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              validate20.errors = vErrors;
              return false;
            }
          }
          if (errors === _errs10) {
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              let missing8;
              if (data3.dialogAction === void 0 && (missing8 = "dialogAction")) {
                validate20.errors = [{ instancePath: instancePath + "/sessionState", schemaPath: "#/properties/sessionState/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                return false;
              } else {
                if (props1 !== true) {
                  props1 = props1 || {};
                  props1.dialogAction = true;
                  props1.intent = true;
                }
                if (data3.dialogAction !== void 0) {
                  let data6 = data3.dialogAction;
                  const _errs20 = errors;
                  const _errs21 = errors;
                  const _errs23 = errors;
                  let valid11 = true;
                  const _errs24 = errors;
                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    if (data6.type !== void 0) {
                      if ("ElicitSlot" !== data6.type) {
                        const err14 = {};
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                    }
                  }
                  var _valid2 = _errs24 === errors;
                  errors = _errs23;
                  if (vErrors !== null) {
                    if (_errs23) {
                      vErrors.length = _errs23;
                    } else {
                      vErrors = null;
                    }
                  }
                  if (_valid2) {
                    const _errs26 = errors;
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                      let missing9;
                      if (data6.slotToElicit === void 0 && (missing9 = "slotToElicit")) {
                        validate20.errors = [{ instancePath: instancePath + "/sessionState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/then/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" }];
                        return false;
                      }
                    }
                    var _valid2 = _errs26 === errors;
                    valid11 = _valid2;
                    if (valid11) {
                      var props2 = {};
                      props2.slotToElicit = true;
                      props2.type = true;
                    }
                  }
                  if (!valid11) {
                    const err15 = { instancePath: instancePath + "/sessionState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                    validate20.errors = vErrors;
                    return false;
                  }
                  if (errors === _errs21) {
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                      let missing10;
                      if (data6.type === void 0 && (missing10 = "type")) {
                        validate20.errors = [{ instancePath: instancePath + "/sessionState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/required", keyword: "required", params: { missingProperty: missing10 }, message: "must have required property '" + missing10 + "'" }];
                        return false;
                      } else {
                        if (props2 !== true) {
                          props2 = props2 || {};
                          props2.type = true;
                          props2.slotToElicit = true;
                          props2.slotElicitationStyle = true;
                          props2.subSlotToElicit = true;
                        }
                        if (data6.type !== void 0) {
                          let data8 = data6.type;
                          const _errs27 = errors;
                          if (!(data8 === "Close" || data8 === "ConfirmIntent" || data8 === "Delegate" || data8 === "ElicitIntent" || data8 === "ElicitSlot" || data8 === "None")) {
                            validate20.errors = [{ instancePath: instancePath + "/sessionState/dialogAction/type", schemaPath: "#/$defs/LexV2DialogAction/properties/type/enum", keyword: "enum", params: { allowedValues: schema35.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                          }
                          var valid13 = _errs27 === errors;
                        } else {
                          var valid13 = true;
                        }
                        if (valid13) {
                          if (data6.slotToElicit !== void 0) {
                            const _errs28 = errors;
                            if (typeof data6.slotToElicit !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/sessionState/dialogAction/slotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid13 = _errs28 === errors;
                          } else {
                            var valid13 = true;
                          }
                          if (valid13) {
                            if (data6.slotElicitationStyle !== void 0) {
                              let data10 = data6.slotElicitationStyle;
                              const _errs30 = errors;
                              if (!(data10 === "Default" || data10 === "SpellByLetter" || data10 === "SpellByWord")) {
                                validate20.errors = [{ instancePath: instancePath + "/sessionState/dialogAction/slotElicitationStyle", schemaPath: "#/$defs/LexV2DialogAction/properties/slotElicitationStyle/enum", keyword: "enum", params: { allowedValues: schema35.properties.slotElicitationStyle.enum }, message: "must be equal to one of the allowed values" }];
                                return false;
                              }
                              var valid13 = _errs30 === errors;
                            } else {
                              var valid13 = true;
                            }
                            if (valid13) {
                              if (data6.subSlotToElicit !== void 0) {
                                let data11 = data6.subSlotToElicit;
                                const _errs31 = errors;
                                if (errors === _errs31) {
                                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                    if (data11.name !== void 0) {
                                      const _errs33 = errors;
                                      if (typeof data11.name !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/sessionState/dialogAction/subSlotToElicit/name", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid14 = _errs33 === errors;
                                    } else {
                                      var valid14 = true;
                                    }
                                    if (valid14) {
                                      if (data11.subSlotToElicit !== void 0) {
                                        let data13 = data11.subSlotToElicit;
                                        const _errs35 = errors;
                                        if (errors === _errs35) {
                                          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/sessionState/dialogAction/subSlotToElicit/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid14 = _errs35 === errors;
                                      } else {
                                        var valid14 = true;
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/sessionState/dialogAction/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid13 = _errs31 === errors;
                              } else {
                                var valid13 = true;
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/sessionState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid9 = _errs20 === errors;
                } else {
                  var valid9 = true;
                }
                if (valid9) {
                  if (data3.intent !== void 0) {
                    const _errs38 = errors;
                    if (!validate22(data3.intent, { instancePath: instancePath + "/sessionState/intent", parentData: data3, parentDataProperty: "intent", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                      errors = vErrors.length;
                    }
                    var valid9 = _errs38 === errors;
                  } else {
                    var valid9 = true;
                  }
                }
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/sessionState", schemaPath: "#/properties/sessionState/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid4 = _errs10 === errors;
        } else {
          var valid4 = true;
        }
        if (valid4) {
          if (data.messages !== void 0) {
            let data15 = data.messages;
            const _errs39 = errors;
            if (errors === _errs39) {
              if (Array.isArray(data15)) {
                var valid15 = true;
                const len0 = data15.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data16 = data15[i0];
                  const _errs41 = errors;
                  const _errs42 = errors;
                  const _errs44 = errors;
                  let valid17 = true;
                  const _errs45 = errors;
                  if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                    if (data16.contentType !== void 0) {
                      if ("ImageResponseCard" !== data16.contentType) {
                        const err16 = {};
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                    }
                  }
                  var _valid3 = _errs45 === errors;
                  errors = _errs44;
                  if (vErrors !== null) {
                    if (_errs44) {
                      vErrors.length = _errs44;
                    } else {
                      vErrors = null;
                    }
                  }
                  let ifClause0;
                  if (_valid3) {
                    const _errs47 = errors;
                    if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                      let missing11;
                      if (data16.imageResponseCard === void 0 && (missing11 = "imageResponseCard")) {
                        validate20.errors = [{ instancePath: instancePath + "/messages/" + i0, schemaPath: "#/$defs/LexV2Message/then/required", keyword: "required", params: { missingProperty: missing11 }, message: "must have required property '" + missing11 + "'" }];
                        return false;
                      }
                    }
                    var _valid3 = _errs47 === errors;
                    valid17 = _valid3;
                    if (valid17) {
                      var props3 = {};
                      props3.imageResponseCard = true;
                      props3.contentType = true;
                    }
                    ifClause0 = "then";
                  } else {
                    const _errs48 = errors;
                    if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                      let missing12;
                      if (data16.content === void 0 && (missing12 = "content")) {
                        validate20.errors = [{ instancePath: instancePath + "/messages/" + i0, schemaPath: "#/$defs/LexV2Message/else/required", keyword: "required", params: { missingProperty: missing12 }, message: "must have required property '" + missing12 + "'" }];
                        return false;
                      }
                    }
                    var _valid3 = _errs48 === errors;
                    valid17 = _valid3;
                    if (valid17) {
                      if (props3 !== true) {
                        props3 = props3 || {};
                        props3.content = true;
                      }
                    }
                    ifClause0 = "else";
                  }
                  if (!valid17) {
                    const err17 = { instancePath: instancePath + "/messages/" + i0, schemaPath: "#/$defs/LexV2Message/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                    validate20.errors = vErrors;
                    return false;
                  }
                  if (errors === _errs42) {
                    if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                      let missing13;
                      if (data16.contentType === void 0 && (missing13 = "contentType")) {
                        validate20.errors = [{ instancePath: instancePath + "/messages/" + i0, schemaPath: "#/$defs/LexV2Message/required", keyword: "required", params: { missingProperty: missing13 }, message: "must have required property '" + missing13 + "'" }];
                        return false;
                      } else {
                        if (props3 !== true) {
                          props3 = props3 || {};
                          props3.contentType = true;
                          props3.content = true;
                          props3.imageResponseCard = true;
                        }
                        if (data16.contentType !== void 0) {
                          let data18 = data16.contentType;
                          const _errs49 = errors;
                          if (!(data18 === "CustomPayload" || data18 === "ImageResponseCard" || data18 === "PlainText" || data18 === "SSML")) {
                            validate20.errors = [{ instancePath: instancePath + "/messages/" + i0 + "/contentType", schemaPath: "#/$defs/LexV2Message/properties/contentType/enum", keyword: "enum", params: { allowedValues: schema41.properties.contentType.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                          }
                          var valid19 = _errs49 === errors;
                        } else {
                          var valid19 = true;
                        }
                        if (valid19) {
                          if (data16.content !== void 0) {
                            const _errs50 = errors;
                            if (typeof data16.content !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/messages/" + i0 + "/content", schemaPath: "#/$defs/LexV2Message/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid19 = _errs50 === errors;
                          } else {
                            var valid19 = true;
                          }
                          if (valid19) {
                            if (data16.imageResponseCard !== void 0) {
                              let data20 = data16.imageResponseCard;
                              const _errs52 = errors;
                              if (errors === _errs52) {
                                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                  let missing14;
                                  if (data20.title === void 0 && (missing14 = "title")) {
                                    validate20.errors = [{ instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/required", keyword: "required", params: { missingProperty: missing14 }, message: "must have required property '" + missing14 + "'" }];
                                    return false;
                                  } else {
                                    if (data20.title !== void 0) {
                                      const _errs54 = errors;
                                      if (typeof data20.title !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/title", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid20 = _errs54 === errors;
                                    } else {
                                      var valid20 = true;
                                    }
                                    if (valid20) {
                                      if (data20.subtitle !== void 0) {
                                        const _errs56 = errors;
                                        if (typeof data20.subtitle !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/subtitle", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/subtitle/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid20 = _errs56 === errors;
                                      } else {
                                        var valid20 = true;
                                      }
                                      if (valid20) {
                                        if (data20.imageUrl !== void 0) {
                                          const _errs58 = errors;
                                          if (typeof data20.imageUrl !== "string") {
                                            validate20.errors = [{ instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/imageUrl", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/imageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid20 = _errs58 === errors;
                                        } else {
                                          var valid20 = true;
                                        }
                                        if (valid20) {
                                          if (data20.buttons !== void 0) {
                                            let data24 = data20.buttons;
                                            const _errs60 = errors;
                                            if (errors === _errs60) {
                                              if (Array.isArray(data24)) {
                                                var valid21 = true;
                                                const len1 = data24.length;
                                                for (let i1 = 0; i1 < len1; i1++) {
                                                  let data25 = data24[i1];
                                                  const _errs62 = errors;
                                                  if (errors === _errs62) {
                                                    if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                                      let missing15;
                                                      if (data25.text === void 0 && (missing15 = "text") || data25.value === void 0 && (missing15 = "value")) {
                                                        validate20.errors = [{ instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/buttons/" + i1, schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/buttons/items/required", keyword: "required", params: { missingProperty: missing15 }, message: "must have required property '" + missing15 + "'" }];
                                                        return false;
                                                      } else {
                                                        if (data25.text !== void 0) {
                                                          const _errs64 = errors;
                                                          if (typeof data25.text !== "string") {
                                                            validate20.errors = [{ instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/buttons/" + i1 + "/text", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/buttons/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid22 = _errs64 === errors;
                                                        } else {
                                                          var valid22 = true;
                                                        }
                                                        if (valid22) {
                                                          if (data25.value !== void 0) {
                                                            const _errs66 = errors;
                                                            if (typeof data25.value !== "string") {
                                                              validate20.errors = [{ instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/buttons/" + i1 + "/value", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/buttons/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid22 = _errs66 === errors;
                                                          } else {
                                                            var valid22 = true;
                                                          }
                                                        }
                                                      }
                                                    } else {
                                                      validate20.errors = [{ instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/buttons/" + i1, schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/buttons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid21 = _errs62 === errors;
                                                  if (!valid21) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/buttons", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/buttons/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid20 = _errs60 === errors;
                                          } else {
                                            var valid20 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid19 = _errs52 === errors;
                            } else {
                              var valid19 = true;
                            }
                          }
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/messages/" + i0, schemaPath: "#/$defs/LexV2Message/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid15 = _errs41 === errors;
                  if (!valid15) {
                    break;
                  }
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid4 = _errs39 === errors;
          } else {
            var valid4 = true;
          }
          if (valid4) {
            if (data.requestAttributes !== void 0) {
              let data28 = data.requestAttributes;
              const _errs68 = errors;
              const _errs69 = errors;
              if (errors === _errs69) {
                if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                  for (const key0 in data28) {
                    const _errs72 = errors;
                    if (typeof data28[key0] !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/requestAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV2StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid24 = _errs72 === errors;
                    if (!valid24) {
                      break;
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/requestAttributes", schemaPath: "#/$defs/LexV2StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid4 = _errs68 === errors;
            } else {
              var valid4 = true;
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": false };

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

// lex.v2.result.strict.entry.ts
withStandardSchema(lex_v2_result_strict_standalone_default, "lex.v2.result");
export {
  lex_v2_result_strict_standalone_default as default,
  lex_v2_result_strict_standalone_default as validate
};
