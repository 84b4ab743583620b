// Generated from schemas/lex/v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lex.v2.all.standalone.js
var validateAll = validate20;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.shape !== void 0) {
      if (typeof data.shape !== "string") {
        const err0 = { instancePath: instancePath + "/shape", schemaPath: "#/properties/shape/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.originalValue !== void 0) {
          if (typeof data1.originalValue !== "string") {
            const err1 = { instancePath: instancePath + "/value/originalValue", schemaPath: "#/$defs/LexV2SlotValue/properties/originalValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data1.interpretedValue !== void 0) {
          if (typeof data1.interpretedValue !== "string") {
            const err2 = { instancePath: instancePath + "/value/interpretedValue", schemaPath: "#/$defs/LexV2SlotValue/properties/interpretedValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.resolvedValues !== void 0) {
          let data4 = data1.resolvedValues;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data4[i0] !== "string") {
                const err3 = { instancePath: instancePath + "/value/resolvedValues/" + i0, schemaPath: "#/$defs/LexV2SlotValue/properties/resolvedValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/value/resolvedValues", schemaPath: "#/$defs/LexV2SlotValue/properties/resolvedValues/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/value", schemaPath: "#/$defs/LexV2SlotValue/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.values !== void 0) {
      let data6 = data.values;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!wrapper0.validate(data6[i1], { instancePath: instancePath + "/values/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.subSlots !== void 0) {
      if (!wrapper1.validate(data.subSlots, { instancePath: instancePath + "/subSlots", parentData: data, parentDataProperty: "subSlots", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
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
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.slots !== void 0) {
      if (!validate23(data.slots, { instancePath: instancePath + "/slots", parentData: data, parentDataProperty: "slots", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.state !== void 0) {
      let data2 = data.state;
      if (!(data2 === "Failed" || data2 === "Fulfilled" || data2 === "FulfillmentInProgress" || data2 === "InProgress" || data2 === "ReadyForFulfillment" || data2 === "Waiting")) {
        const err2 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema33.properties.state.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.confirmationState !== void 0) {
      let data3 = data.confirmationState;
      if (!(data3 === "Confirmed" || data3 === "Denied" || data3 === "None")) {
        const err3 = { instancePath: instancePath + "/confirmationState", schemaPath: "#/properties/confirmationState/enum", keyword: "enum", params: { allowedValues: schema33.properties.confirmationState.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kendraResponse !== void 0) {
      let data4 = data.kendraResponse;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
      } else {
        const err4 = { instancePath: instancePath + "/kendraResponse", schemaPath: "#/properties/kendraResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.intent === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "intent" }, message: "must have required property 'intent'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.intent !== void 0) {
      if (!validate22(data.intent, { instancePath: instancePath + "/intent", parentData: data, parentDataProperty: "intent", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.interpretationSource !== void 0) {
      if (typeof data.interpretationSource !== "string") {
        const err1 = { instancePath: instancePath + "/interpretationSource", schemaPath: "#/properties/interpretationSource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.nluConfidence !== void 0) {
      let data2 = data.nluConfidence;
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err2 = { instancePath: instancePath + "/nluConfidence", schemaPath: "#/properties/nluConfidence/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.sentimentResponse !== void 0) {
      let data3 = data.sentimentResponse;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.sentiment !== void 0) {
          if (typeof data3.sentiment !== "string") {
            const err3 = { instancePath: instancePath + "/sentimentResponse/sentiment", schemaPath: "#/properties/sentimentResponse/properties/sentiment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data3.sentimentScore !== void 0) {
          let data5 = data3.sentimentScore;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.mixed !== void 0) {
              let data6 = data5.mixed;
              if (!(typeof data6 == "number" && isFinite(data6))) {
                const err4 = { instancePath: instancePath + "/sentimentResponse/sentimentScore/mixed", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/properties/mixed/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data5.negative !== void 0) {
              let data7 = data5.negative;
              if (!(typeof data7 == "number" && isFinite(data7))) {
                const err5 = { instancePath: instancePath + "/sentimentResponse/sentimentScore/negative", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/properties/negative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data5.neutral !== void 0) {
              let data8 = data5.neutral;
              if (!(typeof data8 == "number" && isFinite(data8))) {
                const err6 = { instancePath: instancePath + "/sentimentResponse/sentimentScore/neutral", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/properties/neutral/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data5.positive !== void 0) {
              let data9 = data5.positive;
              if (!(typeof data9 == "number" && isFinite(data9))) {
                const err7 = { instancePath: instancePath + "/sentimentResponse/sentimentScore/positive", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/properties/positive/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/sentimentResponse/sentimentScore", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/sentimentResponse", schemaPath: "#/properties/sentimentResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.activeContexts !== void 0) {
      let data0 = data.activeContexts;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.name === void 0) {
              const err0 = { instancePath: instancePath + "/activeContexts/" + i0, schemaPath: "#/properties/activeContexts/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            if (data1.timeToLive === void 0) {
              const err1 = { instancePath: instancePath + "/activeContexts/" + i0, schemaPath: "#/properties/activeContexts/items/required", keyword: "required", params: { missingProperty: "timeToLive" }, message: "must have required property 'timeToLive'" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data1.contextAttributes === void 0) {
              const err2 = { instancePath: instancePath + "/activeContexts/" + i0, schemaPath: "#/properties/activeContexts/items/required", keyword: "required", params: { missingProperty: "contextAttributes" }, message: "must have required property 'contextAttributes'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.name !== void 0) {
              if (typeof data1.name !== "string") {
                const err3 = { instancePath: instancePath + "/activeContexts/" + i0 + "/name", schemaPath: "#/properties/activeContexts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.contextAttributes !== void 0) {
              let data3 = data1.contextAttributes;
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                for (const key0 in data3) {
                  if (typeof data3[key0] !== "string") {
                    const err4 = { instancePath: instancePath + "/activeContexts/" + i0 + "/contextAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV2StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                }
              } else {
                const err5 = { instancePath: instancePath + "/activeContexts/" + i0 + "/contextAttributes", schemaPath: "#/$defs/LexV2StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.timeToLive !== void 0) {
              let data5 = data1.timeToLive;
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.timeToLiveInSeconds !== void 0) {
                  let data6 = data5.timeToLiveInSeconds;
                  if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                    const err6 = { instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive/timeToLiveInSeconds", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/properties/timeToLiveInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                }
                if (data5.turnsToLive !== void 0) {
                  let data7 = data5.turnsToLive;
                  if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                    const err7 = { instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive/turnsToLive", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/properties/turnsToLive/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
              } else {
                const err8 = { instancePath: instancePath + "/activeContexts/" + i0 + "/timeToLive", schemaPath: "#/properties/activeContexts/items/properties/timeToLive/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/activeContexts/" + i0, schemaPath: "#/properties/activeContexts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/activeContexts", schemaPath: "#/properties/activeContexts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.sessionAttributes !== void 0) {
      let data8 = data.sessionAttributes;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (typeof data8[key1] !== "string") {
            const err11 = { instancePath: instancePath + "/sessionAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV2StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/sessionAttributes", schemaPath: "#/$defs/LexV2StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.runtimeHints !== void 0) {
      let data10 = data.runtimeHints;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
      } else {
        const err13 = { instancePath: instancePath + "/runtimeHints", schemaPath: "#/properties/runtimeHints/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.dialogAction !== void 0) {
      let data11 = data.dialogAction;
      const _errs31 = errors;
      let valid10 = true;
      const _errs32 = errors;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.type !== void 0) {
          if ("ElicitSlot" !== data11.type) {
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
          if (data11.slotToElicit === void 0) {
            const err15 = { instancePath: instancePath + "/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/then/required", keyword: "required", params: { missingProperty: "slotToElicit" }, message: "must have required property 'slotToElicit'" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        var _valid0 = _errs34 === errors;
        valid10 = _valid0;
        if (valid10) {
          var props0 = {};
          props0.slotToElicit = true;
          props0.type = true;
        }
      }
      if (!valid10) {
        const err16 = { instancePath: instancePath + "/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.type === void 0) {
          const err17 = { instancePath: instancePath + "/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (props0 !== true) {
          props0 = props0 || {};
          props0.type = true;
          props0.slotToElicit = true;
          props0.slotElicitationStyle = true;
          props0.subSlotToElicit = true;
        }
        if (data11.type !== void 0) {
          let data13 = data11.type;
          if (!(data13 === "Close" || data13 === "ConfirmIntent" || data13 === "Delegate" || data13 === "ElicitIntent" || data13 === "ElicitSlot" || data13 === "None")) {
            const err18 = { instancePath: instancePath + "/dialogAction/type", schemaPath: "#/$defs/LexV2DialogAction/properties/type/enum", keyword: "enum", params: { allowedValues: schema37.properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data11.slotToElicit !== void 0) {
          if (typeof data11.slotToElicit !== "string") {
            const err19 = { instancePath: instancePath + "/dialogAction/slotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data11.slotElicitationStyle !== void 0) {
          let data15 = data11.slotElicitationStyle;
          if (!(data15 === "Default" || data15 === "SpellByLetter" || data15 === "SpellByWord")) {
            const err20 = { instancePath: instancePath + "/dialogAction/slotElicitationStyle", schemaPath: "#/$defs/LexV2DialogAction/properties/slotElicitationStyle/enum", keyword: "enum", params: { allowedValues: schema37.properties.slotElicitationStyle.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data11.subSlotToElicit !== void 0) {
          let data16 = data11.subSlotToElicit;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.name !== void 0) {
              if (typeof data16.name !== "string") {
                const err21 = { instancePath: instancePath + "/dialogAction/subSlotToElicit/name", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data16.subSlotToElicit !== void 0) {
              let data18 = data16.subSlotToElicit;
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
              } else {
                const err22 = { instancePath: instancePath + "/dialogAction/subSlotToElicit/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/dialogAction/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.intent !== void 0) {
      if (!validate22(data.intent, { instancePath: instancePath + "/intent", parentData: data, parentDataProperty: "intent", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.originatingRequestId !== void 0) {
      if (typeof data.originatingRequestId !== "string") {
        const err25 = { instancePath: instancePath + "/originatingRequestId", schemaPath: "#/properties/originatingRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.messageVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "messageVersion" }, message: "must have required property 'messageVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.invocationSource === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "invocationSource" }, message: "must have required property 'invocationSource'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.inputMode === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputMode" }, message: "must have required property 'inputMode'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.responseContentType === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "responseContentType" }, message: "must have required property 'responseContentType'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.sessionId === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sessionId" }, message: "must have required property 'sessionId'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.inputTranscript === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputTranscript" }, message: "must have required property 'inputTranscript'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.bot === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bot" }, message: "must have required property 'bot'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.interpretations === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interpretations" }, message: "must have required property 'interpretations'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.sessionState === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sessionState" }, message: "must have required property 'sessionState'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.messageVersion !== void 0) {
      if (typeof data.messageVersion !== "string") {
        const err9 = { instancePath: instancePath + "/messageVersion", schemaPath: "#/properties/messageVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.invocationSource !== void 0) {
      let data1 = data.invocationSource;
      if (!(data1 === "DialogCodeHook" || data1 === "FulfillmentCodeHook")) {
        const err10 = { instancePath: instancePath + "/invocationSource", schemaPath: "#/properties/invocationSource/enum", keyword: "enum", params: { allowedValues: schema31.properties.invocationSource.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.invocationLabel !== void 0) {
      if (typeof data.invocationLabel !== "string") {
        const err11 = { instancePath: instancePath + "/invocationLabel", schemaPath: "#/properties/invocationLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.inputMode !== void 0) {
      if (typeof data.inputMode !== "string") {
        const err12 = { instancePath: instancePath + "/inputMode", schemaPath: "#/properties/inputMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.responseContentType !== void 0) {
      if (typeof data.responseContentType !== "string") {
        const err13 = { instancePath: instancePath + "/responseContentType", schemaPath: "#/properties/responseContentType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.sessionId !== void 0) {
      if (typeof data.sessionId !== "string") {
        const err14 = { instancePath: instancePath + "/sessionId", schemaPath: "#/properties/sessionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.inputTranscript !== void 0) {
      if (typeof data.inputTranscript !== "string") {
        const err15 = { instancePath: instancePath + "/inputTranscript", schemaPath: "#/properties/inputTranscript/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.rawInputTranscript !== void 0) {
      if (typeof data.rawInputTranscript !== "string") {
        const err16 = { instancePath: instancePath + "/rawInputTranscript", schemaPath: "#/properties/rawInputTranscript/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.bot !== void 0) {
      let data8 = data.bot;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.id === void 0) {
          const err17 = { instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data8.name === void 0) {
          const err18 = { instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data8.aliasId === void 0) {
          const err19 = { instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/required", keyword: "required", params: { missingProperty: "aliasId" }, message: "must have required property 'aliasId'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data8.localeId === void 0) {
          const err20 = { instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/required", keyword: "required", params: { missingProperty: "localeId" }, message: "must have required property 'localeId'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data8.version === void 0) {
          const err21 = { instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data8.id !== void 0) {
          if (typeof data8.id !== "string") {
            const err22 = { instancePath: instancePath + "/bot/id", schemaPath: "#/properties/bot/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data8.name !== void 0) {
          if (typeof data8.name !== "string") {
            const err23 = { instancePath: instancePath + "/bot/name", schemaPath: "#/properties/bot/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data8.aliasId !== void 0) {
          if (typeof data8.aliasId !== "string") {
            const err24 = { instancePath: instancePath + "/bot/aliasId", schemaPath: "#/properties/bot/properties/aliasId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data8.aliasName !== void 0) {
          if (typeof data8.aliasName !== "string") {
            const err25 = { instancePath: instancePath + "/bot/aliasName", schemaPath: "#/properties/bot/properties/aliasName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data8.localeId !== void 0) {
          if (typeof data8.localeId !== "string") {
            const err26 = { instancePath: instancePath + "/bot/localeId", schemaPath: "#/properties/bot/properties/localeId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data8.version !== void 0) {
          if (typeof data8.version !== "string") {
            const err27 = { instancePath: instancePath + "/bot/version", schemaPath: "#/properties/bot/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.interpretations !== void 0) {
      let data15 = data.interpretations;
      if (Array.isArray(data15)) {
        const len0 = data15.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data15[i0], { instancePath: instancePath + "/interpretations/" + i0, parentData: data15, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/interpretations", schemaPath: "#/properties/interpretations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.proposedNextState !== void 0) {
      let data17 = data.proposedNextState;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.dialogAction !== void 0) {
          let data18 = data17.dialogAction;
          const _errs38 = errors;
          let valid6 = true;
          const _errs39 = errors;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.type !== void 0) {
              if ("ElicitSlot" !== data18.type) {
                const err30 = {};
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
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
              if (data18.slotToElicit === void 0) {
                const err31 = { instancePath: instancePath + "/proposedNextState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/then/required", keyword: "required", params: { missingProperty: "slotToElicit" }, message: "must have required property 'slotToElicit'" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            var _valid0 = _errs41 === errors;
            valid6 = _valid0;
            if (valid6) {
              var props0 = {};
              props0.slotToElicit = true;
              props0.type = true;
            }
          }
          if (!valid6) {
            const err32 = { instancePath: instancePath + "/proposedNextState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.type === void 0) {
              const err33 = { instancePath: instancePath + "/proposedNextState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (props0 !== true) {
              props0 = props0 || {};
              props0.type = true;
              props0.slotToElicit = true;
              props0.slotElicitationStyle = true;
              props0.subSlotToElicit = true;
            }
            if (data18.type !== void 0) {
              let data20 = data18.type;
              if (!(data20 === "Close" || data20 === "ConfirmIntent" || data20 === "Delegate" || data20 === "ElicitIntent" || data20 === "ElicitSlot" || data20 === "None")) {
                const err34 = { instancePath: instancePath + "/proposedNextState/dialogAction/type", schemaPath: "#/$defs/LexV2DialogAction/properties/type/enum", keyword: "enum", params: { allowedValues: schema37.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data18.slotToElicit !== void 0) {
              if (typeof data18.slotToElicit !== "string") {
                const err35 = { instancePath: instancePath + "/proposedNextState/dialogAction/slotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data18.slotElicitationStyle !== void 0) {
              let data22 = data18.slotElicitationStyle;
              if (!(data22 === "Default" || data22 === "SpellByLetter" || data22 === "SpellByWord")) {
                const err36 = { instancePath: instancePath + "/proposedNextState/dialogAction/slotElicitationStyle", schemaPath: "#/$defs/LexV2DialogAction/properties/slotElicitationStyle/enum", keyword: "enum", params: { allowedValues: schema37.properties.slotElicitationStyle.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data18.subSlotToElicit !== void 0) {
              let data23 = data18.subSlotToElicit;
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.name !== void 0) {
                  if (typeof data23.name !== "string") {
                    const err37 = { instancePath: instancePath + "/proposedNextState/dialogAction/subSlotToElicit/name", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data23.subSlotToElicit !== void 0) {
                  let data25 = data23.subSlotToElicit;
                  if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                  } else {
                    const err38 = { instancePath: instancePath + "/proposedNextState/dialogAction/subSlotToElicit/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/proposedNextState/dialogAction/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/proposedNextState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data17.intent !== void 0) {
          if (!validate22(data17.intent, { instancePath: instancePath + "/proposedNextState/intent", parentData: data17, parentDataProperty: "intent", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data17.prompt !== void 0) {
          let data27 = data17.prompt;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.attempt !== void 0) {
              if (typeof data27.attempt !== "string") {
                const err41 = { instancePath: instancePath + "/proposedNextState/prompt/attempt", schemaPath: "#/properties/proposedNextState/properties/prompt/properties/attempt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/proposedNextState/prompt", schemaPath: "#/properties/proposedNextState/properties/prompt/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/proposedNextState", schemaPath: "#/properties/proposedNextState/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.requestAttributes !== void 0) {
      let data29 = data.requestAttributes;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key0 in data29) {
          if (typeof data29[key0] !== "string") {
            const err44 = { instancePath: instancePath + "/requestAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV2StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/requestAttributes", schemaPath: "#/$defs/LexV2StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.sessionState !== void 0) {
      if (!validate30(data.sessionState, { instancePath: instancePath + "/sessionState", parentData: data, parentDataProperty: "sessionState", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.transcriptions !== void 0) {
      let data32 = data.transcriptions;
      if (Array.isArray(data32)) {
        const len1 = data32.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data33 = data32[i1];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.transcription !== void 0) {
              if (typeof data33.transcription !== "string") {
                const err46 = { instancePath: instancePath + "/transcriptions/" + i1 + "/transcription", schemaPath: "#/properties/transcriptions/items/properties/transcription/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data33.transcriptionConfidence !== void 0) {
              let data35 = data33.transcriptionConfidence;
              if (!(typeof data35 == "number" && isFinite(data35))) {
                const err47 = { instancePath: instancePath + "/transcriptions/" + i1 + "/transcriptionConfidence", schemaPath: "#/properties/transcriptions/items/properties/transcriptionConfidence/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data33.resolvedContext !== void 0) {
              let data36 = data33.resolvedContext;
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (data36.intent !== void 0) {
                  if (typeof data36.intent !== "string") {
                    const err48 = { instancePath: instancePath + "/transcriptions/" + i1 + "/resolvedContext/intent", schemaPath: "#/properties/transcriptions/items/properties/resolvedContext/properties/intent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
              } else {
                const err49 = { instancePath: instancePath + "/transcriptions/" + i1 + "/resolvedContext", schemaPath: "#/properties/transcriptions/items/properties/resolvedContext/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data33.resolvedSlots !== void 0) {
              if (!validate23(data33.resolvedSlots, { instancePath: instancePath + "/transcriptions/" + i1 + "/resolvedSlots", parentData: data33, parentDataProperty: "resolvedSlots", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/transcriptions/" + i1, schemaPath: "#/properties/transcriptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/transcriptions", schemaPath: "#/properties/transcriptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
  } else {
    const err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err52];
    } else {
      vErrors.push(err52);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "messageVersion": true, "invocationSource": true, "invocationLabel": true, "inputMode": true, "responseContentType": true, "sessionId": true, "inputTranscript": true, "rawInputTranscript": true, "bot": true, "interpretations": true, "proposedNextState": true, "requestAttributes": true, "sessionState": true, "transcriptions": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_0 = validate34;
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.shape !== void 0) {
      if (typeof data.shape !== "string") {
        const err0 = { instancePath: instancePath + "/shape", schemaPath: "#/properties/shape/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.originalValue !== void 0) {
          if (typeof data1.originalValue !== "string") {
            const err1 = { instancePath: instancePath + "/value/originalValue", schemaPath: "#/$defs/LexV2SlotValue/properties/originalValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data1.interpretedValue !== void 0) {
          if (typeof data1.interpretedValue !== "string") {
            const err2 = { instancePath: instancePath + "/value/interpretedValue", schemaPath: "#/$defs/LexV2SlotValue/properties/interpretedValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.resolvedValues !== void 0) {
          let data4 = data1.resolvedValues;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data4[i0] !== "string") {
                const err3 = { instancePath: instancePath + "/value/resolvedValues/" + i0, schemaPath: "#/$defs/LexV2SlotValue/properties/resolvedValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/value/resolvedValues", schemaPath: "#/$defs/LexV2SlotValue/properties/resolvedValues/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/value", schemaPath: "#/$defs/LexV2SlotValue/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.values !== void 0) {
      let data6 = data.values;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate24(data6[i1], { instancePath: instancePath + "/values/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.subSlots !== void 0) {
      if (!validate23(data.subSlots, { instancePath: instancePath + "/subSlots", parentData: data, parentDataProperty: "subSlots", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": { "shape": true, "value": true, "values": true, "subSlots": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate37;
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "dynamicProps": false, "dynamicItems": false };

// lex.v2.all.entry.ts
var branches = {
  "#/$defs/LexV2Slots/additionalProperties/anyOf": [branch0_0, branch0_1]
};
export {
  branches,
  validateAll
};
