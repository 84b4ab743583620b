// Generated from schemas/alexa/skill.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:alexa.skill.result.strict.standalone.js
var alexa_skill_result_strict_standalone_default = validate20;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.response === void 0 && (missing0 = "response")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (typeof data.version !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.sessionAttributes !== void 0) {
            let data1 = data.sessionAttributes;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              } else {
                validate20.errors = [{ instancePath: instancePath + "/sessionAttributes", schemaPath: "#/properties/sessionAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.response !== void 0) {
              let data2 = data.response;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (data2.outputSpeech !== void 0) {
                    let data3 = data2.outputSpeech;
                    const _errs8 = errors;
                    const _errs9 = errors;
                    const _errs11 = errors;
                    let valid3 = true;
                    const _errs12 = errors;
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                      if (data3.type !== void 0) {
                        if ("SSML" !== data3.type) {
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
                        let missing1;
                        if (data3.ssml === void 0 && (missing1 = "ssml")) {
                          validate20.errors = [{ instancePath: instancePath + "/response/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
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
                        let missing2;
                        if (data3.text === void 0 && (missing2 = "text")) {
                          validate20.errors = [{ instancePath: instancePath + "/response/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/else/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                          return false;
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
                      const err1 = { instancePath: instancePath + "/response/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
                      if (vErrors === null) {
                        vErrors = [err1];
                      } else {
                        vErrors.push(err1);
                      }
                      errors++;
                      validate20.errors = vErrors;
                      return false;
                    }
                    if (errors === _errs9) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        let missing3;
                        if (data3.type === void 0 && (missing3 = "type")) {
                          validate20.errors = [{ instancePath: instancePath + "/response/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                          return false;
                        } else {
                          if (props0 !== true) {
                            props0 = props0 || {};
                            props0.type = true;
                            props0.text = true;
                            props0.ssml = true;
                            props0.playBehavior = true;
                          }
                          if (data3.type !== void 0) {
                            let data5 = data3.type;
                            const _errs16 = errors;
                            if (!(data5 === "PlainText" || data5 === "SSML")) {
                              validate20.errors = [{ instancePath: instancePath + "/response/outputSpeech/type", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/type/enum", keyword: "enum", params: { allowedValues: schema32.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid5 = _errs16 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data3.text !== void 0) {
                              const _errs17 = errors;
                              if (typeof data3.text !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/response/outputSpeech/text", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid5 = _errs17 === errors;
                            } else {
                              var valid5 = true;
                            }
                            if (valid5) {
                              if (data3.ssml !== void 0) {
                                const _errs19 = errors;
                                if (typeof data3.ssml !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/response/outputSpeech/ssml", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/ssml/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid5 = _errs19 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data3.playBehavior !== void 0) {
                                  let data8 = data3.playBehavior;
                                  const _errs21 = errors;
                                  if (!(data8 === "ENQUEUE" || data8 === "REPLACE_ALL" || data8 === "REPLACE_ENQUEUED")) {
                                    validate20.errors = [{ instancePath: instancePath + "/response/outputSpeech/playBehavior", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/playBehavior/enum", keyword: "enum", params: { allowedValues: schema32.properties.playBehavior.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid5 = _errs21 === errors;
                                } else {
                                  var valid5 = true;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/response/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs8 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data2.card !== void 0) {
                      let data9 = data2.card;
                      const _errs22 = errors;
                      if (errors === _errs22) {
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                          let missing4;
                          if (data9.type === void 0 && (missing4 = "type")) {
                            validate20.errors = [{ instancePath: instancePath + "/response/card", schemaPath: "#/properties/response/properties/card/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                            return false;
                          } else {
                            if (data9.type !== void 0) {
                              let data10 = data9.type;
                              const _errs24 = errors;
                              if (!(data10 === "Simple" || data10 === "Standard" || data10 === "LinkAccount" || data10 === "AskForPermissionsConsent")) {
                                validate20.errors = [{ instancePath: instancePath + "/response/card/type", schemaPath: "#/properties/response/properties/card/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.response.properties.card.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                return false;
                              }
                              var valid6 = _errs24 === errors;
                            } else {
                              var valid6 = true;
                            }
                            if (valid6) {
                              if (data9.title !== void 0) {
                                const _errs25 = errors;
                                if (typeof data9.title !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/response/card/title", schemaPath: "#/properties/response/properties/card/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid6 = _errs25 === errors;
                              } else {
                                var valid6 = true;
                              }
                              if (valid6) {
                                if (data9.content !== void 0) {
                                  const _errs27 = errors;
                                  if (typeof data9.content !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/response/card/content", schemaPath: "#/properties/response/properties/card/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid6 = _errs27 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data9.text !== void 0) {
                                    const _errs29 = errors;
                                    if (typeof data9.text !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/response/card/text", schemaPath: "#/properties/response/properties/card/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid6 = _errs29 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data9.image !== void 0) {
                                      let data14 = data9.image;
                                      const _errs31 = errors;
                                      if (errors === _errs31) {
                                        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                          if (data14.smallImageUrl !== void 0) {
                                            const _errs33 = errors;
                                            if (typeof data14.smallImageUrl !== "string") {
                                              validate20.errors = [{ instancePath: instancePath + "/response/card/image/smallImageUrl", schemaPath: "#/properties/response/properties/card/properties/image/properties/smallImageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid7 = _errs33 === errors;
                                          } else {
                                            var valid7 = true;
                                          }
                                          if (valid7) {
                                            if (data14.largeImageUrl !== void 0) {
                                              const _errs35 = errors;
                                              if (typeof data14.largeImageUrl !== "string") {
                                                validate20.errors = [{ instancePath: instancePath + "/response/card/image/largeImageUrl", schemaPath: "#/properties/response/properties/card/properties/image/properties/largeImageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid7 = _errs35 === errors;
                                            } else {
                                              var valid7 = true;
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/response/card/image", schemaPath: "#/properties/response/properties/card/properties/image/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid6 = _errs31 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data9.permissions !== void 0) {
                                        let data17 = data9.permissions;
                                        const _errs37 = errors;
                                        if (errors === _errs37) {
                                          if (Array.isArray(data17)) {
                                            var valid8 = true;
                                            const len0 = data17.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                              const _errs39 = errors;
                                              if (typeof data17[i0] !== "string") {
                                                validate20.errors = [{ instancePath: instancePath + "/response/card/permissions/" + i0, schemaPath: "#/properties/response/properties/card/properties/permissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid8 = _errs39 === errors;
                                              if (!valid8) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/response/card/permissions", schemaPath: "#/properties/response/properties/card/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid6 = _errs37 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/response/card", schemaPath: "#/properties/response/properties/card/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid1 = _errs22 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data2.reprompt !== void 0) {
                        let data19 = data2.reprompt;
                        const _errs41 = errors;
                        if (errors === _errs41) {
                          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                            if (data19.outputSpeech !== void 0) {
                              let data20 = data19.outputSpeech;
                              const _errs43 = errors;
                              const _errs44 = errors;
                              const _errs46 = errors;
                              let valid11 = true;
                              const _errs47 = errors;
                              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                if (data20.type !== void 0) {
                                  if ("SSML" !== data20.type) {
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
                                  let missing5;
                                  if (data20.ssml === void 0 && (missing5 = "ssml")) {
                                    validate20.errors = [{ instancePath: instancePath + "/response/reprompt/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/then/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                    return false;
                                  }
                                }
                                var _valid1 = _errs49 === errors;
                                valid11 = _valid1;
                                if (valid11) {
                                  var props1 = {};
                                  props1.ssml = true;
                                  props1.type = true;
                                }
                                ifClause1 = "then";
                              } else {
                                const _errs50 = errors;
                                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                  let missing6;
                                  if (data20.text === void 0 && (missing6 = "text")) {
                                    validate20.errors = [{ instancePath: instancePath + "/response/reprompt/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/else/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                    return false;
                                  }
                                }
                                var _valid1 = _errs50 === errors;
                                valid11 = _valid1;
                                if (valid11) {
                                  if (props1 !== true) {
                                    props1 = props1 || {};
                                    props1.text = true;
                                  }
                                }
                                ifClause1 = "else";
                              }
                              if (!valid11) {
                                const err3 = { instancePath: instancePath + "/response/reprompt/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema' };
                                if (vErrors === null) {
                                  vErrors = [err3];
                                } else {
                                  vErrors.push(err3);
                                }
                                errors++;
                                validate20.errors = vErrors;
                                return false;
                              }
                              if (errors === _errs44) {
                                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                  let missing7;
                                  if (data20.type === void 0 && (missing7 = "type")) {
                                    validate20.errors = [{ instancePath: instancePath + "/response/reprompt/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                    return false;
                                  } else {
                                    if (props1 !== true) {
                                      props1 = props1 || {};
                                      props1.type = true;
                                      props1.text = true;
                                      props1.ssml = true;
                                      props1.playBehavior = true;
                                    }
                                    if (data20.type !== void 0) {
                                      let data22 = data20.type;
                                      const _errs51 = errors;
                                      if (!(data22 === "PlainText" || data22 === "SSML")) {
                                        validate20.errors = [{ instancePath: instancePath + "/response/reprompt/outputSpeech/type", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/type/enum", keyword: "enum", params: { allowedValues: schema32.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid13 = _errs51 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                    if (valid13) {
                                      if (data20.text !== void 0) {
                                        const _errs52 = errors;
                                        if (typeof data20.text !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/response/reprompt/outputSpeech/text", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid13 = _errs52 === errors;
                                      } else {
                                        var valid13 = true;
                                      }
                                      if (valid13) {
                                        if (data20.ssml !== void 0) {
                                          const _errs54 = errors;
                                          if (typeof data20.ssml !== "string") {
                                            validate20.errors = [{ instancePath: instancePath + "/response/reprompt/outputSpeech/ssml", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/ssml/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid13 = _errs54 === errors;
                                        } else {
                                          var valid13 = true;
                                        }
                                        if (valid13) {
                                          if (data20.playBehavior !== void 0) {
                                            let data25 = data20.playBehavior;
                                            const _errs56 = errors;
                                            if (!(data25 === "ENQUEUE" || data25 === "REPLACE_ALL" || data25 === "REPLACE_ENQUEUED")) {
                                              validate20.errors = [{ instancePath: instancePath + "/response/reprompt/outputSpeech/playBehavior", schemaPath: "#/$defs/AlexaSkillOutputSpeech/properties/playBehavior/enum", keyword: "enum", params: { allowedValues: schema32.properties.playBehavior.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid13 = _errs56 === errors;
                                          } else {
                                            var valid13 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/response/reprompt/outputSpeech", schemaPath: "#/$defs/AlexaSkillOutputSpeech/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid9 = _errs43 === errors;
                            } else {
                              var valid9 = true;
                            }
                            if (valid9) {
                              if (data19.directives !== void 0) {
                                let data26 = data19.directives;
                                const _errs57 = errors;
                                if (errors === _errs57) {
                                  if (Array.isArray(data26)) {
                                    var valid14 = true;
                                    const len1 = data26.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                      let data27 = data26[i1];
                                      const _errs59 = errors;
                                      const _errs60 = errors;
                                      if (errors === _errs60) {
                                        if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                          let missing8;
                                          if (data27.type === void 0 && (missing8 = "type")) {
                                            validate20.errors = [{ instancePath: instancePath + "/response/reprompt/directives/" + i1, schemaPath: "#/$defs/AlexaSkillDirective/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                            return false;
                                          } else {
                                            if (data27.type !== void 0) {
                                              if (typeof data27.type !== "string") {
                                                validate20.errors = [{ instancePath: instancePath + "/response/reprompt/directives/" + i1 + "/type", schemaPath: "#/$defs/AlexaSkillDirective/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                          }
                                        } else {
                                          validate20.errors = [{ instancePath: instancePath + "/response/reprompt/directives/" + i1, schemaPath: "#/$defs/AlexaSkillDirective/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid14 = _errs59 === errors;
                                      if (!valid14) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/response/reprompt/directives", schemaPath: "#/properties/response/properties/reprompt/properties/directives/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid9 = _errs57 === errors;
                              } else {
                                var valid9 = true;
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/response/reprompt", schemaPath: "#/properties/response/properties/reprompt/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs41 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data2.shouldEndSession !== void 0) {
                          let data29 = data2.shouldEndSession;
                          const _errs65 = errors;
                          if (typeof data29 !== "boolean" && data29 !== null) {
                            validate20.errors = [{ instancePath: instancePath + "/response/shouldEndSession", schemaPath: "#/properties/response/properties/shouldEndSession/type", keyword: "type", params: { type: schema31.properties.response.properties.shouldEndSession.type }, message: "must be boolean,null" }];
                            return false;
                          }
                          var valid1 = _errs65 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data2.directives !== void 0) {
                            let data30 = data2.directives;
                            const _errs67 = errors;
                            if (errors === _errs67) {
                              if (Array.isArray(data30)) {
                                var valid17 = true;
                                const len2 = data30.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                  let data31 = data30[i2];
                                  const _errs69 = errors;
                                  const _errs70 = errors;
                                  if (errors === _errs70) {
                                    if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                                      let missing9;
                                      if (data31.type === void 0 && (missing9 = "type")) {
                                        validate20.errors = [{ instancePath: instancePath + "/response/directives/" + i2, schemaPath: "#/$defs/AlexaSkillDirective/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" }];
                                        return false;
                                      } else {
                                        if (data31.type !== void 0) {
                                          if (typeof data31.type !== "string") {
                                            validate20.errors = [{ instancePath: instancePath + "/response/directives/" + i2 + "/type", schemaPath: "#/$defs/AlexaSkillDirective/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/response/directives/" + i2, schemaPath: "#/$defs/AlexaSkillDirective/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid17 = _errs69 === errors;
                                  if (!valid17) {
                                    break;
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/response/directives", schemaPath: "#/properties/response/properties/directives/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid1 = _errs67 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data2.canFulfillIntent !== void 0) {
                              let data33 = data2.canFulfillIntent;
                              const _errs75 = errors;
                              if (errors === _errs75) {
                                if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/response/canFulfillIntent", schemaPath: "#/properties/response/properties/canFulfillIntent/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs75 === errors;
                            } else {
                              var valid1 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.userAgent !== void 0) {
                const _errs78 = errors;
                if (typeof data.userAgent !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs78 === errors;
              } else {
                var valid0 = true;
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
validate20.evaluated = { "props": { "version": true, "sessionAttributes": true, "response": true, "userAgent": true }, "dynamicProps": false, "dynamicItems": false };

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

// alexa.skill.result.strict.entry.ts
withStandardSchema(alexa_skill_result_strict_standalone_default, "alexa.skill.result");
export {
  alexa_skill_result_strict_standalone_default as default,
  alexa_skill_result_strict_standalone_default as validate
};
