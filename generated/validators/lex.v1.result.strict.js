// Generated from schemas/lex/v1.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lex.v1.result.strict.standalone.js
var lex_v1_result_strict_standalone_default = validate21;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate22.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
var schema9 = { "type": "object", "additionalProperties": { "type": ["string", "null"] } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (typeof data0 !== "string" && data0 !== null) {
          validate25.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: schema9.additionalProperties.type }, message: "must be string,null" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
var schema10 = { "enum": ["None", "Confirmed", "Denied"] };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "None" || data === "Confirmed" || data === "Denied")) {
    validate27.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema10.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var schema11 = { "enum": ["ElicitIntent", "ElicitSlot", "ConfirmIntent", "Delegate", "Close"] };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "ElicitIntent" || data === "ElicitSlot" || data === "ConfirmIntent" || data === "Delegate" || data === "Close")) {
    validate29.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema11.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var schema12 = { "enum": ["Fulfilled", "Failed", "ReadyForFulfillment"] };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "Fulfilled" || data === "Failed" || data === "ReadyForFulfillment")) {
    validate31.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dialogActionType === void 0 && (missing0 = "dialogActionType")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.intentName !== void 0) {
          const _errs1 = errors;
          if (typeof data.intentName !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/intentName", schemaPath: "#/properties/intentName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate24.errors = [{ instancePath: instancePath + "/checkpointLabel", schemaPath: "#/properties/checkpointLabel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.slots !== void 0) {
              const _errs5 = errors;
              if (!validate25(data.slots, { instancePath: instancePath + "/slots", parentData: data, parentDataProperty: "slots", rootData })) {
                vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.confirmationStatus !== void 0) {
                const _errs6 = errors;
                if (!validate27(data.confirmationStatus, { instancePath: instancePath + "/confirmationStatus", parentData: data, parentDataProperty: "confirmationStatus", rootData })) {
                  vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.dialogActionType !== void 0) {
                  const _errs7 = errors;
                  if (!validate29(data.dialogActionType, { instancePath: instancePath + "/dialogActionType", parentData: data, parentDataProperty: "dialogActionType", rootData })) {
                    vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.fulfillmentState !== void 0) {
                    const _errs8 = errors;
                    if (!validate31(data.fulfillmentState, { instancePath: instancePath + "/fulfillmentState", parentData: data, parentDataProperty: "fulfillmentState", rootData })) {
                      vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
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
                        validate24.errors = [{ instancePath: instancePath + "/slotToElicit", schemaPath: "#/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var schema13 = { "type": "object", "required": ["type"], "properties": { "type": { "$ref": "#/$defs/LexV1DialogActionType" }, "fulfillmentState": { "enum": ["Fulfilled", "Failed"] }, "message": { "$ref": "#/$defs/LexV1Message" }, "intentName": { "type": "string" }, "slots": { "$ref": "#/$defs/LexV1Slots" }, "slotToElicit": { "type": "string" }, "responseCard": { "$ref": "#/$defs/LexV1ResponseCard" } }, "if": { "properties": { "type": { "const": "Close" } } }, "then": { "required": ["fulfillmentState"], "properties": { "fulfillmentState": true } }, "else": { "if": { "properties": { "type": { "const": "ConfirmIntent" } } }, "then": { "required": ["intentName", "slots"], "properties": { "intentName": true, "slots": true } }, "else": { "if": { "properties": { "type": { "const": "ElicitSlot" } } }, "then": { "required": ["intentName", "slots", "slotToElicit"], "properties": { "intentName": true, "slots": true, "slotToElicit": true } } } } };
var schema14 = { "type": "object", "required": ["contentType", "content"], "properties": { "contentType": { "enum": ["PlainText", "SSML", "CustomPayload"] }, "content": { "type": "string" } } };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.contentType === void 0 && (missing0 = "contentType") || data.content === void 0 && (missing0 = "content")) {
        validate36.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.contentType !== void 0) {
          let data0 = data.contentType;
          const _errs1 = errors;
          if (!(data0 === "PlainText" || data0 === "SSML" || data0 === "CustomPayload")) {
            validate36.errors = [{ instancePath: instancePath + "/contentType", schemaPath: "#/properties/contentType/enum", keyword: "enum", params: { allowedValues: schema14.properties.contentType.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.content !== void 0) {
            const _errs2 = errors;
            if (typeof data.content !== "string") {
              validate36.errors = [{ instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
var schema15 = { "type": "object", "required": ["contentType", "genericAttachments"], "properties": { "version": { "type": ["integer", "string"] }, "contentType": { "const": "application/vnd.amazonaws.card.generic" }, "genericAttachments": { "type": "array", "items": { "type": "object", "properties": { "title": { "type": "string" }, "subTitle": { "type": "string" }, "imageUrl": { "type": "string" }, "attachmentLinkUrl": { "type": "string" }, "buttons": { "type": "array", "items": { "type": "object", "required": ["text", "value"], "properties": { "text": { "type": "string" }, "value": { "type": "string" } } } } } } } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.contentType === void 0 && (missing0 = "contentType") || data.genericAttachments === void 0 && (missing0 = "genericAttachments")) {
        validate39.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          let data0 = data.version;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && typeof data0 !== "string") {
            validate39.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: schema15.properties.version.type }, message: "must be integer,string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.contentType !== void 0) {
            const _errs3 = errors;
            if ("application/vnd.amazonaws.card.generic" !== data.contentType) {
              validate39.errors = [{ instancePath: instancePath + "/contentType", schemaPath: "#/properties/contentType/const", keyword: "const", params: { allowedValue: "application/vnd.amazonaws.card.generic" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.genericAttachments !== void 0) {
              let data2 = data.genericAttachments;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        if (data3.title !== void 0) {
                          const _errs8 = errors;
                          if (typeof data3.title !== "string") {
                            validate39.errors = [{ instancePath: instancePath + "/genericAttachments/" + i0 + "/title", schemaPath: "#/properties/genericAttachments/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs8 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data3.subTitle !== void 0) {
                            const _errs10 = errors;
                            if (typeof data3.subTitle !== "string") {
                              validate39.errors = [{ instancePath: instancePath + "/genericAttachments/" + i0 + "/subTitle", schemaPath: "#/properties/genericAttachments/items/properties/subTitle/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs10 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data3.imageUrl !== void 0) {
                              const _errs12 = errors;
                              if (typeof data3.imageUrl !== "string") {
                                validate39.errors = [{ instancePath: instancePath + "/genericAttachments/" + i0 + "/imageUrl", schemaPath: "#/properties/genericAttachments/items/properties/imageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid2 = _errs12 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data3.attachmentLinkUrl !== void 0) {
                                const _errs14 = errors;
                                if (typeof data3.attachmentLinkUrl !== "string") {
                                  validate39.errors = [{ instancePath: instancePath + "/genericAttachments/" + i0 + "/attachmentLinkUrl", schemaPath: "#/properties/genericAttachments/items/properties/attachmentLinkUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs14 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data3.buttons !== void 0) {
                                  let data8 = data3.buttons;
                                  const _errs16 = errors;
                                  if (errors === _errs16) {
                                    if (Array.isArray(data8)) {
                                      var valid3 = true;
                                      const len1 = data8.length;
                                      for (let i1 = 0; i1 < len1; i1++) {
                                        let data9 = data8[i1];
                                        const _errs18 = errors;
                                        if (errors === _errs18) {
                                          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                            let missing1;
                                            if (data9.text === void 0 && (missing1 = "text") || data9.value === void 0 && (missing1 = "value")) {
                                              validate39.errors = [{ instancePath: instancePath + "/genericAttachments/" + i0 + "/buttons/" + i1, schemaPath: "#/properties/genericAttachments/items/properties/buttons/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                              return false;
                                            } else {
                                              if (data9.text !== void 0) {
                                                const _errs20 = errors;
                                                if (typeof data9.text !== "string") {
                                                  validate39.errors = [{ instancePath: instancePath + "/genericAttachments/" + i0 + "/buttons/" + i1 + "/text", schemaPath: "#/properties/genericAttachments/items/properties/buttons/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid4 = _errs20 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                              if (valid4) {
                                                if (data9.value !== void 0) {
                                                  const _errs22 = errors;
                                                  if (typeof data9.value !== "string") {
                                                    validate39.errors = [{ instancePath: instancePath + "/genericAttachments/" + i0 + "/buttons/" + i1 + "/value", schemaPath: "#/properties/genericAttachments/items/properties/buttons/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid4 = _errs22 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                              }
                                            }
                                          } else {
                                            validate39.errors = [{ instancePath: instancePath + "/genericAttachments/" + i0 + "/buttons/" + i1, schemaPath: "#/properties/genericAttachments/items/properties/buttons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs18 === errors;
                                        if (!valid3) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate39.errors = [{ instancePath: instancePath + "/genericAttachments/" + i0 + "/buttons", schemaPath: "#/properties/genericAttachments/items/properties/buttons/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs16 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate39.errors = [{ instancePath: instancePath + "/genericAttachments/" + i0, schemaPath: "#/properties/genericAttachments/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate39.errors = [{ instancePath: instancePath + "/genericAttachments", schemaPath: "#/properties/genericAttachments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
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
        validate34.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
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
          validate34.errors = [{ instancePath, schemaPath: "#/else/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
          return false;
        }
      }
      var _valid1 = _errs9 === errors;
      valid2 = _valid1;
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
            validate34.errors = [{ instancePath, schemaPath: "#/else/else/then/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
            return false;
          }
        }
        var _valid2 = _errs14 === errors;
        valid4 = _valid2;
      }
      if (!valid4) {
        const err3 = { instancePath, schemaPath: "#/else/else/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
        validate34.errors = vErrors;
        return false;
      }
      var _valid1 = _errs10 === errors;
      valid2 = _valid1;
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
      validate34.errors = vErrors;
      return false;
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
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
    validate34.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.type === void 0 && (missing3 = "type")) {
        validate34.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs15 = errors;
          if (!validate29(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData })) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
          var valid6 = _errs15 === errors;
        } else {
          var valid6 = true;
        }
        if (valid6) {
          if (data.fulfillmentState !== void 0) {
            let data4 = data.fulfillmentState;
            const _errs16 = errors;
            if (!(data4 === "Fulfilled" || data4 === "Failed")) {
              validate34.errors = [{ instancePath: instancePath + "/fulfillmentState", schemaPath: "#/properties/fulfillmentState/enum", keyword: "enum", params: { allowedValues: schema13.properties.fulfillmentState.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid6 = _errs16 === errors;
          } else {
            var valid6 = true;
          }
          if (valid6) {
            if (data.message !== void 0) {
              const _errs17 = errors;
              if (!validate36(data.message, { instancePath: instancePath + "/message", parentData: data, parentDataProperty: "message", rootData })) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              }
              var valid6 = _errs17 === errors;
            } else {
              var valid6 = true;
            }
            if (valid6) {
              if (data.intentName !== void 0) {
                const _errs18 = errors;
                if (typeof data.intentName !== "string") {
                  validate34.errors = [{ instancePath: instancePath + "/intentName", schemaPath: "#/properties/intentName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid6 = _errs18 === errors;
              } else {
                var valid6 = true;
              }
              if (valid6) {
                if (data.slots !== void 0) {
                  const _errs20 = errors;
                  if (!validate25(data.slots, { instancePath: instancePath + "/slots", parentData: data, parentDataProperty: "slots", rootData })) {
                    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                    errors = vErrors.length;
                  }
                  var valid6 = _errs20 === errors;
                } else {
                  var valid6 = true;
                }
                if (valid6) {
                  if (data.slotToElicit !== void 0) {
                    const _errs21 = errors;
                    if (typeof data.slotToElicit !== "string") {
                      validate34.errors = [{ instancePath: instancePath + "/slotToElicit", schemaPath: "#/properties/slotToElicit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid6 = _errs21 === errors;
                  } else {
                    var valid6 = true;
                  }
                  if (valid6) {
                    if (data.responseCard !== void 0) {
                      const _errs23 = errors;
                      if (!validate39(data.responseCard, { instancePath: instancePath + "/responseCard", parentData: data, parentDataProperty: "responseCard", rootData })) {
                        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                        errors = vErrors.length;
                      }
                      var valid6 = _errs23 === errors;
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
      validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dialogAction === void 0 && (missing0 = "dialogAction")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.sessionAttributes !== void 0) {
          const _errs1 = errors;
          if (!validate22(data.sessionAttributes, { instancePath: instancePath + "/sessionAttributes", parentData: data, parentDataProperty: "sessionAttributes", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.recentIntentSummaryView !== void 0) {
            let data1 = data.recentIntentSummaryView;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data1)) {
                if (data1.length > 3) {
                  validate21.errors = [{ instancePath: instancePath + "/recentIntentSummaryView", schemaPath: "#/properties/recentIntentSummaryView/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items" }];
                  return false;
                } else {
                  var valid1 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs4 = errors;
                    if (!validate24(data1[i0], { instancePath: instancePath + "/recentIntentSummaryView/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs4 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/recentIntentSummaryView", schemaPath: "#/properties/recentIntentSummaryView/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.dialogAction !== void 0) {
              const _errs5 = errors;
              if (!validate34(data.dialogAction, { instancePath: instancePath + "/dialogAction", parentData: data, parentDataProperty: "dialogAction", rootData })) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
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

// check:lex.v1.result.strict.check.js
function d_LexV1StringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v1 in x) {
    const v2 = x[v1];
    if (!(typeof v2 === "string")) return false;
  }
  return true;
}
function d_LexV1IntentSummary(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v6 = x.intentName;
    if (v6 !== void 0) {
      if (!(typeof v6 === "string")) return false;
    }
  }
  {
    const v7 = x.checkpointLabel;
    if (v7 !== void 0) {
      if (!(typeof v7 === "string")) return false;
    }
  }
  {
    const v8 = x.slots;
    if (v8 !== void 0) {
      if (!d_LexV1Slots(v8)) return false;
    }
  }
  {
    const v11 = x.confirmationStatus;
    if (v11 !== void 0) {
      if (!(v11 === "None" || v11 === "Confirmed" || v11 === "Denied")) return false;
    }
  }
  {
    const v12 = x.dialogActionType;
    if (v12 === void 0) return false;
    if (!(v12 === "ElicitIntent" || v12 === "ElicitSlot" || v12 === "ConfirmIntent" || v12 === "Delegate" || v12 === "Close")) return false;
  }
  {
    const v13 = x.fulfillmentState;
    if (v13 !== void 0) {
      if (!(v13 === "Fulfilled" || v13 === "Failed" || v13 === "ReadyForFulfillment")) return false;
    }
  }
  {
    const v14 = x.slotToElicit;
    if (v14 !== void 0) {
      if (!(typeof v14 === "string")) return false;
    }
  }
  return true;
}
function d_LexV1Slots(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v9 in x) {
    const v10 = x[v9];
    if (!(typeof v10 === "string" || v10 === null)) return false;
  }
  return true;
}
function d_LexV1DialogAction(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v16 = x.type;
    if (v16 === void 0) return false;
    if (!(v16 === "ElicitIntent" || v16 === "ElicitSlot" || v16 === "ConfirmIntent" || v16 === "Delegate" || v16 === "Close")) return false;
  }
  {
    const v17 = x.fulfillmentState;
    if (v17 !== void 0) {
      if (!(v17 === "Fulfilled" || v17 === "Failed")) return false;
    }
  }
  {
    const v18 = x.message;
    if (v18 !== void 0) {
      if (!d_LexV1Message(v18)) return false;
    }
  }
  {
    const v21 = x.intentName;
    if (v21 !== void 0) {
      if (!(typeof v21 === "string")) return false;
    }
  }
  {
    const v22 = x.slots;
    if (v22 !== void 0) {
      if (!d_LexV1Slots(v22)) return false;
    }
  }
  {
    const v23 = x.slotToElicit;
    if (v23 !== void 0) {
      if (!(typeof v23 === "string")) return false;
    }
  }
  {
    const v24 = x.responseCard;
    if (v24 !== void 0) {
      if (!d_LexV1ResponseCard(v24)) return false;
    }
  }
  if (!(b0(x) ? !(x !== null && typeof x === "object" && !Array.isArray(x)) || x.fulfillmentState !== void 0 : b1(x) ? !(x !== null && typeof x === "object" && !Array.isArray(x)) || x.intentName !== void 0 && x.slots !== void 0 : b2(x) ? !(x !== null && typeof x === "object" && !Array.isArray(x)) || x.intentName !== void 0 && x.slots !== void 0 && x.slotToElicit !== void 0 : true)) return false;
  return true;
}
function d_LexV1Message(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v19 = x.contentType;
    if (v19 === void 0) return false;
    if (!(v19 === "PlainText" || v19 === "SSML" || v19 === "CustomPayload")) return false;
  }
  {
    const v20 = x.content;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  return true;
}
function d_LexV1ResponseCard(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v25 = x.version;
    if (v25 !== void 0) {
      if (!(typeof v25 === "number" && !(v25 % 1) && !isNaN(v25) && isFinite(v25) || typeof v25 === "string")) return false;
    }
  }
  {
    const v26 = x.contentType;
    if (v26 === void 0) return false;
    if (!(v26 === "application/vnd.amazonaws.card.generic")) return false;
  }
  {
    const v27 = x.genericAttachments;
    if (v27 === void 0) return false;
    if (!Array.isArray(v27)) return false;
    for (let v29 = 0; v29 < v27.length; v29++) {
      const v28 = v27[v29];
      if (!(v28 !== null && typeof v28 === "object" && !Array.isArray(v28))) return false;
      {
        const v30 = v28.title;
        if (v30 !== void 0) {
          if (!(typeof v30 === "string")) return false;
        }
      }
      {
        const v31 = v28.subTitle;
        if (v31 !== void 0) {
          if (!(typeof v31 === "string")) return false;
        }
      }
      {
        const v32 = v28.imageUrl;
        if (v32 !== void 0) {
          if (!(typeof v32 === "string")) return false;
        }
      }
      {
        const v33 = v28.attachmentLinkUrl;
        if (v33 !== void 0) {
          if (!(typeof v33 === "string")) return false;
        }
      }
      {
        const v34 = v28.buttons;
        if (v34 !== void 0) {
          if (!Array.isArray(v34)) return false;
          for (let v36 = 0; v36 < v34.length; v36++) {
            const v35 = v34[v36];
            if (!(v35 !== null && typeof v35 === "object" && !Array.isArray(v35))) return false;
            {
              const v37 = v35.text;
              if (v37 === void 0) return false;
              if (!(typeof v37 === "string")) return false;
            }
            {
              const v38 = v35.value;
              if (v38 === void 0) return false;
              if (!(typeof v38 === "string")) return false;
            }
          }
        }
      }
    }
  }
  return true;
}
function b0(x) {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v39 = x.type;
      if (v39 !== void 0) {
        if (!(v39 === "Close")) return false;
      }
    }
  }
  return true;
}
function b1(x) {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v41 = x.type;
      if (v41 !== void 0) {
        if (!(v41 === "ConfirmIntent")) return false;
      }
    }
  }
  return true;
}
function b2(x) {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v44 = x.type;
      if (v44 !== void 0) {
        if (!(v44 === "ElicitSlot")) return false;
      }
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.sessionAttributes;
    if (v0 !== void 0) {
      if (!d_LexV1StringMap(v0)) return false;
    }
  }
  {
    const v3 = x.recentIntentSummaryView;
    if (v3 !== void 0) {
      if (!Array.isArray(v3)) return false;
      if (!(v3.length <= 3)) return false;
      for (let v5 = 0; v5 < v3.length; v5++) {
        const v4 = v3[v5];
        if (!d_LexV1IntentSummary(v4)) return false;
      }
    }
  }
  {
    const v15 = x.dialogAction;
    if (v15 === void 0) return false;
    if (!d_LexV1DialogAction(v15)) return false;
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

// lex.v1.result.strict.entry.ts
var validate = withStandardSchema(checked(check, lex_v1_result_strict_standalone_default), "lex.v1.result");
export {
  validate as default,
  validate
};
