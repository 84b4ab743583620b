// Generated from schemas/lex/v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lex.v1.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:lex.v1", "type": "object", "required": ["currentIntent", "bot", "userId", "invocationSource", "outputDialogMode", "messageVersion"], "properties": { "currentIntent": { "$ref": "#/$defs/LexV1CurrentIntent" }, "bot": { "type": "object", "required": ["name", "alias", "version"], "properties": { "name": { "type": "string" }, "alias": { "type": "string" }, "version": { "type": "string" } } }, "userId": { "type": "string" }, "inputTranscript": { "type": "string" }, "invocationSource": { "enum": ["DialogCodeHook", "FulfillmentCodeHook"] }, "outputDialogMode": { "enum": ["Text", "Voice"] }, "messageVersion": { "const": "1.0" }, "sessionAttributes": { "$ref": "#/$defs/LexV1StringMap" }, "requestAttributes": { "anyOf": [{ "$ref": "#/$defs/LexV1StringMap" }, { "type": "null" }] }, "recentIntentSummaryView": { "type": "array", "items": { "$ref": "#/$defs/LexV1IntentSummary" } }, "sentimentResponse": { "type": "object", "properties": { "sentimentLabel": { "type": "string" }, "sentimentScore": { "type": "string" } } } }, "$defs": { "LexV1ConfirmationStatus": { "enum": ["None", "Confirmed", "Denied"] }, "LexV1CurrentIntent": { "type": "object", "required": ["name", "slots", "confirmationStatus"], "properties": { "name": { "type": "string" }, "slots": { "$ref": "#/$defs/LexV1Slots" }, "slotDetails": { "type": "object", "additionalProperties": { "type": "object", "properties": { "resolutions": { "type": "array", "items": { "type": "object", "required": ["value"], "properties": { "value": { "type": "string" } } } }, "originalValue": { "type": "string" } } } }, "confirmationStatus": { "$ref": "#/$defs/LexV1ConfirmationStatus" } } }, "LexV1DialogActionType": { "enum": ["ElicitIntent", "ElicitSlot", "ConfirmIntent", "Delegate", "Close"] }, "LexV1FulfillmentState": { "enum": ["Fulfilled", "Failed", "ReadyForFulfillment"] }, "LexV1IntentSummary": { "type": "object", "required": ["dialogActionType"], "properties": { "intentName": { "type": "string" }, "checkpointLabel": { "type": "string" }, "slots": { "$ref": "#/$defs/LexV1Slots" }, "confirmationStatus": { "$ref": "#/$defs/LexV1ConfirmationStatus" }, "dialogActionType": { "$ref": "#/$defs/LexV1DialogActionType" }, "fulfillmentState": { "$ref": "#/$defs/LexV1FulfillmentState" }, "slotToElicit": { "type": "string" } } }, "LexV1Slots": { "type": "object", "additionalProperties": { "type": ["string", "null"] } }, "LexV1StringMap": { "type": "object", "additionalProperties": { "type": "string" } } } };
var schema33 = { "type": "object", "additionalProperties": { "type": ["string", "null"] } };
var schema34 = { "enum": ["None", "Confirmed", "Denied"] };
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
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.slots === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "slots" }, message: "must have required property 'slots'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.confirmationStatus === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "confirmationStatus" }, message: "must have required property 'confirmationStatus'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.slots !== void 0) {
      let data1 = data.slots;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key0 in data1) {
          let data2 = data1[key0];
          if (typeof data2 !== "string" && data2 !== null) {
            const err4 = { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1Slots/additionalProperties/type", keyword: "type", params: { type: schema33.additionalProperties.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/slots", schemaPath: "#/$defs/LexV1Slots/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.slotDetails !== void 0) {
      let data3 = data.slotDetails;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.resolutions !== void 0) {
              let data5 = data4.resolutions;
              if (Array.isArray(data5)) {
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data6 = data5[i0];
                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    if (data6.value === void 0) {
                      const err6 = { instancePath: instancePath + "/slotDetails/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions/" + i0, schemaPath: "#/properties/slotDetails/additionalProperties/properties/resolutions/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                    if (data6.value !== void 0) {
                      if (typeof data6.value !== "string") {
                        const err7 = { instancePath: instancePath + "/slotDetails/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions/" + i0 + "/value", schemaPath: "#/properties/slotDetails/additionalProperties/properties/resolutions/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err7];
                        } else {
                          vErrors.push(err7);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err8 = { instancePath: instancePath + "/slotDetails/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions/" + i0, schemaPath: "#/properties/slotDetails/additionalProperties/properties/resolutions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
              } else {
                const err9 = { instancePath: instancePath + "/slotDetails/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions", schemaPath: "#/properties/slotDetails/additionalProperties/properties/resolutions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data4.originalValue !== void 0) {
              if (typeof data4.originalValue !== "string") {
                const err10 = { instancePath: instancePath + "/slotDetails/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/originalValue", schemaPath: "#/properties/slotDetails/additionalProperties/properties/originalValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/slotDetails/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/slotDetails/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/slotDetails", schemaPath: "#/properties/slotDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.confirmationStatus !== void 0) {
      let data9 = data.confirmationStatus;
      if (!(data9 === "None" || data9 === "Confirmed" || data9 === "Denied")) {
        const err13 = { instancePath: instancePath + "/confirmationStatus", schemaPath: "#/$defs/LexV1ConfirmationStatus/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "name": true, "slots": true, "slotDetails": true, "confirmationStatus": true }, "dynamicProps": false, "dynamicItems": false };
var schema40 = { "enum": ["ElicitIntent", "ElicitSlot", "ConfirmIntent", "Delegate", "Close"] };
var schema41 = { "enum": ["Fulfilled", "Failed", "ReadyForFulfillment"] };
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
    if (data.dialogActionType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dialogActionType" }, message: "must have required property 'dialogActionType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.intentName !== void 0) {
      if (typeof data.intentName !== "string") {
        const err1 = { instancePath: instancePath + "/intentName", schemaPath: "#/properties/intentName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.checkpointLabel !== void 0) {
      if (typeof data.checkpointLabel !== "string") {
        const err2 = { instancePath: instancePath + "/checkpointLabel", schemaPath: "#/properties/checkpointLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.slots !== void 0) {
      let data2 = data.slots;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          let data3 = data2[key0];
          if (typeof data3 !== "string" && data3 !== null) {
            const err3 = { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1Slots/additionalProperties/type", keyword: "type", params: { type: schema33.additionalProperties.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/slots", schemaPath: "#/$defs/LexV1Slots/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.confirmationStatus !== void 0) {
      let data4 = data.confirmationStatus;
      if (!(data4 === "None" || data4 === "Confirmed" || data4 === "Denied")) {
        const err5 = { instancePath: instancePath + "/confirmationStatus", schemaPath: "#/$defs/LexV1ConfirmationStatus/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.dialogActionType !== void 0) {
      let data5 = data.dialogActionType;
      if (!(data5 === "ElicitIntent" || data5 === "ElicitSlot" || data5 === "ConfirmIntent" || data5 === "Delegate" || data5 === "Close")) {
        const err6 = { instancePath: instancePath + "/dialogActionType", schemaPath: "#/$defs/LexV1DialogActionType/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.fulfillmentState !== void 0) {
      let data6 = data.fulfillmentState;
      if (!(data6 === "Fulfilled" || data6 === "Failed" || data6 === "ReadyForFulfillment")) {
        const err7 = { instancePath: instancePath + "/fulfillmentState", schemaPath: "#/$defs/LexV1FulfillmentState/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.slotToElicit !== void 0) {
      if (typeof data.slotToElicit !== "string") {
        const err8 = { instancePath: instancePath + "/slotToElicit", schemaPath: "#/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "intentName": true, "checkpointLabel": true, "slots": true, "confirmationStatus": true, "dialogActionType": true, "fulfillmentState": true, "slotToElicit": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.currentIntent === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currentIntent" }, message: "must have required property 'currentIntent'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.bot === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bot" }, message: "must have required property 'bot'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.userId === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "userId" }, message: "must have required property 'userId'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.invocationSource === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "invocationSource" }, message: "must have required property 'invocationSource'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.outputDialogMode === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputDialogMode" }, message: "must have required property 'outputDialogMode'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.messageVersion === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "messageVersion" }, message: "must have required property 'messageVersion'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.currentIntent !== void 0) {
      if (!validate21(data.currentIntent, { instancePath: instancePath + "/currentIntent", parentData: data, parentDataProperty: "currentIntent", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.bot !== void 0) {
      let data1 = data.bot;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err6 = { instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.alias === void 0) {
          const err7 = { instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/required", keyword: "required", params: { missingProperty: "alias" }, message: "must have required property 'alias'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err8 = { instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1.name !== void 0) {
          if (typeof data1.name !== "string") {
            const err9 = { instancePath: instancePath + "/bot/name", schemaPath: "#/properties/bot/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.alias !== void 0) {
          if (typeof data1.alias !== "string") {
            const err10 = { instancePath: instancePath + "/bot/alias", schemaPath: "#/properties/bot/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          if (typeof data1.version !== "string") {
            const err11 = { instancePath: instancePath + "/bot/version", schemaPath: "#/properties/bot/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.userId !== void 0) {
      if (typeof data.userId !== "string") {
        const err13 = { instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.inputTranscript !== void 0) {
      if (typeof data.inputTranscript !== "string") {
        const err14 = { instancePath: instancePath + "/inputTranscript", schemaPath: "#/properties/inputTranscript/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.invocationSource !== void 0) {
      let data7 = data.invocationSource;
      if (!(data7 === "DialogCodeHook" || data7 === "FulfillmentCodeHook")) {
        const err15 = { instancePath: instancePath + "/invocationSource", schemaPath: "#/properties/invocationSource/enum", keyword: "enum", params: { allowedValues: schema31.properties.invocationSource.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.outputDialogMode !== void 0) {
      let data8 = data.outputDialogMode;
      if (!(data8 === "Text" || data8 === "Voice")) {
        const err16 = { instancePath: instancePath + "/outputDialogMode", schemaPath: "#/properties/outputDialogMode/enum", keyword: "enum", params: { allowedValues: schema31.properties.outputDialogMode.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.messageVersion !== void 0) {
      if ("1.0" !== data.messageVersion) {
        const err17 = { instancePath: instancePath + "/messageVersion", schemaPath: "#/properties/messageVersion/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.sessionAttributes !== void 0) {
      let data10 = data.sessionAttributes;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key0 in data10) {
          if (typeof data10[key0] !== "string") {
            const err18 = { instancePath: instancePath + "/sessionAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/sessionAttributes", schemaPath: "#/$defs/LexV1StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.requestAttributes !== void 0) {
      let data12 = data.requestAttributes;
      const _errs24 = errors;
      let valid4 = false;
      const _errs25 = errors;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key1 in data12) {
          if (typeof data12[key1] !== "string") {
            const err20 = { instancePath: instancePath + "/requestAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/requestAttributes", schemaPath: "#/$defs/LexV1StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid0 = _errs25 === errors;
      valid4 = valid4 || _valid0;
      const _errs31 = errors;
      if (data12 !== null) {
        const err22 = { instancePath: instancePath + "/requestAttributes", schemaPath: "#/properties/requestAttributes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid0 = _errs31 === errors;
      valid4 = valid4 || _valid0;
      if (!valid4) {
        const err23 = { instancePath: instancePath + "/requestAttributes", schemaPath: "#/properties/requestAttributes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      } else {
        errors = _errs24;
        if (vErrors !== null) {
          if (_errs24) {
            vErrors.length = _errs24;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.recentIntentSummaryView !== void 0) {
      let data14 = data.recentIntentSummaryView;
      if (Array.isArray(data14)) {
        const len0 = data14.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate23(data14[i0], { instancePath: instancePath + "/recentIntentSummaryView/" + i0, parentData: data14, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/recentIntentSummaryView", schemaPath: "#/properties/recentIntentSummaryView/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.sentimentResponse !== void 0) {
      let data16 = data.sentimentResponse;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.sentimentLabel !== void 0) {
          if (typeof data16.sentimentLabel !== "string") {
            const err25 = { instancePath: instancePath + "/sentimentResponse/sentimentLabel", schemaPath: "#/properties/sentimentResponse/properties/sentimentLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data16.sentimentScore !== void 0) {
          if (typeof data16.sentimentScore !== "string") {
            const err26 = { instancePath: instancePath + "/sentimentResponse/sentimentScore", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/sentimentResponse", schemaPath: "#/properties/sentimentResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "currentIntent": true, "bot": true, "userId": true, "inputTranscript": true, "invocationSource": true, "outputDialogMode": true, "messageVersion": true, "sessionAttributes": true, "requestAttributes": true, "recentIntentSummaryView": true, "sentimentResponse": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_0 = validate25;
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (typeof data[key0] !== "string") {
        const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate26;
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
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
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "dynamicProps": false, "dynamicItems": false };

// lex.v1.all.entry.ts
var branches = {
  "#/properties/requestAttributes/anyOf": [branch0_0, branch0_1]
};
export {
  branches,
  validateAll
};
