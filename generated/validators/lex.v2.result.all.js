// Generated from schemas/lex/v2.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lex.v2.result.all.standalone.js
var validateAll = validate20;
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
        const err2 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema36.properties.state.enum }, message: "must be equal to one of the allowed values" };
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
        const err3 = { instancePath: instancePath + "/confirmationState", schemaPath: "#/properties/confirmationState/enum", keyword: "enum", params: { allowedValues: schema36.properties.confirmationState.enum }, message: "must be equal to one of the allowed values" };
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
            const err18 = { instancePath: instancePath + "/dialogAction/type", schemaPath: "#/$defs/LexV2DialogAction/properties/type/enum", keyword: "enum", params: { allowedValues: schema35.properties.type.enum }, message: "must be equal to one of the allowed values" };
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
            const err20 = { instancePath: instancePath + "/dialogAction/slotElicitationStyle", schemaPath: "#/$defs/LexV2DialogAction/properties/slotElicitationStyle/enum", keyword: "enum", params: { allowedValues: schema35.properties.slotElicitationStyle.enum }, message: "must be equal to one of the allowed values" };
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
      if (data.messages === void 0) {
        const err7 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "messages" }, message: "must have required property 'messages'" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
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
    const err8 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.sessionState === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sessionState" }, message: "must have required property 'sessionState'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.sessionState = true;
      props0.messages = true;
      props0.requestAttributes = true;
    }
    if (data.sessionState !== void 0) {
      let data3 = data.sessionState;
      if (!validate21(data3, { instancePath: instancePath + "/sessionState", parentData: data, parentDataProperty: "sessionState", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
      const _errs13 = errors;
      let valid6 = true;
      const _errs14 = errors;
      if (errors === _errs14) {
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
          let missing3;
          if (data3.dialogAction === void 0 && (missing3 = "dialogAction")) {
            const err10 = {};
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          } else {
            if (data3.dialogAction !== void 0) {
              let data4 = data3.dialogAction;
              const _errs16 = errors;
              if (errors === _errs16) {
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                  let missing4;
                  if (data4.type === void 0 && (missing4 = "type")) {
                    const err11 = {};
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  } else {
                    if (data4.type !== void 0) {
                      let data5 = data4.type;
                      if (!(data5 === "Close" || data5 === "ConfirmIntent" || data5 === "ElicitSlot")) {
                        const err12 = {};
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err13 = {};
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
            }
          }
        } else {
          const err14 = {};
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
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
          if (data3.intent === void 0) {
            const err15 = { instancePath: instancePath + "/sessionState", schemaPath: "#/properties/sessionState/then/required", keyword: "required", params: { missingProperty: "intent" }, message: "must have required property 'intent'" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
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
        const err16 = { instancePath: instancePath + "/sessionState", schemaPath: "#/properties/sessionState/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.dialogAction === void 0) {
          const err17 = { instancePath: instancePath + "/sessionState", schemaPath: "#/properties/sessionState/required", keyword: "required", params: { missingProperty: "dialogAction" }, message: "must have required property 'dialogAction'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (props1 !== true) {
          props1 = props1 || {};
          props1.dialogAction = true;
          props1.intent = true;
        }
        if (data3.dialogAction !== void 0) {
          let data6 = data3.dialogAction;
          const _errs23 = errors;
          let valid11 = true;
          const _errs24 = errors;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.type !== void 0) {
              if ("ElicitSlot" !== data6.type) {
                const err18 = {};
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
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
              if (data6.slotToElicit === void 0) {
                const err19 = { instancePath: instancePath + "/sessionState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/then/required", keyword: "required", params: { missingProperty: "slotToElicit" }, message: "must have required property 'slotToElicit'" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
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
            const err20 = { instancePath: instancePath + "/sessionState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.type === void 0) {
              const err21 = { instancePath: instancePath + "/sessionState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (props2 !== true) {
              props2 = props2 || {};
              props2.type = true;
              props2.slotToElicit = true;
              props2.slotElicitationStyle = true;
              props2.subSlotToElicit = true;
            }
            if (data6.type !== void 0) {
              let data8 = data6.type;
              if (!(data8 === "Close" || data8 === "ConfirmIntent" || data8 === "Delegate" || data8 === "ElicitIntent" || data8 === "ElicitSlot" || data8 === "None")) {
                const err22 = { instancePath: instancePath + "/sessionState/dialogAction/type", schemaPath: "#/$defs/LexV2DialogAction/properties/type/enum", keyword: "enum", params: { allowedValues: schema35.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data6.slotToElicit !== void 0) {
              if (typeof data6.slotToElicit !== "string") {
                const err23 = { instancePath: instancePath + "/sessionState/dialogAction/slotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data6.slotElicitationStyle !== void 0) {
              let data10 = data6.slotElicitationStyle;
              if (!(data10 === "Default" || data10 === "SpellByLetter" || data10 === "SpellByWord")) {
                const err24 = { instancePath: instancePath + "/sessionState/dialogAction/slotElicitationStyle", schemaPath: "#/$defs/LexV2DialogAction/properties/slotElicitationStyle/enum", keyword: "enum", params: { allowedValues: schema35.properties.slotElicitationStyle.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data6.subSlotToElicit !== void 0) {
              let data11 = data6.subSlotToElicit;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.name !== void 0) {
                  if (typeof data11.name !== "string") {
                    const err25 = { instancePath: instancePath + "/sessionState/dialogAction/subSlotToElicit/name", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data11.subSlotToElicit !== void 0) {
                  let data13 = data11.subSlotToElicit;
                  if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                  } else {
                    const err26 = { instancePath: instancePath + "/sessionState/dialogAction/subSlotToElicit/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/sessionState/dialogAction/subSlotToElicit", schemaPath: "#/$defs/LexV2DialogAction/properties/subSlotToElicit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/sessionState/dialogAction", schemaPath: "#/$defs/LexV2DialogAction/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data3.intent !== void 0) {
          if (!validate22(data3.intent, { instancePath: instancePath + "/sessionState/intent", parentData: data3, parentDataProperty: "intent", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/sessionState", schemaPath: "#/properties/sessionState/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.messages !== void 0) {
      let data15 = data.messages;
      if (Array.isArray(data15)) {
        const len0 = data15.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data16 = data15[i0];
          const _errs44 = errors;
          let valid18 = true;
          const _errs45 = errors;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.contentType !== void 0) {
              if ("ImageResponseCard" !== data16.contentType) {
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
              if (data16.imageResponseCard === void 0) {
                const err31 = { instancePath: instancePath + "/messages/" + i0, schemaPath: "#/$defs/LexV2Message/then/required", keyword: "required", params: { missingProperty: "imageResponseCard" }, message: "must have required property 'imageResponseCard'" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            var _valid3 = _errs47 === errors;
            valid18 = _valid3;
            if (valid18) {
              var props3 = {};
              props3.imageResponseCard = true;
              props3.contentType = true;
            }
            ifClause0 = "then";
          } else {
            const _errs48 = errors;
            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
              if (data16.content === void 0) {
                const err32 = { instancePath: instancePath + "/messages/" + i0, schemaPath: "#/$defs/LexV2Message/else/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property 'content'" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            var _valid3 = _errs48 === errors;
            valid18 = _valid3;
            if (valid18) {
              if (props3 !== true) {
                props3 = props3 || {};
                props3.content = true;
              }
            }
            ifClause0 = "else";
          }
          if (!valid18) {
            const err33 = { instancePath: instancePath + "/messages/" + i0, schemaPath: "#/$defs/LexV2Message/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.contentType === void 0) {
              const err34 = { instancePath: instancePath + "/messages/" + i0, schemaPath: "#/$defs/LexV2Message/required", keyword: "required", params: { missingProperty: "contentType" }, message: "must have required property 'contentType'" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (props3 !== true) {
              props3 = props3 || {};
              props3.contentType = true;
              props3.content = true;
              props3.imageResponseCard = true;
            }
            if (data16.contentType !== void 0) {
              let data18 = data16.contentType;
              if (!(data18 === "CustomPayload" || data18 === "ImageResponseCard" || data18 === "PlainText" || data18 === "SSML")) {
                const err35 = { instancePath: instancePath + "/messages/" + i0 + "/contentType", schemaPath: "#/$defs/LexV2Message/properties/contentType/enum", keyword: "enum", params: { allowedValues: schema41.properties.contentType.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data16.content !== void 0) {
              if (typeof data16.content !== "string") {
                const err36 = { instancePath: instancePath + "/messages/" + i0 + "/content", schemaPath: "#/$defs/LexV2Message/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data16.imageResponseCard !== void 0) {
              let data20 = data16.imageResponseCard;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.title === void 0) {
                  const err37 = { instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data20.title !== void 0) {
                  if (typeof data20.title !== "string") {
                    const err38 = { instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/title", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data20.subtitle !== void 0) {
                  if (typeof data20.subtitle !== "string") {
                    const err39 = { instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/subtitle", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/subtitle/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data20.imageUrl !== void 0) {
                  if (typeof data20.imageUrl !== "string") {
                    const err40 = { instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/imageUrl", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/imageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data20.buttons !== void 0) {
                  let data24 = data20.buttons;
                  if (Array.isArray(data24)) {
                    const len1 = data24.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data25 = data24[i1];
                      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                        if (data25.text === void 0) {
                          const err41 = { instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/buttons/" + i1, schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/buttons/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                          if (vErrors === null) {
                            vErrors = [err41];
                          } else {
                            vErrors.push(err41);
                          }
                          errors++;
                        }
                        if (data25.value === void 0) {
                          const err42 = { instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/buttons/" + i1, schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/buttons/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                          if (vErrors === null) {
                            vErrors = [err42];
                          } else {
                            vErrors.push(err42);
                          }
                          errors++;
                        }
                        if (data25.text !== void 0) {
                          if (typeof data25.text !== "string") {
                            const err43 = { instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/buttons/" + i1 + "/text", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/buttons/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err43];
                            } else {
                              vErrors.push(err43);
                            }
                            errors++;
                          }
                        }
                        if (data25.value !== void 0) {
                          if (typeof data25.value !== "string") {
                            const err44 = { instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/buttons/" + i1 + "/value", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/buttons/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err44];
                            } else {
                              vErrors.push(err44);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err45 = { instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/buttons/" + i1, schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/buttons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard/buttons", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/properties/buttons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
              } else {
                const err47 = { instancePath: instancePath + "/messages/" + i0 + "/imageResponseCard", schemaPath: "#/$defs/LexV2Message/properties/imageResponseCard/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/messages/" + i0, schemaPath: "#/$defs/LexV2Message/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.requestAttributes !== void 0) {
      let data28 = data.requestAttributes;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        for (const key0 in data28) {
          if (typeof data28[key0] !== "string") {
            const err50 = { instancePath: instancePath + "/requestAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV2StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/requestAttributes", schemaPath: "#/$defs/LexV2StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": false };
var branch0_0 = validate30;
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
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": { "shape": true, "value": true, "values": true, "subSlots": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate33;
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
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
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "dynamicProps": false, "dynamicItems": false };

// lex.v2.result.all.entry.ts
var branches = {
  "#/$defs/LexV2Slots/additionalProperties/anyOf": [branch0_0, branch0_1]
};
export {
  branches,
  validateAll
};
