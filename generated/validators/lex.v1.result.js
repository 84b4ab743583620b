// Generated from schemas/lex/v1.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lex.v1.result.strict.standalone.js
var lex_v1_result_strict_standalone_default = validate20;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dialogActionType === void 0 && (missing0 = "dialogActionType")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.intentName !== void 0) {
          const _errs1 = errors;
          if (typeof data.intentName !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/intentName", schemaPath: "#/properties/intentName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.checkpointLabel !== void 0) {
            const _errs3 = errors;
            if (typeof data.checkpointLabel !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/checkpointLabel", schemaPath: "#/properties/checkpointLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.slots !== void 0) {
              let data2 = data.slots;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  for (const key0 in data2) {
                    let data3 = data2[key0];
                    const _errs9 = errors;
                    if (typeof data3 !== "string" && data3 !== null) {
                      validate21.errors = [{ instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1Slots/additionalProperties/type", keyword: "type", params: { type: schema34.additionalProperties.type }, message: "must be string,null" }];
                      return false;
                    }
                    var valid2 = _errs9 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/slots", schemaPath: "#/$defs/LexV1Slots/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.confirmationStatus !== void 0) {
                let data4 = data.confirmationStatus;
                const _errs11 = errors;
                if (!(data4 === "None" || data4 === "Confirmed" || data4 === "Denied")) {
                  validate21.errors = [{ instancePath: instancePath + "/confirmationStatus", schemaPath: "#/$defs/LexV1ConfirmationStatus/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid0 = _errs11 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.dialogActionType !== void 0) {
                  let data5 = data.dialogActionType;
                  const _errs13 = errors;
                  if (!(data5 === "ElicitIntent" || data5 === "ElicitSlot" || data5 === "ConfirmIntent" || data5 === "Delegate" || data5 === "Close")) {
                    validate21.errors = [{ instancePath: instancePath + "/dialogActionType", schemaPath: "#/$defs/LexV1DialogActionType/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.fulfillmentState !== void 0) {
                    let data6 = data.fulfillmentState;
                    const _errs15 = errors;
                    if (!(data6 === "Fulfilled" || data6 === "Failed" || data6 === "ReadyForFulfillment")) {
                      validate21.errors = [{ instancePath: instancePath + "/fulfillmentState", schemaPath: "#/$defs/LexV1FulfillmentState/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs15 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.slotToElicit !== void 0) {
                      const _errs17 = errors;
                      if (typeof data.slotToElicit !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/slotToElicit", schemaPath: "#/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs17 === errors;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
      let missing0;
      if (data.fulfillmentState === void 0 && (missing0 = "fulfillmentState")) {
        validate23.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
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
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
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
        let missing1;
        if (data.intentName === void 0 && (missing1 = "intentName") || data.slots === void 0 && (missing1 = "slots")) {
          validate23.errors = [{ instancePath, schemaPath: "#/else/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
          return false;
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
          let missing2;
          if (data.intentName === void 0 && (missing2 = "intentName") || data.slots === void 0 && (missing2 = "slots") || data.slotToElicit === void 0 && (missing2 = "slotToElicit")) {
            validate23.errors = [{ instancePath, schemaPath: "#/else/else/then/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
            return false;
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
        const err3 = { instancePath, schemaPath: "#/else/else/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
        validate23.errors = vErrors;
        return false;
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
      const err4 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema' };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
      validate23.errors = vErrors;
      return false;
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
    const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
    validate23.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.type === void 0 && (missing3 = "type")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
        return false;
      } else {
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
          const _errs15 = errors;
          if (!(data3 === "ElicitIntent" || data3 === "ElicitSlot" || data3 === "ConfirmIntent" || data3 === "Delegate" || data3 === "Close")) {
            validate23.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/$defs/LexV1DialogActionType/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid6 = _errs15 === errors;
        } else {
          var valid6 = true;
        }
        if (valid6) {
          if (data.fulfillmentState !== void 0) {
            let data4 = data.fulfillmentState;
            const _errs17 = errors;
            if (!(data4 === "Fulfilled" || data4 === "Failed")) {
              validate23.errors = [{ instancePath: instancePath + "/fulfillmentState", schemaPath: "#/properties/fulfillmentState/enum", keyword: "enum", params: { allowedValues: schema38.properties.fulfillmentState.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid6 = _errs17 === errors;
          } else {
            var valid6 = true;
          }
          if (valid6) {
            if (data.message !== void 0) {
              let data5 = data.message;
              const _errs18 = errors;
              const _errs19 = errors;
              if (errors === _errs19) {
                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                  let missing4;
                  if (data5.contentType === void 0 && (missing4 = "contentType") || data5.content === void 0 && (missing4 = "content")) {
                    validate23.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/$defs/LexV1Message/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                    return false;
                  } else {
                    if (data5.contentType !== void 0) {
                      let data6 = data5.contentType;
                      const _errs21 = errors;
                      if (!(data6 === "PlainText" || data6 === "SSML" || data6 === "CustomPayload")) {
                        validate23.errors = [{ instancePath: instancePath + "/message/contentType", schemaPath: "#/$defs/LexV1Message/properties/contentType/enum", keyword: "enum", params: { allowedValues: schema40.properties.contentType.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid9 = _errs21 === errors;
                    } else {
                      var valid9 = true;
                    }
                    if (valid9) {
                      if (data5.content !== void 0) {
                        const _errs22 = errors;
                        if (typeof data5.content !== "string") {
                          validate23.errors = [{ instancePath: instancePath + "/message/content", schemaPath: "#/$defs/LexV1Message/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid9 = _errs22 === errors;
                      } else {
                        var valid9 = true;
                      }
                    }
                  }
                } else {
                  validate23.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/$defs/LexV1Message/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid6 = _errs18 === errors;
            } else {
              var valid6 = true;
            }
            if (valid6) {
              if (data.intentName !== void 0) {
                const _errs24 = errors;
                if (typeof data.intentName !== "string") {
                  validate23.errors = [{ instancePath: instancePath + "/intentName", schemaPath: "#/properties/intentName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid6 = _errs24 === errors;
              } else {
                var valid6 = true;
              }
              if (valid6) {
                if (data.slots !== void 0) {
                  let data9 = data.slots;
                  const _errs26 = errors;
                  const _errs27 = errors;
                  if (errors === _errs27) {
                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                      for (const key0 in data9) {
                        let data10 = data9[key0];
                        const _errs30 = errors;
                        if (typeof data10 !== "string" && data10 !== null) {
                          validate23.errors = [{ instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1Slots/additionalProperties/type", keyword: "type", params: { type: schema34.additionalProperties.type }, message: "must be string,null" }];
                          return false;
                        }
                        var valid11 = _errs30 === errors;
                        if (!valid11) {
                          break;
                        }
                      }
                    } else {
                      validate23.errors = [{ instancePath: instancePath + "/slots", schemaPath: "#/$defs/LexV1Slots/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid6 = _errs26 === errors;
                } else {
                  var valid6 = true;
                }
                if (valid6) {
                  if (data.slotToElicit !== void 0) {
                    const _errs32 = errors;
                    if (typeof data.slotToElicit !== "string") {
                      validate23.errors = [{ instancePath: instancePath + "/slotToElicit", schemaPath: "#/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid6 = _errs32 === errors;
                  } else {
                    var valid6 = true;
                  }
                  if (valid6) {
                    if (data.responseCard !== void 0) {
                      let data12 = data.responseCard;
                      const _errs34 = errors;
                      const _errs35 = errors;
                      if (errors === _errs35) {
                        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                          let missing5;
                          if (data12.contentType === void 0 && (missing5 = "contentType") || data12.genericAttachments === void 0 && (missing5 = "genericAttachments")) {
                            validate23.errors = [{ instancePath: instancePath + "/responseCard", schemaPath: "#/$defs/LexV1ResponseCard/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                            return false;
                          } else {
                            if (data12.version !== void 0) {
                              let data13 = data12.version;
                              const _errs37 = errors;
                              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13)) && typeof data13 !== "string") {
                                validate23.errors = [{ instancePath: instancePath + "/responseCard/version", schemaPath: "#/$defs/LexV1ResponseCard/properties/version/type", keyword: "type", params: { type: schema42.properties.version.type }, message: "must be integer,string" }];
                                return false;
                              }
                              var valid13 = _errs37 === errors;
                            } else {
                              var valid13 = true;
                            }
                            if (valid13) {
                              if (data12.contentType !== void 0) {
                                const _errs39 = errors;
                                if ("application/vnd.amazonaws.card.generic" !== data12.contentType) {
                                  validate23.errors = [{ instancePath: instancePath + "/responseCard/contentType", schemaPath: "#/$defs/LexV1ResponseCard/properties/contentType/const", keyword: "const", params: { allowedValue: "application/vnd.amazonaws.card.generic" }, message: "must be equal to constant" }];
                                  return false;
                                }
                                var valid13 = _errs39 === errors;
                              } else {
                                var valid13 = true;
                              }
                              if (valid13) {
                                if (data12.genericAttachments !== void 0) {
                                  let data15 = data12.genericAttachments;
                                  const _errs40 = errors;
                                  if (errors === _errs40) {
                                    if (Array.isArray(data15)) {
                                      var valid14 = true;
                                      const len0 = data15.length;
                                      for (let i0 = 0; i0 < len0; i0++) {
                                        let data16 = data15[i0];
                                        const _errs42 = errors;
                                        if (errors === _errs42) {
                                          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                            if (data16.title !== void 0) {
                                              const _errs44 = errors;
                                              if (typeof data16.title !== "string") {
                                                validate23.errors = [{ instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/title", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid15 = _errs44 === errors;
                                            } else {
                                              var valid15 = true;
                                            }
                                            if (valid15) {
                                              if (data16.subTitle !== void 0) {
                                                const _errs46 = errors;
                                                if (typeof data16.subTitle !== "string") {
                                                  validate23.errors = [{ instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/subTitle", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/subTitle/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid15 = _errs46 === errors;
                                              } else {
                                                var valid15 = true;
                                              }
                                              if (valid15) {
                                                if (data16.imageUrl !== void 0) {
                                                  const _errs48 = errors;
                                                  if (typeof data16.imageUrl !== "string") {
                                                    validate23.errors = [{ instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/imageUrl", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/imageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid15 = _errs48 === errors;
                                                } else {
                                                  var valid15 = true;
                                                }
                                                if (valid15) {
                                                  if (data16.attachmentLinkUrl !== void 0) {
                                                    const _errs50 = errors;
                                                    if (typeof data16.attachmentLinkUrl !== "string") {
                                                      validate23.errors = [{ instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/attachmentLinkUrl", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/attachmentLinkUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid15 = _errs50 === errors;
                                                  } else {
                                                    var valid15 = true;
                                                  }
                                                  if (valid15) {
                                                    if (data16.buttons !== void 0) {
                                                      let data21 = data16.buttons;
                                                      const _errs52 = errors;
                                                      if (errors === _errs52) {
                                                        if (Array.isArray(data21)) {
                                                          var valid16 = true;
                                                          const len1 = data21.length;
                                                          for (let i1 = 0; i1 < len1; i1++) {
                                                            let data22 = data21[i1];
                                                            const _errs54 = errors;
                                                            if (errors === _errs54) {
                                                              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                                let missing6;
                                                                if (data22.text === void 0 && (missing6 = "text") || data22.value === void 0 && (missing6 = "value")) {
                                                                  validate23.errors = [{ instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/buttons/" + i1, schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/buttons/items/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                                  return false;
                                                                } else {
                                                                  if (data22.text !== void 0) {
                                                                    const _errs56 = errors;
                                                                    if (typeof data22.text !== "string") {
                                                                      validate23.errors = [{ instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/buttons/" + i1 + "/text", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/buttons/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid17 = _errs56 === errors;
                                                                  } else {
                                                                    var valid17 = true;
                                                                  }
                                                                  if (valid17) {
                                                                    if (data22.value !== void 0) {
                                                                      const _errs58 = errors;
                                                                      if (typeof data22.value !== "string") {
                                                                        validate23.errors = [{ instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/buttons/" + i1 + "/value", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/buttons/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid17 = _errs58 === errors;
                                                                    } else {
                                                                      var valid17 = true;
                                                                    }
                                                                  }
                                                                }
                                                              } else {
                                                                validate23.errors = [{ instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/buttons/" + i1, schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/buttons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid16 = _errs54 === errors;
                                                            if (!valid16) {
                                                              break;
                                                            }
                                                          }
                                                        } else {
                                                          validate23.errors = [{ instancePath: instancePath + "/responseCard/genericAttachments/" + i0 + "/buttons", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/properties/buttons/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid15 = _errs52 === errors;
                                                    } else {
                                                      var valid15 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate23.errors = [{ instancePath: instancePath + "/responseCard/genericAttachments/" + i0, schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid14 = _errs42 === errors;
                                        if (!valid14) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate23.errors = [{ instancePath: instancePath + "/responseCard/genericAttachments", schemaPath: "#/$defs/LexV1ResponseCard/properties/genericAttachments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid13 = _errs40 === errors;
                                } else {
                                  var valid13 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate23.errors = [{ instancePath: instancePath + "/responseCard", schemaPath: "#/$defs/LexV1ResponseCard/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid6 = _errs34 === errors;
                    } else {
                      var valid6 = true;
                    }
                  }
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dialogAction === void 0 && (missing0 = "dialogAction")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.sessionAttributes !== void 0) {
          let data0 = data.sessionAttributes;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              for (const key0 in data0) {
                const _errs5 = errors;
                if (typeof data0[key0] !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/sessionAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid2 = _errs5 === errors;
                if (!valid2) {
                  break;
                }
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/sessionAttributes", schemaPath: "#/$defs/LexV1StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.recentIntentSummaryView !== void 0) {
            let data2 = data.recentIntentSummaryView;
            const _errs7 = errors;
            if (errors === _errs7) {
              if (Array.isArray(data2)) {
                if (data2.length > 3) {
                  validate20.errors = [{ instancePath: instancePath + "/recentIntentSummaryView", schemaPath: "#/properties/recentIntentSummaryView/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items" }];
                  return false;
                } else {
                  var valid3 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs9 = errors;
                    if (!validate21(data2[i0], { instancePath: instancePath + "/recentIntentSummaryView/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                      errors = vErrors.length;
                    }
                    var valid3 = _errs9 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/recentIntentSummaryView", schemaPath: "#/properties/recentIntentSummaryView/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs7 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.dialogAction !== void 0) {
              const _errs10 = errors;
              if (!validate23(data.dialogAction, { instancePath: instancePath + "/dialogAction", parentData: data, parentDataProperty: "dialogAction", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs10 === errors;
            } else {
              var valid0 = true;
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
validate20.evaluated = { "props": { "sessionAttributes": true, "recentIntentSummaryView": true, "dialogAction": true }, "dynamicProps": false, "dynamicItems": false };

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

// lex.v1.result.strict.entry.ts
withStandardSchema(lex_v1_result_strict_standalone_default, "lex.v1.result");
export {
  lex_v1_result_strict_standalone_default as default,
  lex_v1_result_strict_standalone_default as validate
};
