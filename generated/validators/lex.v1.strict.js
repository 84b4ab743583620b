// Generated from schemas/lex/v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lex.v1.strict.standalone.js
var lex_v1_strict_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:lex.v1", "type": "object", "required": ["currentIntent", "bot", "userId", "invocationSource", "outputDialogMode", "messageVersion"], "properties": { "currentIntent": { "$ref": "#/$defs/LexV1CurrentIntent" }, "bot": { "type": "object", "required": ["name", "alias", "version"], "properties": { "name": { "type": "string" }, "alias": { "type": "string" }, "version": { "type": "string" } } }, "userId": { "type": "string" }, "inputTranscript": { "type": "string" }, "invocationSource": { "enum": ["DialogCodeHook", "FulfillmentCodeHook"] }, "outputDialogMode": { "enum": ["Text", "Voice"] }, "messageVersion": { "const": "1.0" }, "sessionAttributes": { "$ref": "#/$defs/LexV1StringMap" }, "requestAttributes": { "anyOf": [{ "$ref": "#/$defs/LexV1StringMap" }, { "type": "null" }] }, "recentIntentSummaryView": { "type": "array", "items": { "$ref": "#/$defs/LexV1IntentSummary" } }, "sentimentResponse": { "type": "object", "properties": { "sentimentLabel": { "type": "string" }, "sentimentScore": { "type": "string" } } } }, "$defs": { "LexV1ConfirmationStatus": { "enum": ["None", "Confirmed", "Denied"] }, "LexV1CurrentIntent": { "type": "object", "required": ["name", "slots", "confirmationStatus"], "properties": { "name": { "type": "string" }, "slots": { "$ref": "#/$defs/LexV1Slots" }, "slotDetails": { "type": "object", "additionalProperties": { "type": "object", "properties": { "resolutions": { "type": "array", "items": { "type": "object", "required": ["value"], "properties": { "value": { "type": "string" } } } }, "originalValue": { "type": "string" } } } }, "confirmationStatus": { "$ref": "#/$defs/LexV1ConfirmationStatus" } } }, "LexV1DialogActionType": { "enum": ["ElicitIntent", "ElicitSlot", "ConfirmIntent", "Delegate", "Close"] }, "LexV1FulfillmentState": { "enum": ["Fulfilled", "Failed", "ReadyForFulfillment"] }, "LexV1IntentSummary": { "type": "object", "required": ["dialogActionType"], "properties": { "intentName": { "type": "string" }, "checkpointLabel": { "type": "string" }, "slots": { "$ref": "#/$defs/LexV1Slots" }, "confirmationStatus": { "$ref": "#/$defs/LexV1ConfirmationStatus" }, "dialogActionType": { "$ref": "#/$defs/LexV1DialogActionType" }, "fulfillmentState": { "$ref": "#/$defs/LexV1FulfillmentState" }, "slotToElicit": { "type": "string" } } }, "LexV1Slots": { "type": "object", "additionalProperties": { "type": ["string", "null"] } }, "LexV1StringMap": { "type": "object", "additionalProperties": { "type": "string" } } } };
var schema8 = { "type": "object", "additionalProperties": { "type": ["string", "null"] } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (typeof data0 !== "string" && data0 !== null) {
          validate23.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: schema8.additionalProperties.type }, message: "must be string,null" }];
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
var schema9 = { "enum": ["None", "Confirmed", "Denied"] };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "None" || data === "Confirmed" || data === "Denied")) {
    validate25.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema9.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.slots === void 0 && (missing0 = "slots") || data.confirmationStatus === void 0 && (missing0 = "confirmationStatus")) {
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
            if (!validate23(data.slots, { instancePath: instancePath + "/slots", parentData: data, parentDataProperty: "slots", rootData })) {
              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.slotDetails !== void 0) {
              let data2 = data.slotDetails;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  for (const key0 in data2) {
                    let data3 = data2[key0];
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        if (data3.resolutions !== void 0) {
                          let data4 = data3.resolutions;
                          const _errs9 = errors;
                          if (errors === _errs9) {
                            if (Array.isArray(data4)) {
                              var valid3 = true;
                              const len0 = data4.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                let data5 = data4[i0];
                                const _errs11 = errors;
                                if (errors === _errs11) {
                                  if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                                    let missing1;
                                    if (data5.value === void 0 && (missing1 = "value")) {
                                      validate22.errors = [{ instancePath: instancePath + "/slotDetails/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions/" + i0, schemaPath: "#/properties/slotDetails/additionalProperties/properties/resolutions/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                      return false;
                                    } else {
                                      if (data5.value !== void 0) {
                                        if (typeof data5.value !== "string") {
                                          validate22.errors = [{ instancePath: instancePath + "/slotDetails/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions/" + i0 + "/value", schemaPath: "#/properties/slotDetails/additionalProperties/properties/resolutions/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                    }
                                  } else {
                                    validate22.errors = [{ instancePath: instancePath + "/slotDetails/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions/" + i0, schemaPath: "#/properties/slotDetails/additionalProperties/properties/resolutions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs11 === errors;
                                if (!valid3) {
                                  break;
                                }
                              }
                            } else {
                              validate22.errors = [{ instancePath: instancePath + "/slotDetails/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolutions", schemaPath: "#/properties/slotDetails/additionalProperties/properties/resolutions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid2 = _errs9 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data3.originalValue !== void 0) {
                            const _errs15 = errors;
                            if (typeof data3.originalValue !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/slotDetails/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/originalValue", schemaPath: "#/properties/slotDetails/additionalProperties/properties/originalValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs15 === errors;
                          } else {
                            var valid2 = true;
                          }
                        }
                      } else {
                        validate22.errors = [{ instancePath: instancePath + "/slotDetails/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/slotDetails/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate22.errors = [{ instancePath: instancePath + "/slotDetails", schemaPath: "#/properties/slotDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.confirmationStatus !== void 0) {
                const _errs17 = errors;
                if (!validate25(data.confirmationStatus, { instancePath: instancePath + "/confirmationStatus", parentData: data, parentDataProperty: "confirmationStatus", rootData })) {
                  vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs17 === errors;
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
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate28.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
var schema12 = { "enum": ["ElicitIntent", "ElicitSlot", "ConfirmIntent", "Delegate", "Close"] };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "ElicitIntent" || data === "ElicitSlot" || data === "ConfirmIntent" || data === "Delegate" || data === "Close")) {
    validate34.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
var schema13 = { "enum": ["Fulfilled", "Failed", "ReadyForFulfillment"] };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "Fulfilled" || data === "Failed" || data === "ReadyForFulfillment")) {
    validate36.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dialogActionType === void 0 && (missing0 = "dialogActionType")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.intentName !== void 0) {
          const _errs1 = errors;
          if (typeof data.intentName !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/intentName", schemaPath: "#/properties/intentName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate31.errors = [{ instancePath: instancePath + "/checkpointLabel", schemaPath: "#/properties/checkpointLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.slots !== void 0) {
              const _errs5 = errors;
              if (!validate23(data.slots, { instancePath: instancePath + "/slots", parentData: data, parentDataProperty: "slots", rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.confirmationStatus !== void 0) {
                const _errs6 = errors;
                if (!validate25(data.confirmationStatus, { instancePath: instancePath + "/confirmationStatus", parentData: data, parentDataProperty: "confirmationStatus", rootData })) {
                  vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.dialogActionType !== void 0) {
                  const _errs7 = errors;
                  if (!validate34(data.dialogActionType, { instancePath: instancePath + "/dialogActionType", parentData: data, parentDataProperty: "dialogActionType", rootData })) {
                    vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.fulfillmentState !== void 0) {
                    const _errs8 = errors;
                    if (!validate36(data.fulfillmentState, { instancePath: instancePath + "/fulfillmentState", parentData: data, parentDataProperty: "fulfillmentState", rootData })) {
                      vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.slotToElicit !== void 0) {
                      const _errs9 = errors;
                      if (typeof data.slotToElicit !== "string") {
                        validate31.errors = [{ instancePath: instancePath + "/slotToElicit", schemaPath: "#/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs9 === errors;
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
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.currentIntent === void 0 && (missing0 = "currentIntent") || data.bot === void 0 && (missing0 = "bot") || data.userId === void 0 && (missing0 = "userId") || data.invocationSource === void 0 && (missing0 = "invocationSource") || data.outputDialogMode === void 0 && (missing0 = "outputDialogMode") || data.messageVersion === void 0 && (missing0 = "messageVersion")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.currentIntent !== void 0) {
          const _errs1 = errors;
          if (!validate22(data.currentIntent, { instancePath: instancePath + "/currentIntent", parentData: data, parentDataProperty: "currentIntent", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
                  validate21.errors = [{ instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.name !== void 0) {
                    const _errs4 = errors;
                    if (typeof data1.name !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/bot/name", schemaPath: "#/properties/bot/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate21.errors = [{ instancePath: instancePath + "/bot/alias", schemaPath: "#/properties/bot/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate21.errors = [{ instancePath: instancePath + "/bot/version", schemaPath: "#/properties/bot/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate21.errors = [{ instancePath: instancePath + "/bot", schemaPath: "#/properties/bot/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                validate21.errors = [{ instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                if (data.invocationSource !== void 0) {
                  let data7 = data.invocationSource;
                  const _errs14 = errors;
                  if (!(data7 === "DialogCodeHook" || data7 === "FulfillmentCodeHook")) {
                    validate21.errors = [{ instancePath: instancePath + "/invocationSource", schemaPath: "#/properties/invocationSource/enum", keyword: "enum", params: { allowedValues: schema6.properties.invocationSource.enum }, message: "must be equal to one of the allowed values" }];
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
                      validate21.errors = [{ instancePath: instancePath + "/outputDialogMode", schemaPath: "#/properties/outputDialogMode/enum", keyword: "enum", params: { allowedValues: schema6.properties.outputDialogMode.enum }, message: "must be equal to one of the allowed values" }];
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
                        validate21.errors = [{ instancePath: instancePath + "/messageVersion", schemaPath: "#/properties/messageVersion/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant" }];
                        return false;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.sessionAttributes !== void 0) {
                        const _errs17 = errors;
                        if (!validate28(data.sessionAttributes, { instancePath: instancePath + "/sessionAttributes", parentData: data, parentDataProperty: "sessionAttributes", rootData })) {
                          vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.requestAttributes !== void 0) {
                          let data11 = data.requestAttributes;
                          const _errs18 = errors;
                          const _errs19 = errors;
                          let valid2 = false;
                          const _errs20 = errors;
                          if (!validate28(data11, { instancePath: instancePath + "/requestAttributes", parentData: data, parentDataProperty: "requestAttributes", rootData })) {
                            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                            errors = vErrors.length;
                          }
                          var _valid0 = _errs20 === errors;
                          valid2 = valid2 || _valid0;
                          if (!valid2) {
                            const _errs21 = errors;
                            if (data11 !== null) {
                              const err0 = { instancePath: instancePath + "/requestAttributes", schemaPath: "#/properties/requestAttributes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                            var _valid0 = _errs21 === errors;
                            valid2 = valid2 || _valid0;
                          }
                          if (!valid2) {
                            const err1 = { instancePath: instancePath + "/requestAttributes", schemaPath: "#/properties/requestAttributes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                            validate21.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs19;
                            if (vErrors !== null) {
                              if (_errs19) {
                                vErrors.length = _errs19;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.recentIntentSummaryView !== void 0) {
                            let data12 = data.recentIntentSummaryView;
                            const _errs23 = errors;
                            if (errors === _errs23) {
                              if (Array.isArray(data12)) {
                                var valid3 = true;
                                const len0 = data12.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  const _errs25 = errors;
                                  if (!validate31(data12[i0], { instancePath: instancePath + "/recentIntentSummaryView/" + i0, parentData: data12, parentDataProperty: i0, rootData })) {
                                    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid3 = _errs25 === errors;
                                  if (!valid3) {
                                    break;
                                  }
                                }
                              } else {
                                validate21.errors = [{ instancePath: instancePath + "/recentIntentSummaryView", schemaPath: "#/properties/recentIntentSummaryView/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs23 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.sentimentResponse !== void 0) {
                              let data14 = data.sentimentResponse;
                              const _errs26 = errors;
                              if (errors === _errs26) {
                                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                  if (data14.sentimentLabel !== void 0) {
                                    const _errs28 = errors;
                                    if (typeof data14.sentimentLabel !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentLabel", schemaPath: "#/properties/sentimentResponse/properties/sentimentLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid4 = _errs28 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data14.sentimentScore !== void 0) {
                                      const _errs30 = errors;
                                      if (typeof data14.sentimentScore !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/sentimentResponse/sentimentScore", schemaPath: "#/properties/sentimentResponse/properties/sentimentScore/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid4 = _errs30 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                  }
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/sentimentResponse", schemaPath: "#/properties/sentimentResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs26 === errors;
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:lex.v1.strict.check.js
function d_LexV1CurrentIntent(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v1 = x.name;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.slots;
    if (v2 === void 0) return false;
    if (!d_LexV1Slots(v2)) return false;
  }
  {
    const v5 = x.slotDetails;
    if (v5 !== void 0) {
      if (!(v5 !== null && typeof v5 === "object" && !Array.isArray(v5))) return false;
      for (const v6 in v5) {
        const v7 = v5[v6];
        if (!(v7 !== null && typeof v7 === "object" && !Array.isArray(v7))) return false;
        {
          const v8 = v7.resolutions;
          if (v8 !== void 0) {
            if (!Array.isArray(v8)) return false;
            for (let v10 = 0; v10 < v8.length; v10++) {
              const v9 = v8[v10];
              if (!(v9 !== null && typeof v9 === "object" && !Array.isArray(v9))) return false;
              {
                const v11 = v9.value;
                if (v11 === void 0) return false;
                if (!(typeof v11 === "string")) return false;
              }
            }
          }
        }
        {
          const v12 = v7.originalValue;
          if (v12 !== void 0) {
            if (!(typeof v12 === "string")) return false;
          }
        }
      }
    }
  }
  {
    const v13 = x.confirmationStatus;
    if (v13 === void 0) return false;
    if (!(v13 === "None" || v13 === "Confirmed" || v13 === "Denied")) return false;
  }
  return true;
}
function d_LexV1Slots(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v3 in x) {
    const v4 = x[v3];
    if (!(typeof v4 === "string" || v4 === null)) return false;
  }
  return true;
}
function d_LexV1StringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v24 in x) {
    const v25 = x[v24];
    if (!(typeof v25 === "string")) return false;
  }
  return true;
}
function d_LexV1IntentSummary(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v30 = x.intentName;
    if (v30 !== void 0) {
      if (!(typeof v30 === "string")) return false;
    }
  }
  {
    const v31 = x.checkpointLabel;
    if (v31 !== void 0) {
      if (!(typeof v31 === "string")) return false;
    }
  }
  {
    const v32 = x.slots;
    if (v32 !== void 0) {
      if (!d_LexV1Slots(v32)) return false;
    }
  }
  {
    const v33 = x.confirmationStatus;
    if (v33 !== void 0) {
      if (!(v33 === "None" || v33 === "Confirmed" || v33 === "Denied")) return false;
    }
  }
  {
    const v34 = x.dialogActionType;
    if (v34 === void 0) return false;
    if (!(v34 === "ElicitIntent" || v34 === "ElicitSlot" || v34 === "ConfirmIntent" || v34 === "Delegate" || v34 === "Close")) return false;
  }
  {
    const v35 = x.fulfillmentState;
    if (v35 !== void 0) {
      if (!(v35 === "Fulfilled" || v35 === "Failed" || v35 === "ReadyForFulfillment")) return false;
    }
  }
  {
    const v36 = x.slotToElicit;
    if (v36 !== void 0) {
      if (!(typeof v36 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.currentIntent;
    if (v0 === void 0) return false;
    if (!d_LexV1CurrentIntent(v0)) return false;
  }
  {
    const v14 = x.bot;
    if (v14 === void 0) return false;
    if (!(v14 !== null && typeof v14 === "object" && !Array.isArray(v14))) return false;
    {
      const v15 = v14.name;
      if (v15 === void 0) return false;
      if (!(typeof v15 === "string")) return false;
    }
    {
      const v16 = v14.alias;
      if (v16 === void 0) return false;
      if (!(typeof v16 === "string")) return false;
    }
    {
      const v17 = v14.version;
      if (v17 === void 0) return false;
      if (!(typeof v17 === "string")) return false;
    }
  }
  {
    const v18 = x.userId;
    if (v18 === void 0) return false;
    if (!(typeof v18 === "string")) return false;
  }
  {
    const v19 = x.inputTranscript;
    if (v19 !== void 0) {
      if (!(typeof v19 === "string")) return false;
    }
  }
  {
    const v20 = x.invocationSource;
    if (v20 === void 0) return false;
    if (!(v20 === "DialogCodeHook" || v20 === "FulfillmentCodeHook")) return false;
  }
  {
    const v21 = x.outputDialogMode;
    if (v21 === void 0) return false;
    if (!(v21 === "Text" || v21 === "Voice")) return false;
  }
  {
    const v22 = x.messageVersion;
    if (v22 === void 0) return false;
    if (!(v22 === "1.0")) return false;
  }
  {
    const v23 = x.sessionAttributes;
    if (v23 !== void 0) {
      if (!d_LexV1StringMap(v23)) return false;
    }
  }
  {
    const v26 = x.requestAttributes;
    if (v26 !== void 0) {
      if (!(d_LexV1StringMap(v26) || v26 === null)) return false;
    }
  }
  {
    const v27 = x.recentIntentSummaryView;
    if (v27 !== void 0) {
      if (!Array.isArray(v27)) return false;
      for (let v29 = 0; v29 < v27.length; v29++) {
        const v28 = v27[v29];
        if (!d_LexV1IntentSummary(v28)) return false;
      }
    }
  }
  {
    const v37 = x.sentimentResponse;
    if (v37 !== void 0) {
      if (!(v37 !== null && typeof v37 === "object" && !Array.isArray(v37))) return false;
      {
        const v38 = v37.sentimentLabel;
        if (v38 !== void 0) {
          if (!(typeof v38 === "string")) return false;
        }
      }
      {
        const v39 = v37.sentimentScore;
        if (v39 !== void 0) {
          if (!(typeof v39 === "string")) return false;
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

// lex.v1.strict.entry.ts
var validate = withStandardSchema(checked(check, lex_v1_strict_standalone_default), "lex.v1");
export {
  validate as default,
  validate
};
