// Generated from schemas/lex/v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lex.v1.strict.standalone.js
var lex_v1_strict_standalone_default = validate20;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.slots === void 0 && (missing0 = "slots") || data.confirmationStatus === void 0 && (missing0 = "confirmationStatus")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.slots !== void 0) {
            let data1 = data.slots;
            const _errs3 = errors;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                for (const key0 in data1) {
                  let data2 = data1[key0];
                  const _errs7 = errors;
                  if (typeof data2 !== "string" && data2 !== null) {
                    validate21.errors = [{ instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1Slots/additionalProperties/type", keyword: "type", params: { type: schema33.additionalProperties.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid2 = _errs7 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/slots", schemaPath: "#/$defs/LexV1Slots/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.slotDetails !== void 0) {
              let data3 = data.slotDetails;
              const _errs9 = errors;
              if (errors === _errs9) {
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                  for (const key1 in data3) {
                    let data4 = data3[key1];
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.resolutions !== void 0) {
                          let data5 = data4.resolutions;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (Array.isArray(data5)) {
                              var valid5 = true;
                              const len0 = data5.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                let data6 = data5[i0];
                                const _errs16 = errors;
                                if (errors === _errs16) {
                                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                    let missing1;
                                    if (data6.value === void 0 && (missing1 = "value")) {
                                      validate21.errors = [{ instancePath: instancePath + "/slotDetails/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions/" + i0, schemaPath: "#/properties/slotDetails/additionalProperties/properties/resolutions/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                      return false;
                                    } else {
                                      if (data6.value !== void 0) {
                                        if (typeof data6.value !== "string") {
                                          validate21.errors = [{ instancePath: instancePath + "/slotDetails/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions/" + i0 + "/value", schemaPath: "#/properties/slotDetails/additionalProperties/properties/resolutions/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                    }
                                  } else {
                                    validate21.errors = [{ instancePath: instancePath + "/slotDetails/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions/" + i0, schemaPath: "#/properties/slotDetails/additionalProperties/properties/resolutions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid5 = _errs16 === errors;
                                if (!valid5) {
                                  break;
                                }
                              }
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/slotDetails/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions", schemaPath: "#/properties/slotDetails/additionalProperties/properties/resolutions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid4 = _errs14 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data4.originalValue !== void 0) {
                            const _errs20 = errors;
                            if (typeof data4.originalValue !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/slotDetails/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/originalValue", schemaPath: "#/properties/slotDetails/additionalProperties/properties/originalValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid4 = _errs20 === errors;
                          } else {
                            var valid4 = true;
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/slotDetails/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/slotDetails/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid3 = _errs12 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/slotDetails", schemaPath: "#/properties/slotDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs9 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.confirmationStatus !== void 0) {
                let data9 = data.confirmationStatus;
                const _errs22 = errors;
                if (!(data9 === "None" || data9 === "Confirmed" || data9 === "Denied")) {
                  validate21.errors = [{ instancePath: instancePath + "/confirmationStatus", schemaPath: "#/$defs/LexV1ConfirmationStatus/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid0 = _errs22 === errors;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dialogActionType === void 0 && (missing0 = "dialogActionType")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.intentName !== void 0) {
          const _errs1 = errors;
          if (typeof data.intentName !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/intentName", schemaPath: "#/properties/intentName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate23.errors = [{ instancePath: instancePath + "/checkpointLabel", schemaPath: "#/properties/checkpointLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate23.errors = [{ instancePath: instancePath + "/slots/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1Slots/additionalProperties/type", keyword: "type", params: { type: schema33.additionalProperties.type }, message: "must be string,null" }];
                      return false;
                    }
                    var valid2 = _errs9 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate23.errors = [{ instancePath: instancePath + "/slots", schemaPath: "#/$defs/LexV1Slots/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                  validate23.errors = [{ instancePath: instancePath + "/confirmationStatus", schemaPath: "#/$defs/LexV1ConfirmationStatus/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" }];
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
                    validate23.errors = [{ instancePath: instancePath + "/dialogActionType", schemaPath: "#/$defs/LexV1DialogActionType/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values" }];
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
                      validate23.errors = [{ instancePath: instancePath + "/fulfillmentState", schemaPath: "#/$defs/LexV1FulfillmentState/enum", keyword: "enum", params: { allowedValues: schema41.enum }, message: "must be equal to one of the allowed values" }];
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
                        validate23.errors = [{ instancePath: instancePath + "/slotToElicit", schemaPath: "#/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.currentIntent === void 0 && (missing0 = "currentIntent") || data.bot === void 0 && (missing0 = "bot") || data.userId === void 0 && (missing0 = "userId") || data.invocationSource === void 0 && (missing0 = "invocationSource") || data.outputDialogMode === void 0 && (missing0 = "outputDialogMode") || data.messageVersion === void 0 && (missing0 = "messageVersion")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.currentIntent !== void 0) {
          const _errs1 = errors;
          if (!validate21(data.currentIntent, { instancePath: instancePath + "/currentIntent", parentData: data, parentDataProperty: "currentIntent", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.bot !== void 0) {
            let data1 = data.bot;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing1;
                if (data1.name === void 0 && (missing1 = "name") || data1.alias === void 0 && (missing1 = "alias") || data1.version === void 0 && (missing1 = "version")) {
                  validate20.errors = [{ instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.name !== void 0) {
                    const _errs4 = errors;
                    if (typeof data1.name !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/bot/name", schemaPath: "#/properties/bot/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs4 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data1.alias !== void 0) {
                      const _errs6 = errors;
                      if (typeof data1.alias !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/bot/alias", schemaPath: "#/properties/bot/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs6 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data1.version !== void 0) {
                        const _errs8 = errors;
                        if (typeof data1.version !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/bot/version", schemaPath: "#/properties/bot/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs8 === errors;
                      } else {
                        var valid1 = true;
                      }
                    }
                  }
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.userId !== void 0) {
              const _errs10 = errors;
              if (typeof data.userId !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                if (data.invocationSource !== void 0) {
                  let data7 = data.invocationSource;
                  const _errs14 = errors;
                  if (!(data7 === "DialogCodeHook" || data7 === "FulfillmentCodeHook")) {
                    validate20.errors = [{ instancePath: instancePath + "/invocationSource", schemaPath: "#/properties/invocationSource/enum", keyword: "enum", params: { allowedValues: schema31.properties.invocationSource.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs14 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.outputDialogMode !== void 0) {
                    let data8 = data.outputDialogMode;
                    const _errs15 = errors;
                    if (!(data8 === "Text" || data8 === "Voice")) {
                      validate20.errors = [{ instancePath: instancePath + "/outputDialogMode", schemaPath: "#/properties/outputDialogMode/enum", keyword: "enum", params: { allowedValues: schema31.properties.outputDialogMode.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs15 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.messageVersion !== void 0) {
                      const _errs16 = errors;
                      if ("1.0" !== data.messageVersion) {
                        validate20.errors = [{ instancePath: instancePath + "/messageVersion", schemaPath: "#/properties/messageVersion/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant" }];
                        return false;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.sessionAttributes !== void 0) {
                        let data10 = data.sessionAttributes;
                        const _errs17 = errors;
                        const _errs18 = errors;
                        if (errors === _errs18) {
                          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                            for (const key0 in data10) {
                              const _errs21 = errors;
                              if (typeof data10[key0] !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/sessionAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs21 === errors;
                              if (!valid3) {
                                break;
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/sessionAttributes", schemaPath: "#/$defs/LexV1StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.requestAttributes !== void 0) {
                          let data12 = data.requestAttributes;
                          const _errs23 = errors;
                          const _errs24 = errors;
                          let valid4 = false;
                          const _errs25 = errors;
                          const _errs26 = errors;
                          if (errors === _errs26) {
                            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                              for (const key1 in data12) {
                                const _errs29 = errors;
                                if (typeof data12[key1] !== "string") {
                                  const err0 = { instancePath: instancePath + "/requestAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/LexV1StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err0];
                                  } else {
                                    vErrors.push(err0);
                                  }
                                  errors++;
                                }
                                var valid6 = _errs29 === errors;
                                if (!valid6) {
                                  break;
                                }
                              }
                            } else {
                              const err1 = { instancePath: instancePath + "/requestAttributes", schemaPath: "#/$defs/LexV1StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                            }
                          }
                          var _valid0 = _errs25 === errors;
                          valid4 = valid4 || _valid0;
                          const _errs31 = errors;
                          if (data12 !== null) {
                            const err2 = { instancePath: instancePath + "/requestAttributes", schemaPath: "#/properties/requestAttributes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                          }
                          var _valid0 = _errs31 === errors;
                          valid4 = valid4 || _valid0;
                          if (!valid4) {
                            const err3 = { instancePath: instancePath + "/requestAttributes", schemaPath: "#/properties/requestAttributes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                            validate20.errors = vErrors;
                            return false;
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
                          var valid0 = _errs23 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.recentIntentSummaryView !== void 0) {
                            let data14 = data.recentIntentSummaryView;
                            const _errs33 = errors;
                            if (errors === _errs33) {
                              if (Array.isArray(data14)) {
                                var valid7 = true;
                                const len0 = data14.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  const _errs35 = errors;
                                  if (!validate23(data14[i0], { instancePath: instancePath + "/recentIntentSummaryView/" + i0, parentData: data14, parentDataProperty: i0, rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid7 = _errs35 === errors;
                                  if (!valid7) {
                                    break;
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/recentIntentSummaryView", schemaPath: "#/properties/recentIntentSummaryView/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs33 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.sentimentResponse !== void 0) {
                              let data16 = data.sentimentResponse;
                              const _errs36 = errors;
                              if (errors === _errs36) {
                                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                  if (data16.sentimentLabel !== void 0) {
                                    const _errs38 = errors;
                                    if (typeof data16.sentimentLabel !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentLabel", schemaPath: "#/properties/sentimentResponse/properties/sentimentLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid8 = _errs38 === errors;
                                  } else {
                                    var valid8 = true;
                                  }
                                  if (valid8) {
                                    if (data16.sentimentScore !== void 0) {
                                      const _errs40 = errors;
                                      if (typeof data16.sentimentScore !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentScore", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid8 = _errs40 === errors;
                                    } else {
                                      var valid8 = true;
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/sentimentResponse", schemaPath: "#/properties/sentimentResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs36 === errors;
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
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "currentIntent": true, "bot": true, "userId": true, "inputTranscript": true, "invocationSource": true, "outputDialogMode": true, "messageVersion": true, "sessionAttributes": true, "requestAttributes": true, "recentIntentSummaryView": true, "sentimentResponse": true }, "dynamicProps": false, "dynamicItems": false };

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

// lex.v1.strict.entry.ts
withStandardSchema(lex_v1_strict_standalone_default, "lex.v1");
export {
  lex_v1_strict_standalone_default as default,
  lex_v1_strict_standalone_default as validate
};
