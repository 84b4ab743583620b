// Generated from schemas/lex/v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lex.v2.standalone.js
var lex_v2_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:lex.v2", "type": "object", "required": ["messageVersion", "invocationSource", "inputMode", "responseContentType", "sessionId", "inputTranscript", "bot", "interpretations", "sessionState"], "properties": { "messageVersion": { "type": "string" }, "invocationSource": { "enum": ["DialogCodeHook", "FulfillmentCodeHook"] }, "invocationLabel": { "type": "string" }, "inputMode": { "type": "string" }, "responseContentType": { "type": "string" }, "sessionId": { "type": "string" }, "inputTranscript": { "type": "string" }, "rawInputTranscript": { "type": "string" }, "bot": { "type": "object", "required": ["id", "name", "aliasId", "localeId", "version"], "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "aliasId": { "type": "string" }, "aliasName": { "type": "string" }, "localeId": { "type": "string" }, "version": { "type": "string" } } }, "interpretations": { "type": "array", "items": { "$ref": "#/$defs/LexV2Interpretation" } }, "proposedNextState": { "type": "object", "properties": { "dialogAction": { "$ref": "#/$defs/LexV2DialogAction" }, "intent": { "$ref": "#/$defs/LexV2Intent" }, "prompt": { "type": "object", "properties": { "attempt": { "type": "string" } } } } }, "requestAttributes": { "$ref": "#/$defs/LexV2StringMap" }, "sessionState": { "$ref": "#/$defs/LexV2SessionState" }, "transcriptions": { "type": "array", "items": { "type": "object", "properties": { "transcription": { "type": "string" }, "transcriptionConfidence": { "type": "number" }, "resolvedContext": { "type": "object", "properties": { "intent": { "type": "string" } } }, "resolvedSlots": { "$ref": "#/$defs/LexV2Slots" } } } } }, "$defs": { "LexV2DialogAction": { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["Close", "ConfirmIntent", "Delegate", "ElicitIntent", "ElicitSlot", "None"] }, "slotToElicit": { "type": "string" }, "slotElicitationStyle": { "enum": ["Default", "SpellByLetter", "SpellByWord"] }, "subSlotToElicit": { "type": "object", "properties": { "name": { "type": "string" }, "subSlotToElicit": { "type": "object", "additionalProperties": true } } } }, "if": { "properties": { "type": { "const": "ElicitSlot" } } }, "then": { "required": ["slotToElicit"], "properties": { "slotToElicit": true } } }, "LexV2Intent": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "slots": { "$ref": "#/$defs/LexV2Slots" }, "state": { "enum": ["Failed", "Fulfilled", "FulfillmentInProgress", "InProgress", "ReadyForFulfillment", "Waiting"] }, "confirmationState": { "enum": ["Confirmed", "Denied", "None"] }, "kendraResponse": { "type": "object", "additionalProperties": true } } }, "LexV2Interpretation": { "type": "object", "required": ["intent"], "properties": { "intent": { "$ref": "#/$defs/LexV2Intent" }, "interpretationSource": { "type": "string" }, "nluConfidence": { "type": "number" }, "sentimentResponse": { "type": "object", "properties": { "sentiment": { "type": "string" }, "sentimentScore": { "type": "object", "properties": { "mixed": { "type": "number" }, "negative": { "type": "number" }, "neutral": { "type": "number" }, "positive": { "type": "number" } } } } } } }, "LexV2SessionState": { "type": "object", "properties": { "activeContexts": { "type": "array", "items": { "type": "object", "required": ["name", "timeToLive", "contextAttributes"], "properties": { "name": { "type": "string" }, "contextAttributes": { "$ref": "#/$defs/LexV2StringMap" }, "timeToLive": { "type": "object", "properties": { "timeToLiveInSeconds": { "type": "integer" }, "turnsToLive": { "type": "integer" } } } } } }, "sessionAttributes": { "$ref": "#/$defs/LexV2StringMap" }, "runtimeHints": { "type": "object", "additionalProperties": true }, "dialogAction": { "$ref": "#/$defs/LexV2DialogAction" }, "intent": { "$ref": "#/$defs/LexV2Intent" }, "originatingRequestId": { "type": "string" } } }, "LexV2Slot": { "type": "object", "properties": { "shape": { "type": "string" }, "value": { "$ref": "#/$defs/LexV2SlotValue" }, "values": { "type": "array", "items": { "$ref": "#/$defs/LexV2Slot" } }, "subSlots": { "$ref": "#/$defs/LexV2Slots" } } }, "LexV2SlotValue": { "type": "object", "properties": { "originalValue": { "type": "string" }, "interpretedValue": { "type": "string" }, "resolvedValues": { "type": "array", "items": { "type": "string" } } } }, "LexV2Slots": { "type": "object", "additionalProperties": { "anyOf": [{ "$ref": "#/$defs/LexV2Slot" }, { "type": "null" }] } }, "LexV2StringMap": { "type": "object", "additionalProperties": { "type": "string" } } } };
var schema8 = { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "slots": { "$ref": "#/$defs/LexV2Slots" }, "state": { "enum": ["Failed", "Fulfilled", "FulfillmentInProgress", "InProgress", "ReadyForFulfillment", "Waiting"] }, "confirmationState": { "enum": ["Confirmed", "Denied", "None"] }, "kendraResponse": { "type": "object", "additionalProperties": true } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.originalValue !== void 0) {
        const _errs1 = errors;
        if (typeof data.originalValue !== "string") {
          validate26.errors = [{ instancePath: instancePath + "/originalValue", schemaPath: "#/properties/originalValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
            validate26.errors = [{ instancePath: instancePath + "/interpretedValue", schemaPath: "#/properties/interpretedValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate26.errors = [{ instancePath: instancePath + "/resolvedValues/" + i0, schemaPath: "#/properties/resolvedValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid1 = _errs7 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate26.errors = [{ instancePath: instancePath + "/resolvedValues", schemaPath: "#/properties/resolvedValues/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var wrapper0 = { validate: validate25 };
var wrapper1 = { validate: validate24 };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.shape !== void 0) {
        const _errs1 = errors;
        if (typeof data.shape !== "string") {
          validate25.errors = [{ instancePath: instancePath + "/shape", schemaPath: "#/properties/shape/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.value !== void 0) {
          const _errs3 = errors;
          if (!validate26(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
                validate25.errors = [{ instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        if (!validate25(data0, { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData })) {
          vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
          validate24.errors = vErrors;
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.slots !== void 0) {
            const _errs3 = errors;
            if (!validate24(data.slots, { instancePath: instancePath + "/slots", parentData: data, parentDataProperty: "slots", rootData })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
                validate23.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema8.properties.state.enum }, message: "must be equal to one of the allowed values" }];
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
                  validate23.errors = [{ instancePath: instancePath + "/confirmationState", schemaPath: "#/properties/confirmationState/enum", keyword: "enum", params: { allowedValues: schema8.properties.confirmationState.enum }, message: "must be equal to one of the allowed values" }];
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
                      validate23.errors = [{ instancePath: instancePath + "/kendraResponse", schemaPath: "#/properties/kendraResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.intent === void 0 && (missing0 = "intent")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.intent !== void 0) {
          const _errs1 = errors;
          if (!validate23(data.intent, { instancePath: instancePath + "/intent", parentData: data, parentDataProperty: "intent", rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.interpretationSource !== void 0) {
            const _errs2 = errors;
            if (typeof data.interpretationSource !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/interpretationSource", schemaPath: "#/properties/interpretationSource/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.nluConfidence !== void 0) {
              let data2 = data.nluConfidence;
              const _errs4 = errors;
              if (!(typeof data2 == "number" && isFinite(data2))) {
                validate22.errors = [{ instancePath: instancePath + "/nluConfidence", schemaPath: "#/properties/nluConfidence/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sentimentResponse !== void 0) {
                let data3 = data.sentimentResponse;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    if (data3.sentiment !== void 0) {
                      const _errs8 = errors;
                      if (typeof data3.sentiment !== "string") {
                        validate22.errors = [{ instancePath: instancePath + "/sentimentResponse/sentiment", schemaPath: "#/properties/sentimentResponse/properties/sentiment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs8 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data3.sentimentScore !== void 0) {
                        let data5 = data3.sentimentScore;
                        const _errs10 = errors;
                        if (errors === _errs10) {
                          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                            if (data5.mixed !== void 0) {
                              let data6 = data5.mixed;
                              const _errs12 = errors;
                              if (!(typeof data6 == "number" && isFinite(data6))) {
                                validate22.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentScore/mixed", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/properties/mixed/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                              var valid2 = _errs12 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data5.negative !== void 0) {
                                let data7 = data5.negative;
                                const _errs14 = errors;
                                if (!(typeof data7 == "number" && isFinite(data7))) {
                                  validate22.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentScore/negative", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/properties/negative/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                  return false;
                                }
                                var valid2 = _errs14 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data5.neutral !== void 0) {
                                  let data8 = data5.neutral;
                                  const _errs16 = errors;
                                  if (!(typeof data8 == "number" && isFinite(data8))) {
                                    validate22.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentScore/neutral", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/properties/neutral/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                    return false;
                                  }
                                  var valid2 = _errs16 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data5.positive !== void 0) {
                                    let data9 = data5.positive;
                                    const _errs18 = errors;
                                    if (!(typeof data9 == "number" && isFinite(data9))) {
                                      validate22.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentScore/positive", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/properties/positive/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                      return false;
                                    }
                                    var valid2 = _errs18 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            }
                          } else {
                            validate22.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentScore", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs10 === errors;
                      } else {
                        var valid1 = true;
                      }
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/sentimentResponse", schemaPath: "#/properties/sentimentResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema12 = { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["Close", "ConfirmIntent", "Delegate", "ElicitIntent", "ElicitSlot", "None"] }, "slotToElicit": { "type": "string" }, "slotElicitationStyle": { "enum": ["Default", "SpellByLetter", "SpellByWord"] }, "subSlotToElicit": { "type": "object", "properties": { "name": { "type": "string" }, "subSlotToElicit": { "type": "object", "additionalProperties": true } } } }, "if": { "properties": { "type": { "const": "ElicitSlot" } } }, "then": { "required": ["slotToElicit"], "properties": { "slotToElicit": true } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        validate32.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
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
    validate32.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.type === void 0 && (missing1 = "type")) {
        validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data1 = data.type;
          const _errs5 = errors;
          if (!(data1 === "Close" || data1 === "ConfirmIntent" || data1 === "Delegate" || data1 === "ElicitIntent" || data1 === "ElicitSlot" || data1 === "None")) {
            validate32.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.type.enum }, message: "must be equal to one of the allowed values" }];
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
              validate32.errors = [{ instancePath: instancePath + "/slotToElicit", schemaPath: "#/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate32.errors = [{ instancePath: instancePath + "/slotElicitationStyle", schemaPath: "#/properties/slotElicitationStyle/enum", keyword: "enum", params: { allowedValues: schema12.properties.slotElicitationStyle.enum }, message: "must be equal to one of the allowed values" }];
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
                        validate32.errors = [{ instancePath: instancePath + "/subSlotToElicit/name", schemaPath: "#/properties/subSlotToElicit/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            validate32.errors = [{ instancePath: instancePath + "/subSlotToElicit/subSlotToElicit", schemaPath: "#/properties/subSlotToElicit/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid3 = _errs13 === errors;
                      } else {
                        var valid3 = true;
                      }
                    }
                  } else {
                    validate32.errors = [{ instancePath: instancePath + "/subSlotToElicit", schemaPath: "#/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate35.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                    validate37.errors = [{ instancePath: instancePath + "/activeContexts/" + i0, schemaPath: "#/properties/activeContexts/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                    return false;
                  } else {
                    if (data1.name !== void 0) {
                      const _errs5 = errors;
                      if (typeof data1.name !== "string") {
                        validate37.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/name", schemaPath: "#/properties/activeContexts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs5 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data1.contextAttributes !== void 0) {
                        const _errs7 = errors;
                        if (!validate35(data1.contextAttributes, { instancePath: instancePath + "/activeContexts/" + i0 + "/contextAttributes", parentData: data1, parentDataProperty: "contextAttributes", rootData })) {
                          vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
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
                                  validate37.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive/timeToLiveInSeconds", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/properties/timeToLiveInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
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
                                    validate37.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive/turnsToLive", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/properties/turnsToLive/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  var valid3 = _errs12 === errors;
                                } else {
                                  var valid3 = true;
                                }
                              }
                            } else {
                              validate37.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                  validate37.errors = [{ instancePath: instancePath + "/activeContexts/" + i0, schemaPath: "#/properties/activeContexts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid1 = _errs3 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate37.errors = [{ instancePath: instancePath + "/activeContexts", schemaPath: "#/properties/activeContexts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
          if (!validate35(data.sessionAttributes, { instancePath: instancePath + "/sessionAttributes", parentData: data, parentDataProperty: "sessionAttributes", rootData })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
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
                validate37.errors = [{ instancePath: instancePath + "/runtimeHints", schemaPath: "#/properties/runtimeHints/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
              if (!validate32(data.dialogAction, { instancePath: instancePath + "/dialogAction", parentData: data, parentDataProperty: "dialogAction", rootData })) {
                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs18 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.intent !== void 0) {
                const _errs19 = errors;
                if (!validate23(data.intent, { instancePath: instancePath + "/intent", parentData: data, parentDataProperty: "intent", rootData })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
                    validate37.errors = [{ instancePath: instancePath + "/originatingRequestId", schemaPath: "#/properties/originatingRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.messageVersion === void 0 && (missing0 = "messageVersion") || data.invocationSource === void 0 && (missing0 = "invocationSource") || data.inputMode === void 0 && (missing0 = "inputMode") || data.responseContentType === void 0 && (missing0 = "responseContentType") || data.sessionId === void 0 && (missing0 = "sessionId") || data.inputTranscript === void 0 && (missing0 = "inputTranscript") || data.bot === void 0 && (missing0 = "bot") || data.interpretations === void 0 && (missing0 = "interpretations") || data.sessionState === void 0 && (missing0 = "sessionState")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.messageVersion !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/messageVersion", schemaPath: "#/properties/messageVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.invocationSource !== void 0) {
            let data1 = data.invocationSource;
            const _errs3 = errors;
            if (!(data1 === "DialogCodeHook" || data1 === "FulfillmentCodeHook")) {
              validate21.errors = [{ instancePath: instancePath + "/invocationSource", schemaPath: "#/properties/invocationSource/enum", keyword: "enum", params: { allowedValues: schema6.properties.invocationSource.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.invocationLabel !== void 0) {
              const _errs4 = errors;
              if (typeof data.invocationLabel !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/invocationLabel", schemaPath: "#/properties/invocationLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.inputMode !== void 0) {
                const _errs6 = errors;
                if (typeof data.inputMode !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/inputMode", schemaPath: "#/properties/inputMode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.responseContentType !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.responseContentType !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/responseContentType", schemaPath: "#/properties/responseContentType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.sessionId !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.sessionId !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/sessionId", schemaPath: "#/properties/sessionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.inputTranscript !== void 0) {
                      const _errs12 = errors;
                      if (typeof data.inputTranscript !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/inputTranscript", schemaPath: "#/properties/inputTranscript/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.rawInputTranscript !== void 0) {
                        const _errs14 = errors;
                        if (typeof data.rawInputTranscript !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/rawInputTranscript", schemaPath: "#/properties/rawInputTranscript/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.bot !== void 0) {
                          let data8 = data.bot;
                          const _errs16 = errors;
                          if (errors === _errs16) {
                            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                              let missing1;
                              if (data8.id === void 0 && (missing1 = "id") || data8.name === void 0 && (missing1 = "name") || data8.aliasId === void 0 && (missing1 = "aliasId") || data8.localeId === void 0 && (missing1 = "localeId") || data8.version === void 0 && (missing1 = "version")) {
                                validate21.errors = [{ instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                return false;
                              } else {
                                if (data8.id !== void 0) {
                                  const _errs18 = errors;
                                  if (typeof data8.id !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/bot/id", schemaPath: "#/properties/bot/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid1 = _errs18 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data8.name !== void 0) {
                                    const _errs20 = errors;
                                    if (typeof data8.name !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/bot/name", schemaPath: "#/properties/bot/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid1 = _errs20 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data8.aliasId !== void 0) {
                                      const _errs22 = errors;
                                      if (typeof data8.aliasId !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/bot/aliasId", schemaPath: "#/properties/bot/properties/aliasId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid1 = _errs22 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data8.aliasName !== void 0) {
                                        const _errs24 = errors;
                                        if (typeof data8.aliasName !== "string") {
                                          validate21.errors = [{ instancePath: instancePath + "/bot/aliasName", schemaPath: "#/properties/bot/properties/aliasName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid1 = _errs24 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        if (data8.localeId !== void 0) {
                                          const _errs26 = errors;
                                          if (typeof data8.localeId !== "string") {
                                            validate21.errors = [{ instancePath: instancePath + "/bot/localeId", schemaPath: "#/properties/bot/properties/localeId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid1 = _errs26 === errors;
                                        } else {
                                          var valid1 = true;
                                        }
                                        if (valid1) {
                                          if (data8.version !== void 0) {
                                            const _errs28 = errors;
                                            if (typeof data8.version !== "string") {
                                              validate21.errors = [{ instancePath: instancePath + "/bot/version", schemaPath: "#/properties/bot/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid1 = _errs28 === errors;
                                          } else {
                                            var valid1 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.interpretations !== void 0) {
                            let data15 = data.interpretations;
                            const _errs30 = errors;
                            if (errors === _errs30) {
                              if (Array.isArray(data15)) {
                                var valid2 = true;
                                const len0 = data15.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  const _errs32 = errors;
                                  if (!validate22(data15[i0], { instancePath: instancePath + "/interpretations/" + i0, parentData: data15, parentDataProperty: i0, rootData })) {
                                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid2 = _errs32 === errors;
                                  if (!valid2) {
                                    break;
                                  }
                                }
                              } else {
                                validate21.errors = [{ instancePath: instancePath + "/interpretations", schemaPath: "#/properties/interpretations/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs30 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.proposedNextState !== void 0) {
                              let data17 = data.proposedNextState;
                              const _errs33 = errors;
                              if (errors === _errs33) {
                                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                  if (data17.dialogAction !== void 0) {
                                    const _errs35 = errors;
                                    if (!validate32(data17.dialogAction, { instancePath: instancePath + "/proposedNextState/dialogAction", parentData: data17, parentDataProperty: "dialogAction", rootData })) {
                                      vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid3 = _errs35 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data17.intent !== void 0) {
                                      const _errs36 = errors;
                                      if (!validate23(data17.intent, { instancePath: instancePath + "/proposedNextState/intent", parentData: data17, parentDataProperty: "intent", rootData })) {
                                        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid3 = _errs36 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data17.prompt !== void 0) {
                                        let data20 = data17.prompt;
                                        const _errs37 = errors;
                                        if (errors === _errs37) {
                                          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                            if (data20.attempt !== void 0) {
                                              if (typeof data20.attempt !== "string") {
                                                validate21.errors = [{ instancePath: instancePath + "/proposedNextState/prompt/attempt", schemaPath: "#/properties/proposedNextState/properties/prompt/properties/attempt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                          } else {
                                            validate21.errors = [{ instancePath: instancePath + "/proposedNextState/prompt", schemaPath: "#/properties/proposedNextState/properties/prompt/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs37 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                    }
                                  }
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/proposedNextState", schemaPath: "#/properties/proposedNextState/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs33 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.requestAttributes !== void 0) {
                                const _errs41 = errors;
                                if (!validate35(data.requestAttributes, { instancePath: instancePath + "/requestAttributes", parentData: data, parentDataProperty: "requestAttributes", rootData })) {
                                  vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs41 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.sessionState !== void 0) {
                                  const _errs42 = errors;
                                  if (!validate37(data.sessionState, { instancePath: instancePath + "/sessionState", parentData: data, parentDataProperty: "sessionState", rootData })) {
                                    vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs42 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.transcriptions !== void 0) {
                                    let data24 = data.transcriptions;
                                    const _errs43 = errors;
                                    if (errors === _errs43) {
                                      if (Array.isArray(data24)) {
                                        var valid5 = true;
                                        const len1 = data24.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          let data25 = data24[i1];
                                          const _errs45 = errors;
                                          if (errors === _errs45) {
                                            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                              if (data25.transcription !== void 0) {
                                                const _errs47 = errors;
                                                if (typeof data25.transcription !== "string") {
                                                  validate21.errors = [{ instancePath: instancePath + "/transcriptions/" + i1 + "/transcription", schemaPath: "#/properties/transcriptions/items/properties/transcription/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid6 = _errs47 === errors;
                                              } else {
                                                var valid6 = true;
                                              }
                                              if (valid6) {
                                                if (data25.transcriptionConfidence !== void 0) {
                                                  let data27 = data25.transcriptionConfidence;
                                                  const _errs49 = errors;
                                                  if (!(typeof data27 == "number" && isFinite(data27))) {
                                                    validate21.errors = [{ instancePath: instancePath + "/transcriptions/" + i1 + "/transcriptionConfidence", schemaPath: "#/properties/transcriptions/items/properties/transcriptionConfidence/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                  }
                                                  var valid6 = _errs49 === errors;
                                                } else {
                                                  var valid6 = true;
                                                }
                                                if (valid6) {
                                                  if (data25.resolvedContext !== void 0) {
                                                    let data28 = data25.resolvedContext;
                                                    const _errs51 = errors;
                                                    if (errors === _errs51) {
                                                      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                                        if (data28.intent !== void 0) {
                                                          if (typeof data28.intent !== "string") {
                                                            validate21.errors = [{ instancePath: instancePath + "/transcriptions/" + i1 + "/resolvedContext/intent", schemaPath: "#/properties/transcriptions/items/properties/resolvedContext/properties/intent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                      } else {
                                                        validate21.errors = [{ instancePath: instancePath + "/transcriptions/" + i1 + "/resolvedContext", schemaPath: "#/properties/transcriptions/items/properties/resolvedContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid6 = _errs51 === errors;
                                                  } else {
                                                    var valid6 = true;
                                                  }
                                                  if (valid6) {
                                                    if (data25.resolvedSlots !== void 0) {
                                                      const _errs55 = errors;
                                                      if (!validate24(data25.resolvedSlots, { instancePath: instancePath + "/transcriptions/" + i1 + "/resolvedSlots", parentData: data25, parentDataProperty: "resolvedSlots", rootData })) {
                                                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                                        errors = vErrors.length;
                                                      }
                                                      var valid6 = _errs55 === errors;
                                                    } else {
                                                      var valid6 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate21.errors = [{ instancePath: instancePath + "/transcriptions/" + i1, schemaPath: "#/properties/transcriptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid5 = _errs45 === errors;
                                          if (!valid5) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate21.errors = [{ instancePath: instancePath + "/transcriptions", schemaPath: "#/properties/transcriptions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs43 === errors;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:lex.v2.check.js
function d_LexV2Interpretation(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v18 = x.intent;
    if (v18 === void 0) return false;
    if (!d_LexV2Intent(v18)) return false;
  }
  {
    const v37 = x.interpretationSource;
    if (v37 !== void 0) {
      if (!(typeof v37 === "string")) return false;
    }
  }
  {
    const v38 = x.nluConfidence;
    if (v38 !== void 0) {
      if (!(typeof v38 === "number" && isFinite(v38))) return false;
    }
  }
  {
    const v39 = x.sentimentResponse;
    if (v39 !== void 0) {
      if (!(v39 !== null && typeof v39 === "object" && !Array.isArray(v39))) return false;
      {
        const v40 = v39.sentiment;
        if (v40 !== void 0) {
          if (!(typeof v40 === "string")) return false;
        }
      }
      {
        const v41 = v39.sentimentScore;
        if (v41 !== void 0) {
          if (!(v41 !== null && typeof v41 === "object" && !Array.isArray(v41))) return false;
          {
            const v42 = v41.mixed;
            if (v42 !== void 0) {
              if (!(typeof v42 === "number" && isFinite(v42))) return false;
            }
          }
          {
            const v43 = v41.negative;
            if (v43 !== void 0) {
              if (!(typeof v43 === "number" && isFinite(v43))) return false;
            }
          }
          {
            const v44 = v41.neutral;
            if (v44 !== void 0) {
              if (!(typeof v44 === "number" && isFinite(v44))) return false;
            }
          }
          {
            const v45 = v41.positive;
            if (v45 !== void 0) {
              if (!(typeof v45 === "number" && isFinite(v45))) return false;
            }
          }
        }
      }
    }
  }
  return true;
}
function d_LexV2Intent(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v19 = x.name;
    if (v19 === void 0) return false;
    if (!(typeof v19 === "string")) return false;
  }
  {
    const v20 = x.slots;
    if (v20 !== void 0) {
      if (!d_LexV2Slots(v20)) return false;
    }
  }
  {
    const v34 = x.state;
    if (v34 !== void 0) {
      if (!(v34 === "Failed" || v34 === "Fulfilled" || v34 === "FulfillmentInProgress" || v34 === "InProgress" || v34 === "ReadyForFulfillment" || v34 === "Waiting")) return false;
    }
  }
  {
    const v35 = x.confirmationState;
    if (v35 !== void 0) {
      if (!(v35 === "Confirmed" || v35 === "Denied" || v35 === "None")) return false;
    }
  }
  {
    const v36 = x.kendraResponse;
    if (v36 !== void 0) {
      if (!(v36 !== null && typeof v36 === "object" && !Array.isArray(v36))) return false;
    }
  }
  return true;
}
function d_LexV2Slots(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v21 in x) {
    const v22 = x[v21];
    if (!(d_LexV2Slot(v22) || v22 === null)) return false;
  }
  return true;
}
function d_LexV2Slot(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v23 = x.shape;
    if (v23 !== void 0) {
      if (!(typeof v23 === "string")) return false;
    }
  }
  {
    const v24 = x.value;
    if (v24 !== void 0) {
      if (!d_LexV2SlotValue(v24)) return false;
    }
  }
  {
    const v30 = x.values;
    if (v30 !== void 0) {
      if (!Array.isArray(v30)) return false;
      for (let v32 = 0; v32 < v30.length; v32++) {
        const v31 = v30[v32];
        if (!d_LexV2Slot(v31)) return false;
      }
    }
  }
  {
    const v33 = x.subSlots;
    if (v33 !== void 0) {
      if (!d_LexV2Slots(v33)) return false;
    }
  }
  return true;
}
function d_LexV2SlotValue(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v25 = x.originalValue;
    if (v25 !== void 0) {
      if (!(typeof v25 === "string")) return false;
    }
  }
  {
    const v26 = x.interpretedValue;
    if (v26 !== void 0) {
      if (!(typeof v26 === "string")) return false;
    }
  }
  {
    const v27 = x.resolvedValues;
    if (v27 !== void 0) {
      if (!Array.isArray(v27)) return false;
      for (let v29 = 0; v29 < v27.length; v29++) {
        const v28 = v27[v29];
        if (!(typeof v28 === "string")) return false;
      }
    }
  }
  return true;
}
function d_LexV2DialogAction(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v48 = x.type;
    if (v48 === void 0) return false;
    if (!(v48 === "Close" || v48 === "ConfirmIntent" || v48 === "Delegate" || v48 === "ElicitIntent" || v48 === "ElicitSlot" || v48 === "None")) return false;
  }
  {
    const v49 = x.slotToElicit;
    if (v49 !== void 0) {
      if (!(typeof v49 === "string")) return false;
    }
  }
  {
    const v50 = x.slotElicitationStyle;
    if (v50 !== void 0) {
      if (!(v50 === "Default" || v50 === "SpellByLetter" || v50 === "SpellByWord")) return false;
    }
  }
  {
    const v51 = x.subSlotToElicit;
    if (v51 !== void 0) {
      if (!(v51 !== null && typeof v51 === "object" && !Array.isArray(v51))) return false;
      {
        const v52 = v51.name;
        if (v52 !== void 0) {
          if (!(typeof v52 === "string")) return false;
        }
      }
      {
        const v53 = v51.subSlotToElicit;
        if (v53 !== void 0) {
          if (!(v53 !== null && typeof v53 === "object" && !Array.isArray(v53))) return false;
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
      const v54 = x.type;
      if (v54 !== void 0) {
        if (!(v54 === "ElicitSlot")) return false;
      }
    }
  }
  return true;
}
function d_LexV2StringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v60 in x) {
    const v61 = x[v60];
    if (!(typeof v61 === "string")) return false;
  }
  return true;
}
function d_LexV2SessionState(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v63 = x.activeContexts;
    if (v63 !== void 0) {
      if (!Array.isArray(v63)) return false;
      for (let v65 = 0; v65 < v63.length; v65++) {
        const v64 = v63[v65];
        if (!(v64 !== null && typeof v64 === "object" && !Array.isArray(v64))) return false;
        {
          const v66 = v64.name;
          if (v66 === void 0) return false;
          if (!(typeof v66 === "string")) return false;
        }
        {
          const v67 = v64.contextAttributes;
          if (v67 === void 0) return false;
          if (!d_LexV2StringMap(v67)) return false;
        }
        {
          const v68 = v64.timeToLive;
          if (v68 === void 0) return false;
          if (!(v68 !== null && typeof v68 === "object" && !Array.isArray(v68))) return false;
          {
            const v69 = v68.timeToLiveInSeconds;
            if (v69 !== void 0) {
              if (!(typeof v69 === "number" && !(v69 % 1) && !isNaN(v69) && isFinite(v69))) return false;
            }
          }
          {
            const v70 = v68.turnsToLive;
            if (v70 !== void 0) {
              if (!(typeof v70 === "number" && !(v70 % 1) && !isNaN(v70) && isFinite(v70))) return false;
            }
          }
        }
      }
    }
  }
  {
    const v71 = x.sessionAttributes;
    if (v71 !== void 0) {
      if (!d_LexV2StringMap(v71)) return false;
    }
  }
  {
    const v72 = x.runtimeHints;
    if (v72 !== void 0) {
      if (!(v72 !== null && typeof v72 === "object" && !Array.isArray(v72))) return false;
    }
  }
  {
    const v73 = x.dialogAction;
    if (v73 !== void 0) {
      if (!d_LexV2DialogAction(v73)) return false;
    }
  }
  {
    const v74 = x.intent;
    if (v74 !== void 0) {
      if (!d_LexV2Intent(v74)) return false;
    }
  }
  {
    const v75 = x.originatingRequestId;
    if (v75 !== void 0) {
      if (!(typeof v75 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.messageVersion;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.invocationSource;
    if (v1 === void 0) return false;
    if (!(v1 === "DialogCodeHook" || v1 === "FulfillmentCodeHook")) return false;
  }
  {
    const v2 = x.invocationLabel;
    if (v2 !== void 0) {
      if (!(typeof v2 === "string")) return false;
    }
  }
  {
    const v3 = x.inputMode;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.responseContentType;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.sessionId;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.inputTranscript;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.rawInputTranscript;
    if (v7 !== void 0) {
      if (!(typeof v7 === "string")) return false;
    }
  }
  {
    const v8 = x.bot;
    if (v8 === void 0) return false;
    if (!(v8 !== null && typeof v8 === "object" && !Array.isArray(v8))) return false;
    {
      const v9 = v8.id;
      if (v9 === void 0) return false;
      if (!(typeof v9 === "string")) return false;
    }
    {
      const v10 = v8.name;
      if (v10 === void 0) return false;
      if (!(typeof v10 === "string")) return false;
    }
    {
      const v11 = v8.aliasId;
      if (v11 === void 0) return false;
      if (!(typeof v11 === "string")) return false;
    }
    {
      const v12 = v8.aliasName;
      if (v12 !== void 0) {
        if (!(typeof v12 === "string")) return false;
      }
    }
    {
      const v13 = v8.localeId;
      if (v13 === void 0) return false;
      if (!(typeof v13 === "string")) return false;
    }
    {
      const v14 = v8.version;
      if (v14 === void 0) return false;
      if (!(typeof v14 === "string")) return false;
    }
  }
  {
    const v15 = x.interpretations;
    if (v15 === void 0) return false;
    if (!Array.isArray(v15)) return false;
    for (let v17 = 0; v17 < v15.length; v17++) {
      const v16 = v15[v17];
      if (!d_LexV2Interpretation(v16)) return false;
    }
  }
  {
    const v46 = x.proposedNextState;
    if (v46 !== void 0) {
      if (!(v46 !== null && typeof v46 === "object" && !Array.isArray(v46))) return false;
      {
        const v47 = v46.dialogAction;
        if (v47 !== void 0) {
          if (!d_LexV2DialogAction(v47)) return false;
        }
      }
      {
        const v56 = v46.intent;
        if (v56 !== void 0) {
          if (!d_LexV2Intent(v56)) return false;
        }
      }
      {
        const v57 = v46.prompt;
        if (v57 !== void 0) {
          if (!(v57 !== null && typeof v57 === "object" && !Array.isArray(v57))) return false;
          {
            const v58 = v57.attempt;
            if (v58 !== void 0) {
              if (!(typeof v58 === "string")) return false;
            }
          }
        }
      }
    }
  }
  {
    const v59 = x.requestAttributes;
    if (v59 !== void 0) {
      if (!d_LexV2StringMap(v59)) return false;
    }
  }
  {
    const v62 = x.sessionState;
    if (v62 === void 0) return false;
    if (!d_LexV2SessionState(v62)) return false;
  }
  {
    const v76 = x.transcriptions;
    if (v76 !== void 0) {
      if (!Array.isArray(v76)) return false;
      for (let v78 = 0; v78 < v76.length; v78++) {
        const v77 = v76[v78];
        if (!(v77 !== null && typeof v77 === "object" && !Array.isArray(v77))) return false;
        {
          const v79 = v77.transcription;
          if (v79 !== void 0) {
            if (!(typeof v79 === "string")) return false;
          }
        }
        {
          const v80 = v77.transcriptionConfidence;
          if (v80 !== void 0) {
            if (!(typeof v80 === "number" && isFinite(v80))) return false;
          }
        }
        {
          const v81 = v77.resolvedContext;
          if (v81 !== void 0) {
            if (!(v81 !== null && typeof v81 === "object" && !Array.isArray(v81))) return false;
            {
              const v82 = v81.intent;
              if (v82 !== void 0) {
                if (!(typeof v82 === "string")) return false;
              }
            }
          }
        }
        {
          const v83 = v77.resolvedSlots;
          if (v83 !== void 0) {
            if (!d_LexV2Slots(v83)) return false;
          }
        }
      }
    }
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

// lex.v2.entry.ts
var validate = withStandardSchema(checked(check, lex_v2_standalone_default), "lex.v2");
export {
  validate as default,
  validate
};
