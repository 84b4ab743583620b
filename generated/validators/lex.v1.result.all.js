// Generated from schemas/lex/v1.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lex.v1.result.all.standalone.js
var validateAll = validate20;
var schema34 = { "type": "object", "additionalProperties": { "type": ["string", "null"] } };
var schema35 = { "enum": ["None", "Confirmed", "Denied"] };
var schema36 = { "enum": ["ElicitIntent", "ElicitSlot", "ConfirmIntent", "Delegate", "Close"] };
var schema37 = { "enum": ["Fulfilled", "Failed", "ReadyForFulfillment"] };
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
            const err3 = { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1Slots/additionalProperties/type", keyword: "type", params: { type: schema34.additionalProperties.type }, message: "must be string,null" };
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
        const err5 = { instancePath: instancePath + "/confirmationStatus", schemaPath: "#/$defs/LexV1ConfirmationStatus/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values" };
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
        const err6 = { instancePath: instancePath + "/dialogActionType", schemaPath: "#/$defs/LexV1DialogActionType/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
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
        const err7 = { instancePath: instancePath + "/fulfillmentState", schemaPath: "#/$defs/LexV1FulfillmentState/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values" };
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
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "intentName": true, "checkpointLabel": true, "slots": true, "confirmationStatus": true, "dialogActionType": true, "fulfillmentState": true, "slotToElicit": true }, "dynamicProps": false, "dynamicItems": false };
var schema38 = { "type": "object", "required": ["type"], "properties": { "type": { "$ref": "#/$defs/LexV1DialogActionType" }, "fulfillmentState": { "enum": ["Fulfilled", "Failed"] }, "message": { "$ref": "#/$defs/LexV1Message" }, "intentName": { "type": "string" }, "slots": { "$ref": "#/$defs/LexV1Slots" }, "slotToElicit": { "type": "string" }, "responseCard": { "$ref": "#/$defs/LexV1ResponseCard" } }, "if": { "properties": { "type": { "const": "Close" } } }, "then": { "required": ["fulfillmentState"], "properties": { "fulfillmentState": true } }, "else": { "if": { "properties": { "type": { "const": "ConfirmIntent" } } }, "then": { "required": ["intentName", "slots"], "properties": { "intentName": true, "slots": true } }, "else": { "if": { "properties": { "type": { "const": "ElicitSlot" } } }, "then": { "required": ["intentName", "slots", "slotToElicit"], "properties": { "intentName": true, "slots": true, "slotToElicit": true } } } } };
var schema40 = { "type": "object", "required": ["contentType", "content"], "properties": { "contentType": { "enum": ["PlainText", "SSML", "CustomPayload"] }, "content": { "type": "string" } } };
var schema42 = { "type": "object", "required": ["contentType", "genericAttachments"], "properties": { "version": { "type": ["integer", "string"] }, "contentType": { "const": "application/vnd.amazonaws.card.generic" }, "genericAttachments": { "type": "array", "items": { "type": "object", "properties": { "title": { "type": "string" }, "subTitle": { "type": "string" }, "imageUrl": { "type": "string" }, "attachmentLinkUrl": { "type": "string" }, "buttons": { "type": "array", "items": { "type": "object", "required": ["text", "value"], "properties": { "text": { "type": "string" }, "value": { "type": "string" } } } } } } } } };
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
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("Close" !== data.type) {
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
      if (data.fulfillmentState === void 0) {
        const err1 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "fulfillmentState" }, message: "must have required property 'fulfillmentState'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.fulfillmentState = true;
      props0.type = true;
    }
    ifClause0 = "then";
  } else {
    const _errs5 = errors;
    const _errs6 = errors;
    let valid2 = true;
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("ConfirmIntent" !== data.type) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs7 === errors;
    errors = _errs6;
    if (vErrors !== null) {
      if (_errs6) {
        vErrors.length = _errs6;
      } else {
        vErrors = null;
      }
    }
    let ifClause1;
    if (_valid1) {
      const _errs9 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.intentName === void 0) {
          const err3 = { instancePath, schemaPath: "#/else/then/required", keyword: "required", params: { missingProperty: "intentName" }, message: "must have required property 'intentName'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.slots === void 0) {
          const err4 = { instancePath, schemaPath: "#/else/then/required", keyword: "required", params: { missingProperty: "slots" }, message: "must have required property 'slots'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      var _valid1 = _errs9 === errors;
      valid2 = _valid1;
      if (valid2) {
        var props1 = {};
        props1.intentName = true;
        props1.slots = true;
        props1.type = true;
      }
      ifClause1 = "then";
    } else {
      const _errs10 = errors;
      const _errs11 = errors;
      let valid4 = true;
      const _errs12 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.type !== void 0) {
          if ("ElicitSlot" !== data.type) {
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
      var _valid2 = _errs12 === errors;
      errors = _errs11;
      if (vErrors !== null) {
        if (_errs11) {
          vErrors.length = _errs11;
        } else {
          vErrors = null;
        }
      }
      if (_valid2) {
        const _errs14 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.intentName === void 0) {
            const err6 = { instancePath, schemaPath: "#/else/else/then/required", keyword: "required", params: { missingProperty: "intentName" }, message: "must have required property 'intentName'" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (data.slots === void 0) {
            const err7 = { instancePath, schemaPath: "#/else/else/then/required", keyword: "required", params: { missingProperty: "slots" }, message: "must have required property 'slots'" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data.slotToElicit === void 0) {
            const err8 = { instancePath, schemaPath: "#/else/else/then/required", keyword: "required", params: { missingProperty: "slotToElicit" }, message: "must have required property 'slotToElicit'" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        var _valid2 = _errs14 === errors;
        valid4 = _valid2;
        if (valid4) {
          var props2 = {};
          props2.intentName = true;
          props2.slots = true;
          props2.slotToElicit = true;
          props2.type = true;
        }
      }
      if (!valid4) {
        const err9 = { instancePath, schemaPath: "#/else/else/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid1 = _errs10 === errors;
      valid2 = _valid1;
      if (valid2) {
        if (props1 !== true && props2 !== void 0) {
          if (props2 === true) {
            props1 = true;
          } else {
            props1 = props1 || {};
            Object.assign(props1, props2);
          }
        }
      }
      ifClause1 = "else";
    }
    if (!valid2) {
      const err10 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema' };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true && props1 !== void 0) {
        if (props1 === true) {
          props0 = true;
        } else {
          props0 = props0 || {};
          Object.assign(props0, props1);
        }
      }
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err11 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.type = true;
      props0.fulfillmentState = true;
      props0.message = true;
      props0.intentName = true;
      props0.slots = true;
      props0.slotToElicit = true;
      props0.responseCard = true;
    }
    if (data.type !== void 0) {
      let data3 = data.type;
      if (!(data3 === "ElicitIntent" || data3 === "ElicitSlot" || data3 === "ConfirmIntent" || data3 === "Delegate" || data3 === "Close")) {
        const err13 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/LexV1DialogActionType/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.fulfillmentState !== void 0) {
      let data4 = data.fulfillmentState;
      if (!(data4 === "Fulfilled" || data4 === "Failed")) {
        const err14 = { instancePath: instancePath + "/fulfillmentState", schemaPath: "#/properties/fulfillmentState/enum", keyword: "enum", params: { allowedValues: schema38.properties.fulfillmentState.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data5 = data.message;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.contentType === void 0) {
          const err15 = { instancePath: instancePath + "/message", schemaPath: "#/$defs/LexV1Message/required", keyword: "required", params: { missingProperty: "contentType" }, message: "must have required property 'contentType'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data5.content === void 0) {
          const err16 = { instancePath: instancePath + "/message", schemaPath: "#/$defs/LexV1Message/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property 'content'" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data5.contentType !== void 0) {
          let data6 = data5.contentType;
          if (!(data6 === "PlainText" || data6 === "SSML" || data6 === "CustomPayload")) {
            const err17 = { instancePath: instancePath + "/message/contentType", schemaPath: "#/$defs/LexV1Message/properties/contentType/enum", keyword: "enum", params: { allowedValues: schema40.properties.contentType.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data5.content !== void 0) {
          if (typeof data5.content !== "string") {
            const err18 = { instancePath: instancePath + "/message/content", schemaPath: "#/$defs/LexV1Message/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/message", schemaPath: "#/$defs/LexV1Message/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.intentName !== void 0) {
      if (typeof data.intentName !== "string") {
        const err20 = { instancePath: instancePath + "/intentName", schemaPath: "#/properties/intentName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.slots !== void 0) {
      let data9 = data.slots;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key0 in data9) {
          let data10 = data9[key0];
          if (typeof data10 !== "string" && data10 !== null) {
            const err21 = { instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1Slots/additionalProperties/type", keyword: "type", params: { type: schema34.additionalProperties.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/slots", schemaPath: "#/$defs/LexV1Slots/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.slotToElicit !== void 0) {
      if (typeof data.slotToElicit !== "string") {
        const err23 = { instancePath: instancePath + "/slotToElicit", schemaPath: "#/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.responseCard !== void 0) {
      let data12 = data.responseCard;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.contentType === void 0) {
          const err24 = { instancePath: instancePath + "/responseCard", schemaPath: "#/$defs/LexV1ResponseCard/required", keyword: "required", params: { missingProperty: "contentType" }, message: "must have required property 'contentType'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data12.genericAttachments === void 0) {
          const err25 = { instancePath: instancePath + "/responseCard", schemaPath: "#/$defs/LexV1ResponseCard/required", keyword: "required", params: { missingProperty: "genericAttachments" }, message: "must have required property 'genericAttachments'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data12.version !== void 0) {
          let data13 = data12.version;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13)) && typeof data13 !== "string") {
            const err26 = { instancePath: instancePath + "/responseCard/version", schemaPath: "#/$defs/LexV1ResponseCard/properties/version/type", keyword: "type", params: { type: schema42.properties.version.type }, message: "must be integer,string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data12.contentType !== void 0) {
          if ("application/vnd.amazonaws.card.generic" !== data12.contentType) {
            const err27 = { instancePath: instancePath + "/responseCard/contentType", schemaPath: "#/$defs/LexV1ResponseCard/properties/contentType/const", keyword: "const", params: { allowedValue: "application/vnd.amazonaws.card.generic" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data12.genericAttachments !== void 0) {
          let data15 = data12.genericAttachments;
          if (Array.isArray(data15)) {
            const len0 = data15.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data16 = data15[i0];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.title !== void 0) {
                  if (typeof data16.title !== "string") {
                    const err28 = { instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/title", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data16.subTitle !== void 0) {
                  if (typeof data16.subTitle !== "string") {
                    const err29 = { instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/subTitle", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/subTitle/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data16.imageUrl !== void 0) {
                  if (typeof data16.imageUrl !== "string") {
                    const err30 = { instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/imageUrl", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/imageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data16.attachmentLinkUrl !== void 0) {
                  if (typeof data16.attachmentLinkUrl !== "string") {
                    const err31 = { instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/attachmentLinkUrl", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/attachmentLinkUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data16.buttons !== void 0) {
                  let data21 = data16.buttons;
                  if (Array.isArray(data21)) {
                    const len1 = data21.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data22 = data21[i1];
                      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                        if (data22.text === void 0) {
                          const err32 = { instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/buttons/" + i1, schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/buttons/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                          if (vErrors === null) {
                            vErrors = [err32];
                          } else {
                            vErrors.push(err32);
                          }
                          errors++;
                        }
                        if (data22.value === void 0) {
                          const err33 = { instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/buttons/" + i1, schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/buttons/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                          if (vErrors === null) {
                            vErrors = [err33];
                          } else {
                            vErrors.push(err33);
                          }
                          errors++;
                        }
                        if (data22.text !== void 0) {
                          if (typeof data22.text !== "string") {
                            const err34 = { instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/buttons/" + i1 + "/text", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/buttons/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err34];
                            } else {
                              vErrors.push(err34);
                            }
                            errors++;
                          }
                        }
                        if (data22.value !== void 0) {
                          if (typeof data22.value !== "string") {
                            const err35 = { instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/buttons/" + i1 + "/value", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/buttons/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err35];
                            } else {
                              vErrors.push(err35);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err36 = { instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/buttons/" + i1, schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/buttons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/buttons", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/buttons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/responseCard/genericAttachments/" + i0, schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/responseCard/genericAttachments", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/responseCard", schemaPath: "#/$defs/LexV1ResponseCard/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate23.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate23.evaluated = { "dynamicProps": true, "dynamicItems": false };
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
    if (data.dialogAction === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dialogAction" }, message: "must have required property 'dialogAction'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sessionAttributes !== void 0) {
      let data0 = data.sessionAttributes;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key0 in data0) {
          if (typeof data0[key0] !== "string") {
            const err1 = { instancePath: instancePath + "/sessionAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/sessionAttributes", schemaPath: "#/$defs/LexV1StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.recentIntentSummaryView !== void 0) {
      let data2 = data.recentIntentSummaryView;
      if (Array.isArray(data2)) {
        if (data2.length > 3) {
          const err3 = { instancePath: instancePath + "/recentIntentSummaryView", schemaPath: "#/properties/recentIntentSummaryView/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data2[i0], { instancePath: instancePath + "/recentIntentSummaryView/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/recentIntentSummaryView", schemaPath: "#/properties/recentIntentSummaryView/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.dialogAction !== void 0) {
      if (!validate23(data.dialogAction, { instancePath: instancePath + "/dialogAction", parentData: data, parentDataProperty: "dialogAction", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
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
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "sessionAttributes": true, "recentIntentSummaryView": true, "dialogAction": true }, "dynamicProps": false, "dynamicItems": false };

// lex.v1.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
