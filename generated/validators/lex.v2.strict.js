// Generated from schemas/lex/v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lex.v2.strict.standalone.js
var lex_v2_strict_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:lex.v2", "type": "object", "required": ["messageVersion", "invocationSource", "inputMode", "responseContentType", "sessionId", "inputTranscript", "bot", "interpretations", "sessionState"], "properties": { "messageVersion": { "type": "string" }, "invocationSource": { "enum": ["DialogCodeHook", "FulfillmentCodeHook"] }, "invocationLabel": { "type": "string" }, "inputMode": { "type": "string" }, "responseContentType": { "type": "string" }, "sessionId": { "type": "string" }, "inputTranscript": { "type": "string" }, "rawInputTranscript": { "type": "string" }, "bot": { "type": "object", "required": ["id", "name", "aliasId", "localeId", "version"], "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "aliasId": { "type": "string" }, "aliasName": { "type": "string" }, "localeId": { "type": "string" }, "version": { "type": "string" } } }, "interpretations": { "type": "array", "items": { "$ref": "#/$defs/LexV2Interpretation" } }, "proposedNextState": { "type": "object", "properties": { "dialogAction": { "$ref": "#/$defs/LexV2DialogAction" }, "intent": { "$ref": "#/$defs/LexV2Intent" }, "prompt": { "type": "object", "properties": { "attempt": { "type": "string" } } } } }, "requestAttributes": { "$ref": "#/$defs/LexV2StringMap" }, "sessionState": { "$ref": "#/$defs/LexV2SessionState" }, "transcriptions": { "type": "array", "items": { "type": "object", "properties": { "transcription": { "type": "string" }, "transcriptionConfidence": { "type": "number" }, "resolvedContext": { "type": "object", "properties": { "intent": { "type": "string" } } }, "resolvedSlots": { "$ref": "#/$defs/LexV2Slots" } } } } }, "$defs": { "LexV2DialogAction": { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["Close", "ConfirmIntent", "Delegate", "ElicitIntent", "ElicitSlot", "None"] }, "slotToElicit": { "type": "string" }, "slotElicitationStyle": { "enum": ["Default", "SpellByLetter", "SpellByWord"] }, "subSlotToElicit": { "type": "object", "properties": { "name": { "type": "string" }, "subSlotToElicit": { "type": "object", "additionalProperties": true } } } }, "if": { "properties": { "type": { "const": "ElicitSlot" } } }, "then": { "required": ["slotToElicit"], "properties": { "slotToElicit": true } } }, "LexV2Intent": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "slots": { "$ref": "#/$defs/LexV2Slots" }, "state": { "enum": ["Failed", "Fulfilled", "FulfillmentInProgress", "InProgress", "ReadyForFulfillment", "Waiting"] }, "confirmationState": { "enum": ["Confirmed", "Denied", "None"] }, "kendraResponse": { "type": "object", "additionalProperties": true } } }, "LexV2Interpretation": { "type": "object", "required": ["intent"], "properties": { "intent": { "$ref": "#/$defs/LexV2Intent" }, "interpretationSource": { "type": "string" }, "nluConfidence": { "type": "number" }, "sentimentResponse": { "type": "object", "properties": { "sentiment": { "type": "string" }, "sentimentScore": { "type": "object", "properties": { "mixed": { "type": "number" }, "negative": { "type": "number" }, "neutral": { "type": "number" }, "positive": { "type": "number" } } } } } } }, "LexV2SessionState": { "type": "object", "properties": { "activeContexts": { "type": "array", "items": { "type": "object", "required": ["name", "timeToLive", "contextAttributes"], "properties": { "name": { "type": "string" }, "contextAttributes": { "$ref": "#/$defs/LexV2StringMap" }, "timeToLive": { "type": "object", "properties": { "timeToLiveInSeconds": { "type": "integer" }, "turnsToLive": { "type": "integer" } } } } } }, "sessionAttributes": { "$ref": "#/$defs/LexV2StringMap" }, "runtimeHints": { "type": "object", "additionalProperties": true }, "dialogAction": { "$ref": "#/$defs/LexV2DialogAction" }, "intent": { "$ref": "#/$defs/LexV2Intent" }, "originatingRequestId": { "type": "string" } } }, "LexV2Slot": { "type": "object", "properties": { "shape": { "type": "string" }, "value": { "$ref": "#/$defs/LexV2SlotValue" }, "values": { "type": "array", "items": { "$ref": "#/$defs/LexV2Slot" } }, "subSlots": { "$ref": "#/$defs/LexV2Slots" } } }, "LexV2SlotValue": { "type": "object", "properties": { "originalValue": { "type": "string" }, "interpretedValue": { "type": "string" }, "resolvedValues": { "type": "array", "items": { "type": "string" } } } }, "LexV2Slots": { "type": "object", "additionalProperties": { "anyOf": [{ "$ref": "#/$defs/LexV2Slot" }, { "type": "null" }] } }, "LexV2StringMap": { "type": "object", "additionalProperties": { "type": "string" } } } };
var schema37 = { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["Close", "ConfirmIntent", "Delegate", "ElicitIntent", "ElicitSlot", "None"] }, "slotToElicit": { "type": "string" }, "slotElicitationStyle": { "enum": ["Default", "SpellByLetter", "SpellByWord"] }, "subSlotToElicit": { "type": "object", "properties": { "name": { "type": "string" }, "subSlotToElicit": { "type": "object", "additionalProperties": true } } } }, "if": { "properties": { "type": { "const": "ElicitSlot" } } }, "then": { "required": ["slotToElicit"], "properties": { "slotToElicit": true } } };
var schema33 = { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "slots": { "$ref": "#/$defs/LexV2Slots" }, "state": { "enum": ["Failed", "Fulfilled", "FulfillmentInProgress", "InProgress", "ReadyForFulfillment", "Waiting"] }, "confirmationState": { "enum": ["Confirmed", "Denied", "None"] }, "kendraResponse": { "type": "object", "additionalProperties": true } } };
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
                validate22.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema33.properties.state.enum }, message: "must be equal to one of the allowed values" }];
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
                  validate22.errors = [{ instancePath: instancePath + "/confirmationState", schemaPath: "#/properties/confirmationState/enum", keyword: "enum", params: { allowedValues: schema33.properties.confirmationState.enum }, message: "must be equal to one of the allowed values" }];
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
      let missing0;
      if (data.intent === void 0 && (missing0 = "intent")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.intent !== void 0) {
          const _errs1 = errors;
          if (!validate22(data.intent, { instancePath: instancePath + "/intent", parentData: data, parentDataProperty: "intent", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
              validate21.errors = [{ instancePath: instancePath + "/interpretationSource", schemaPath: "#/properties/interpretationSource/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate21.errors = [{ instancePath: instancePath + "/nluConfidence", schemaPath: "#/properties/nluConfidence/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
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
                        validate21.errors = [{ instancePath: instancePath + "/sentimentResponse/sentiment", schemaPath: "#/properties/sentimentResponse/properties/sentiment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate21.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentScore/mixed", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/properties/mixed/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
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
                                  validate21.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentScore/negative", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/properties/negative/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
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
                                    validate21.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentScore/neutral", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/properties/neutral/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
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
                                      validate21.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentScore/positive", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/properties/positive/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
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
                            validate21.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentScore", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs10 === errors;
                      } else {
                        var valid1 = true;
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/sentimentResponse", schemaPath: "#/properties/sentimentResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "intent": true, "interpretationSource": true, "nluConfidence": true, "sentimentResponse": true }, "dynamicProps": false, "dynamicItems": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
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
                    validate30.errors = [{ instancePath: instancePath + "/activeContexts/" + i0, schemaPath: "#/properties/activeContexts/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                    return false;
                  } else {
                    if (data1.name !== void 0) {
                      const _errs5 = errors;
                      if (typeof data1.name !== "string") {
                        validate30.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/name", schemaPath: "#/properties/activeContexts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate30.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/contextAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV2StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid4 = _errs11 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                          } else {
                            validate30.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/contextAttributes", schemaPath: "#/$defs/LexV2StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                  validate30.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive/timeToLiveInSeconds", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/properties/timeToLiveInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
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
                                    validate30.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive/turnsToLive", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/properties/turnsToLive/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  var valid5 = _errs17 === errors;
                                } else {
                                  var valid5 = true;
                                }
                              }
                            } else {
                              validate30.errors = [{ instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                  validate30.errors = [{ instancePath: instancePath + "/activeContexts/" + i0, schemaPath: "#/properties/activeContexts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid1 = _errs3 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate30.errors = [{ instancePath: instancePath + "/activeContexts", schemaPath: "#/properties/activeContexts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                  validate30.errors = [{ instancePath: instancePath + "/sessionAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV2StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid7 = _errs23 === errors;
                if (!valid7) {
                  break;
                }
              }
            } else {
              validate30.errors = [{ instancePath: instancePath + "/sessionAttributes", schemaPath: "#/$defs/LexV2StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                validate30.errors = [{ instancePath: instancePath + "/runtimeHints", schemaPath: "#/properties/runtimeHints/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                    validate30.errors = [{ instancePath: instancePath + "/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
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
                validate30.errors = vErrors;
                return false;
              }
              if (errors === _errs29) {
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                  let missing2;
                  if (data11.type === void 0 && (missing2 = "type")) {
                    validate30.errors = [{ instancePath: instancePath + "/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
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
                        validate30.errors = [{ instancePath: instancePath + "/dialogAction/type", schemaPath: "#/$defs/LexV2DialogAction/properties/type/enum", keyword: "enum", params: { allowedValues: schema37.properties.type.enum }, message: "must be equal to one of the allowed values" }];
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
                          validate30.errors = [{ instancePath: instancePath + "/dialogAction/slotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            validate30.errors = [{ instancePath: instancePath + "/dialogAction/slotElicitationStyle", schemaPath: "#/$defs/LexV2DialogAction/properties/slotElicitationStyle/enum", keyword: "enum", params: { allowedValues: schema37.properties.slotElicitationStyle.enum }, message: "must be equal to one of the allowed values" }];
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
                                    validate30.errors = [{ instancePath: instancePath + "/dialogAction/subSlotToElicit/name", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                        validate30.errors = [{ instancePath: instancePath + "/dialogAction/subSlotToElicit/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid12 = _errs43 === errors;
                                  } else {
                                    var valid12 = true;
                                  }
                                }
                              } else {
                                validate30.errors = [{ instancePath: instancePath + "/dialogAction/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                  validate30.errors = [{ instancePath: instancePath + "/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                    validate30.errors = [{ instancePath: instancePath + "/originatingRequestId", schemaPath: "#/properties/originatingRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": { "activeContexts": true, "sessionAttributes": true, "runtimeHints": true, "dialogAction": true, "intent": true, "originatingRequestId": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.messageVersion === void 0 && (missing0 = "messageVersion") || data.invocationSource === void 0 && (missing0 = "invocationSource") || data.inputMode === void 0 && (missing0 = "inputMode") || data.responseContentType === void 0 && (missing0 = "responseContentType") || data.sessionId === void 0 && (missing0 = "sessionId") || data.inputTranscript === void 0 && (missing0 = "inputTranscript") || data.bot === void 0 && (missing0 = "bot") || data.interpretations === void 0 && (missing0 = "interpretations") || data.sessionState === void 0 && (missing0 = "sessionState")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.messageVersion !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/messageVersion", schemaPath: "#/properties/messageVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate20.errors = [{ instancePath: instancePath + "/invocationSource", schemaPath: "#/properties/invocationSource/enum", keyword: "enum", params: { allowedValues: schema31.properties.invocationSource.enum }, message: "must be equal to one of the allowed values" }];
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
                validate20.errors = [{ instancePath: instancePath + "/invocationLabel", schemaPath: "#/properties/invocationLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate20.errors = [{ instancePath: instancePath + "/inputMode", schemaPath: "#/properties/inputMode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate20.errors = [{ instancePath: instancePath + "/responseContentType", schemaPath: "#/properties/responseContentType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate20.errors = [{ instancePath: instancePath + "/sessionId", schemaPath: "#/properties/sessionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate20.errors = [{ instancePath: instancePath + "/inputTranscript", schemaPath: "#/properties/inputTranscript/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate20.errors = [{ instancePath: instancePath + "/rawInputTranscript", schemaPath: "#/properties/rawInputTranscript/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate20.errors = [{ instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                return false;
                              } else {
                                if (data8.id !== void 0) {
                                  const _errs18 = errors;
                                  if (typeof data8.id !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/bot/id", schemaPath: "#/properties/bot/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                      validate20.errors = [{ instancePath: instancePath + "/bot/name", schemaPath: "#/properties/bot/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                        validate20.errors = [{ instancePath: instancePath + "/bot/aliasId", schemaPath: "#/properties/bot/properties/aliasId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                          validate20.errors = [{ instancePath: instancePath + "/bot/aliasName", schemaPath: "#/properties/bot/properties/aliasName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                            validate20.errors = [{ instancePath: instancePath + "/bot/localeId", schemaPath: "#/properties/bot/properties/localeId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                              validate20.errors = [{ instancePath: instancePath + "/bot/version", schemaPath: "#/properties/bot/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate20.errors = [{ instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                  if (!validate21(data15[i0], { instancePath: instancePath + "/interpretations/" + i0, parentData: data15, parentDataProperty: i0, rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid2 = _errs32 === errors;
                                  if (!valid2) {
                                    break;
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/interpretations", schemaPath: "#/properties/interpretations/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                                    let data18 = data17.dialogAction;
                                    const _errs35 = errors;
                                    const _errs36 = errors;
                                    const _errs38 = errors;
                                    let valid5 = true;
                                    const _errs39 = errors;
                                    if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                      if (data18.type !== void 0) {
                                        if ("ElicitSlot" !== data18.type) {
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
                                    var _valid0 = _errs39 === errors;
                                    errors = _errs38;
                                    if (vErrors !== null) {
                                      if (_errs38) {
                                        vErrors.length = _errs38;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                    if (_valid0) {
                                      const _errs41 = errors;
                                      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                        let missing2;
                                        if (data18.slotToElicit === void 0 && (missing2 = "slotToElicit")) {
                                          validate20.errors = [{ instancePath: instancePath + "/proposedNextState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/then/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                          return false;
                                        }
                                      }
                                      var _valid0 = _errs41 === errors;
                                      valid5 = _valid0;
                                      if (valid5) {
                                        var props0 = {};
                                        props0.slotToElicit = true;
                                        props0.type = true;
                                      }
                                    }
                                    if (!valid5) {
                                      const err1 = { instancePath: instancePath + "/proposedNextState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                                      if (vErrors === null) {
                                        vErrors = [err1];
                                      } else {
                                        vErrors.push(err1);
                                      }
                                      errors++;
                                      validate20.errors = vErrors;
                                      return false;
                                    }
                                    if (errors === _errs36) {
                                      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                        let missing3;
                                        if (data18.type === void 0 && (missing3 = "type")) {
                                          validate20.errors = [{ instancePath: instancePath + "/proposedNextState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                          return false;
                                        } else {
                                          if (props0 !== true) {
                                            props0 = props0 || {};
                                            props0.type = true;
                                            props0.slotToElicit = true;
                                            props0.slotElicitationStyle = true;
                                            props0.subSlotToElicit = true;
                                          }
                                          if (data18.type !== void 0) {
                                            let data20 = data18.type;
                                            const _errs42 = errors;
                                            if (!(data20 === "Close" || data20 === "ConfirmIntent" || data20 === "Delegate" || data20 === "ElicitIntent" || data20 === "ElicitSlot" || data20 === "None")) {
                                              validate20.errors = [{ instancePath: instancePath + "/proposedNextState/dialogAction/type", schemaPath: "#/$defs/LexV2DialogAction/properties/type/enum", keyword: "enum", params: { allowedValues: schema37.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid7 = _errs42 === errors;
                                          } else {
                                            var valid7 = true;
                                          }
                                          if (valid7) {
                                            if (data18.slotToElicit !== void 0) {
                                              const _errs43 = errors;
                                              if (typeof data18.slotToElicit !== "string") {
                                                validate20.errors = [{ instancePath: instancePath + "/proposedNextState/dialogAction/slotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid7 = _errs43 === errors;
                                            } else {
                                              var valid7 = true;
                                            }
                                            if (valid7) {
                                              if (data18.slotElicitationStyle !== void 0) {
                                                let data22 = data18.slotElicitationStyle;
                                                const _errs45 = errors;
                                                if (!(data22 === "Default" || data22 === "SpellByLetter" || data22 === "SpellByWord")) {
                                                  validate20.errors = [{ instancePath: instancePath + "/proposedNextState/dialogAction/slotElicitationStyle", schemaPath: "#/$defs/LexV2DialogAction/properties/slotElicitationStyle/enum", keyword: "enum", params: { allowedValues: schema37.properties.slotElicitationStyle.enum }, message: "must be equal to one of the allowed values" }];
                                                  return false;
                                                }
                                                var valid7 = _errs45 === errors;
                                              } else {
                                                var valid7 = true;
                                              }
                                              if (valid7) {
                                                if (data18.subSlotToElicit !== void 0) {
                                                  let data23 = data18.subSlotToElicit;
                                                  const _errs46 = errors;
                                                  if (errors === _errs46) {
                                                    if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                                      if (data23.name !== void 0) {
                                                        const _errs48 = errors;
                                                        if (typeof data23.name !== "string") {
                                                          validate20.errors = [{ instancePath: instancePath + "/proposedNextState/dialogAction/subSlotToElicit/name", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid8 = _errs48 === errors;
                                                      } else {
                                                        var valid8 = true;
                                                      }
                                                      if (valid8) {
                                                        if (data23.subSlotToElicit !== void 0) {
                                                          let data25 = data23.subSlotToElicit;
                                                          const _errs50 = errors;
                                                          if (errors === _errs50) {
                                                            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                                            } else {
                                                              validate20.errors = [{ instancePath: instancePath + "/proposedNextState/dialogAction/subSlotToElicit/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid8 = _errs50 === errors;
                                                        } else {
                                                          var valid8 = true;
                                                        }
                                                      }
                                                    } else {
                                                      validate20.errors = [{ instancePath: instancePath + "/proposedNextState/dialogAction/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid7 = _errs46 === errors;
                                                } else {
                                                  var valid7 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate20.errors = [{ instancePath: instancePath + "/proposedNextState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs35 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data17.intent !== void 0) {
                                      const _errs53 = errors;
                                      if (!validate22(data17.intent, { instancePath: instancePath + "/proposedNextState/intent", parentData: data17, parentDataProperty: "intent", rootData, dynamicAnchors })) {
                                        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid3 = _errs53 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data17.prompt !== void 0) {
                                        let data27 = data17.prompt;
                                        const _errs54 = errors;
                                        if (errors === _errs54) {
                                          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                            if (data27.attempt !== void 0) {
                                              if (typeof data27.attempt !== "string") {
                                                validate20.errors = [{ instancePath: instancePath + "/proposedNextState/prompt/attempt", schemaPath: "#/properties/proposedNextState/properties/prompt/properties/attempt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/proposedNextState/prompt", schemaPath: "#/properties/proposedNextState/properties/prompt/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs54 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/proposedNextState", schemaPath: "#/properties/proposedNextState/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs33 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.requestAttributes !== void 0) {
                                let data29 = data.requestAttributes;
                                const _errs58 = errors;
                                const _errs59 = errors;
                                if (errors === _errs59) {
                                  if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                    for (const key0 in data29) {
                                      const _errs62 = errors;
                                      if (typeof data29[key0] !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/requestAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV2StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid11 = _errs62 === errors;
                                      if (!valid11) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/requestAttributes", schemaPath: "#/$defs/LexV2StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs58 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.sessionState !== void 0) {
                                  const _errs64 = errors;
                                  if (!validate30(data.sessionState, { instancePath: instancePath + "/sessionState", parentData: data, parentDataProperty: "sessionState", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs64 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.transcriptions !== void 0) {
                                    let data32 = data.transcriptions;
                                    const _errs65 = errors;
                                    if (errors === _errs65) {
                                      if (Array.isArray(data32)) {
                                        var valid12 = true;
                                        const len1 = data32.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          let data33 = data32[i1];
                                          const _errs67 = errors;
                                          if (errors === _errs67) {
                                            if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                              if (data33.transcription !== void 0) {
                                                const _errs69 = errors;
                                                if (typeof data33.transcription !== "string") {
                                                  validate20.errors = [{ instancePath: instancePath + "/transcriptions/" + i1 + "/transcription", schemaPath: "#/properties/transcriptions/items/properties/transcription/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid13 = _errs69 === errors;
                                              } else {
                                                var valid13 = true;
                                              }
                                              if (valid13) {
                                                if (data33.transcriptionConfidence !== void 0) {
                                                  let data35 = data33.transcriptionConfidence;
                                                  const _errs71 = errors;
                                                  if (!(typeof data35 == "number" && isFinite(data35))) {
                                                    validate20.errors = [{ instancePath: instancePath + "/transcriptions/" + i1 + "/transcriptionConfidence", schemaPath: "#/properties/transcriptions/items/properties/transcriptionConfidence/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                  }
                                                  var valid13 = _errs71 === errors;
                                                } else {
                                                  var valid13 = true;
                                                }
                                                if (valid13) {
                                                  if (data33.resolvedContext !== void 0) {
                                                    let data36 = data33.resolvedContext;
                                                    const _errs73 = errors;
                                                    if (errors === _errs73) {
                                                      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                                        if (data36.intent !== void 0) {
                                                          if (typeof data36.intent !== "string") {
                                                            validate20.errors = [{ instancePath: instancePath + "/transcriptions/" + i1 + "/resolvedContext/intent", schemaPath: "#/properties/transcriptions/items/properties/resolvedContext/properties/intent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                      } else {
                                                        validate20.errors = [{ instancePath: instancePath + "/transcriptions/" + i1 + "/resolvedContext", schemaPath: "#/properties/transcriptions/items/properties/resolvedContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid13 = _errs73 === errors;
                                                  } else {
                                                    var valid13 = true;
                                                  }
                                                  if (valid13) {
                                                    if (data33.resolvedSlots !== void 0) {
                                                      const _errs77 = errors;
                                                      if (!validate23(data33.resolvedSlots, { instancePath: instancePath + "/transcriptions/" + i1 + "/resolvedSlots", parentData: data33, parentDataProperty: "resolvedSlots", rootData, dynamicAnchors })) {
                                                        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                                                        errors = vErrors.length;
                                                      }
                                                      var valid13 = _errs77 === errors;
                                                    } else {
                                                      var valid13 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/transcriptions/" + i1, schemaPath: "#/properties/transcriptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid12 = _errs67 === errors;
                                          if (!valid12) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate20.errors = [{ instancePath: instancePath + "/transcriptions", schemaPath: "#/properties/transcriptions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs65 === errors;
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "messageVersion": true, "invocationSource": true, "invocationLabel": true, "inputMode": true, "responseContentType": true, "sessionId": true, "inputTranscript": true, "rawInputTranscript": true, "bot": true, "interpretations": true, "proposedNextState": true, "requestAttributes": true, "sessionState": true, "transcriptions": true }, "dynamicProps": false, "dynamicItems": false };

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

// lex.v2.strict.entry.ts
withStandardSchema(lex_v2_strict_standalone_default, "lex.v2");
export {
  lex_v2_strict_standalone_default as default,
  lex_v2_strict_standalone_default as validate
};
