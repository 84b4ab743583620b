// Generated from schemas/alexa/skill.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:alexa.skill.result.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:alexa.skill.result", "type": "object", "required": ["version", "response"], "properties": { "version": { "type": "string" }, "sessionAttributes": { "type": "object", "additionalProperties": true }, "response": { "type": "object", "properties": { "outputSpeech": { "$ref": "#/$defs/AlexaSkillOutputSpeech" }, "card": { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["Simple", "Standard", "LinkAccount", "AskForPermissionsConsent"] }, "title": { "type": "string" }, "content": { "type": "string" }, "text": { "type": "string" }, "image": { "type": "object", "properties": { "smallImageUrl": { "type": "string" }, "largeImageUrl": { "type": "string" } } }, "permissions": { "type": "array", "items": { "type": "string" } } } }, "reprompt": { "type": "object", "properties": { "outputSpeech": { "$ref": "#/$defs/AlexaSkillOutputSpeech" }, "directives": { "type": "array", "items": { "$ref": "#/$defs/AlexaSkillDirective" } } } }, "shouldEndSession": { "type": ["boolean", "null"] }, "directives": { "type": "array", "items": { "$ref": "#/$defs/AlexaSkillDirective" } }, "canFulfillIntent": { "type": "object", "additionalProperties": true } } }, "userAgent": { "type": "string" } }, "$defs": { "AlexaSkillDirective": { "type": "object", "required": ["type"], "properties": { "type": { "type": "string" } }, "additionalProperties": true }, "AlexaSkillOutputSpeech": { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["PlainText", "SSML"] }, "text": { "type": "string" }, "ssml": { "type": "string" }, "playBehavior": { "enum": ["ENQUEUE", "REPLACE_ALL", "REPLACE_ENQUEUED"] } }, "if": { "properties": { "type": { "const": "SSML" } } }, "then": { "required": ["ssml"], "properties": { "ssml": true } }, "else": { "required": ["text"], "properties": { "text": true } } } } };
var schema32 = { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["PlainText", "SSML"] }, "text": { "type": "string" }, "ssml": { "type": "string" }, "playBehavior": { "enum": ["ENQUEUE", "REPLACE_ALL", "REPLACE_ENQUEUED"] } }, "if": { "properties": { "type": { "const": "SSML" } } }, "then": { "required": ["ssml"], "properties": { "ssml": true } }, "else": { "required": ["text"], "properties": { "text": true } } };
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
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.response === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "response" }, message: "must have required property 'response'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.sessionAttributes !== void 0) {
      let data1 = data.sessionAttributes;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
      } else {
        const err3 = { instancePath: instancePath + "/sessionAttributes", schemaPath: "#/properties/sessionAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.response !== void 0) {
      let data2 = data.response;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.outputSpeech !== void 0) {
          let data3 = data2.outputSpeech;
          const _errs11 = errors;
          let valid3 = true;
          const _errs12 = errors;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.type !== void 0) {
              if ("SSML" !== data3.type) {
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
          var _valid0 = _errs12 === errors;
          errors = _errs11;
          if (vErrors !== null) {
            if (_errs11) {
              vErrors.length = _errs11;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid0) {
            const _errs14 = errors;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.ssml === void 0) {
                const err5 = { instancePath: instancePath + "/response/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/then/required", keyword: "required", params: { missingProperty: "ssml" }, message: "must have required property 'ssml'" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            var _valid0 = _errs14 === errors;
            valid3 = _valid0;
            if (valid3) {
              var props0 = {};
              props0.ssml = true;
              props0.type = true;
            }
            ifClause0 = "then";
          } else {
            const _errs15 = errors;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.text === void 0) {
                const err6 = { instancePath: instancePath + "/response/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/else/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            var _valid0 = _errs15 === errors;
            valid3 = _valid0;
            if (valid3) {
              if (props0 !== true) {
                props0 = props0 || {};
                props0.text = true;
              }
            }
            ifClause0 = "else";
          }
          if (!valid3) {
            const err7 = { instancePath: instancePath + "/response/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.type === void 0) {
              const err8 = { instancePath: instancePath + "/response/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (props0 !== true) {
              props0 = props0 || {};
              props0.type = true;
              props0.text = true;
              props0.ssml = true;
              props0.playBehavior = true;
            }
            if (data3.type !== void 0) {
              let data5 = data3.type;
              if (!(data5 === "PlainText" || data5 === "SSML")) {
                const err9 = { instancePath: instancePath + "/response/outputSpeech/type", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/type/enum", keyword: "enum", params: { allowedValues: schema32.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.text !== void 0) {
              if (typeof data3.text !== "string") {
                const err10 = { instancePath: instancePath + "/response/outputSpeech/text", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.ssml !== void 0) {
              if (typeof data3.ssml !== "string") {
                const err11 = { instancePath: instancePath + "/response/outputSpeech/ssml", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/ssml/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.playBehavior !== void 0) {
              let data8 = data3.playBehavior;
              if (!(data8 === "ENQUEUE" || data8 === "REPLACE_ALL" || data8 === "REPLACE_ENQUEUED")) {
                const err12 = { instancePath: instancePath + "/response/outputSpeech/playBehavior", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/playBehavior/enum", keyword: "enum", params: { allowedValues: schema32.properties.playBehavior.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/response/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.card !== void 0) {
          let data9 = data2.card;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.type === void 0) {
              const err14 = { instancePath: instancePath + "/response/card", schemaPath: "#/properties/response/properties/card/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data9.type !== void 0) {
              let data10 = data9.type;
              if (!(data10 === "Simple" || data10 === "Standard" || data10 === "LinkAccount" || data10 === "AskForPermissionsConsent")) {
                const err15 = { instancePath: instancePath + "/response/card/type", schemaPath: "#/properties/response/properties/card/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.response.properties.card.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data9.title !== void 0) {
              if (typeof data9.title !== "string") {
                const err16 = { instancePath: instancePath + "/response/card/title", schemaPath: "#/properties/response/properties/card/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data9.content !== void 0) {
              if (typeof data9.content !== "string") {
                const err17 = { instancePath: instancePath + "/response/card/content", schemaPath: "#/properties/response/properties/card/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data9.text !== void 0) {
              if (typeof data9.text !== "string") {
                const err18 = { instancePath: instancePath + "/response/card/text", schemaPath: "#/properties/response/properties/card/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data9.image !== void 0) {
              let data14 = data9.image;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.smallImageUrl !== void 0) {
                  if (typeof data14.smallImageUrl !== "string") {
                    const err19 = { instancePath: instancePath + "/response/card/image/smallImageUrl", schemaPath: "#/properties/response/properties/card/properties/image/properties/smallImageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data14.largeImageUrl !== void 0) {
                  if (typeof data14.largeImageUrl !== "string") {
                    const err20 = { instancePath: instancePath + "/response/card/image/largeImageUrl", schemaPath: "#/properties/response/properties/card/properties/image/properties/largeImageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              } else {
                const err21 = { instancePath: instancePath + "/response/card/image", schemaPath: "#/properties/response/properties/card/properties/image/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data9.permissions !== void 0) {
              let data17 = data9.permissions;
              if (Array.isArray(data17)) {
                const len0 = data17.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data17[i0] !== "string") {
                    const err22 = { instancePath: instancePath + "/response/card/permissions/" + i0, schemaPath: "#/properties/response/properties/card/properties/permissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/response/card/permissions", schemaPath: "#/properties/response/properties/card/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/response/card", schemaPath: "#/properties/response/properties/card/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data2.reprompt !== void 0) {
          let data19 = data2.reprompt;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.outputSpeech !== void 0) {
              let data20 = data19.outputSpeech;
              const _errs46 = errors;
              let valid12 = true;
              const _errs47 = errors;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.type !== void 0) {
                  if ("SSML" !== data20.type) {
                    const err25 = {};
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              }
              var _valid1 = _errs47 === errors;
              errors = _errs46;
              if (vErrors !== null) {
                if (_errs46) {
                  vErrors.length = _errs46;
                } else {
                  vErrors = null;
                }
              }
              let ifClause1;
              if (_valid1) {
                const _errs49 = errors;
                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                  if (data20.ssml === void 0) {
                    const err26 = { instancePath: instancePath + "/response/reprompt/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/then/required", keyword: "required", params: { missingProperty: "ssml" }, message: "must have required property 'ssml'" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                var _valid1 = _errs49 === errors;
                valid12 = _valid1;
                if (valid12) {
                  var props1 = {};
                  props1.ssml = true;
                  props1.type = true;
                }
                ifClause1 = "then";
              } else {
                const _errs50 = errors;
                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                  if (data20.text === void 0) {
                    const err27 = { instancePath: instancePath + "/response/reprompt/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/else/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                var _valid1 = _errs50 === errors;
                valid12 = _valid1;
                if (valid12) {
                  if (props1 !== true) {
                    props1 = props1 || {};
                    props1.text = true;
                  }
                }
                ifClause1 = "else";
              }
              if (!valid12) {
                const err28 = { instancePath: instancePath + "/response/reprompt/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema' };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.type === void 0) {
                  const err29 = { instancePath: instancePath + "/response/reprompt/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (props1 !== true) {
                  props1 = props1 || {};
                  props1.type = true;
                  props1.text = true;
                  props1.ssml = true;
                  props1.playBehavior = true;
                }
                if (data20.type !== void 0) {
                  let data22 = data20.type;
                  if (!(data22 === "PlainText" || data22 === "SSML")) {
                    const err30 = { instancePath: instancePath + "/response/reprompt/outputSpeech/type", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/type/enum", keyword: "enum", params: { allowedValues: schema32.properties.type.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data20.text !== void 0) {
                  if (typeof data20.text !== "string") {
                    const err31 = { instancePath: instancePath + "/response/reprompt/outputSpeech/text", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data20.ssml !== void 0) {
                  if (typeof data20.ssml !== "string") {
                    const err32 = { instancePath: instancePath + "/response/reprompt/outputSpeech/ssml", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/ssml/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data20.playBehavior !== void 0) {
                  let data25 = data20.playBehavior;
                  if (!(data25 === "ENQUEUE" || data25 === "REPLACE_ALL" || data25 === "REPLACE_ENQUEUED")) {
                    const err33 = { instancePath: instancePath + "/response/reprompt/outputSpeech/playBehavior", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/playBehavior/enum", keyword: "enum", params: { allowedValues: schema32.properties.playBehavior.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
              } else {
                const err34 = { instancePath: instancePath + "/response/reprompt/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data19.directives !== void 0) {
              let data26 = data19.directives;
              if (Array.isArray(data26)) {
                const len1 = data26.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data27 = data26[i1];
                  if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                    if (data27.type === void 0) {
                      const err35 = { instancePath: instancePath + "/response/reprompt/directives/" + i1, schemaPath: "#/$defs/AlexaSkillDirective/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                    if (data27.type !== void 0) {
                      if (typeof data27.type !== "string") {
                        const err36 = { instancePath: instancePath + "/response/reprompt/directives/" + i1 + "/type", schemaPath: "#/$defs/AlexaSkillDirective/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/response/reprompt/directives/" + i1, schemaPath: "#/$defs/AlexaSkillDirective/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/response/reprompt/directives", schemaPath: "#/properties/response/properties/reprompt/properties/directives/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/response/reprompt", schemaPath: "#/properties/response/properties/reprompt/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data2.shouldEndSession !== void 0) {
          let data29 = data2.shouldEndSession;
          if (typeof data29 !== "boolean" && data29 !== null) {
            const err40 = { instancePath: instancePath + "/response/shouldEndSession", schemaPath: "#/properties/response/properties/shouldEndSession/type", keyword: "type", params: { type: schema31.properties.response.properties.shouldEndSession.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data2.directives !== void 0) {
          let data30 = data2.directives;
          if (Array.isArray(data30)) {
            const len2 = data30.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data31 = data30[i2];
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                if (data31.type === void 0) {
                  const err41 = { instancePath: instancePath + "/response/directives/" + i2, schemaPath: "#/$defs/AlexaSkillDirective/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (data31.type !== void 0) {
                  if (typeof data31.type !== "string") {
                    const err42 = { instancePath: instancePath + "/response/directives/" + i2 + "/type", schemaPath: "#/$defs/AlexaSkillDirective/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/response/directives/" + i2, schemaPath: "#/$defs/AlexaSkillDirective/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/response/directives", schemaPath: "#/properties/response/properties/directives/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data2.canFulfillIntent !== void 0) {
          let data33 = data2.canFulfillIntent;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
          } else {
            const err45 = { instancePath: instancePath + "/response/canFulfillIntent", schemaPath: "#/properties/response/properties/canFulfillIntent/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.userAgent !== void 0) {
      if (typeof data.userAgent !== "string") {
        const err47 = { instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
  } else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "sessionAttributes": true, "response": true, "userAgent": true }, "dynamicProps": false, "dynamicItems": false };

// alexa.skill.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
