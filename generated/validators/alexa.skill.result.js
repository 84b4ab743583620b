// Generated from schemas/alexa/skill.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:alexa.skill.result.strict.standalone.js
var alexa_skill_result_strict_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:alexa.skill.result", "type": "object", "required": ["version", "response"], "properties": { "version": { "type": "string" }, "sessionAttributes": { "type": "object", "additionalProperties": true }, "response": { "type": "object", "properties": { "outputSpeech": { "$ref": "#/$defs/AlexaSkillOutputSpeech" }, "card": { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["Simple", "Standard", "LinkAccount", "AskForPermissionsConsent"] }, "title": { "type": "string" }, "content": { "type": "string" }, "text": { "type": "string" }, "image": { "type": "object", "properties": { "smallImageUrl": { "type": "string" }, "largeImageUrl": { "type": "string" } } }, "permissions": { "type": "array", "items": { "type": "string" } } } }, "reprompt": { "type": "object", "properties": { "outputSpeech": { "$ref": "#/$defs/AlexaSkillOutputSpeech" }, "directives": { "type": "array", "items": { "$ref": "#/$defs/AlexaSkillDirective" } } } }, "shouldEndSession": { "type": ["boolean", "null"] }, "directives": { "type": "array", "items": { "$ref": "#/$defs/AlexaSkillDirective" } }, "canFulfillIntent": { "type": "object", "additionalProperties": true } } }, "userAgent": { "type": "string" } }, "$defs": { "AlexaSkillDirective": { "type": "object", "required": ["type"], "properties": { "type": { "type": "string" } }, "additionalProperties": true }, "AlexaSkillOutputSpeech": { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["PlainText", "SSML"] }, "text": { "type": "string" }, "ssml": { "type": "string" }, "playBehavior": { "enum": ["ENQUEUE", "REPLACE_ALL", "REPLACE_ENQUEUED"] } }, "if": { "properties": { "type": { "const": "SSML" } } }, "then": { "required": ["ssml"], "properties": { "ssml": true } }, "else": { "required": ["text"], "properties": { "text": true } } } } };
var schema7 = { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["PlainText", "SSML"] }, "text": { "type": "string" }, "ssml": { "type": "string" }, "playBehavior": { "enum": ["ENQUEUE", "REPLACE_ALL", "REPLACE_ENQUEUED"] } }, "if": { "properties": { "type": { "const": "SSML" } } }, "then": { "required": ["ssml"], "properties": { "ssml": true } }, "else": { "required": ["text"], "properties": { "text": true } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("SSML" !== data.type) {
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
      if (data.ssml === void 0 && (missing0 = "ssml")) {
        validate22.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.text === void 0 && (missing1 = "text")) {
        validate22.errors = [{ instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err1 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate22.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.type === void 0 && (missing2 = "type")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          let data1 = data.type;
          const _errs6 = errors;
          if (!(data1 === "PlainText" || data1 === "SSML")) {
            validate22.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema7.properties.type.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid2 = _errs6 === errors;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data.text !== void 0) {
            const _errs7 = errors;
            if (typeof data.text !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/text", schemaPath: "#/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid2 = _errs7 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.ssml !== void 0) {
              const _errs9 = errors;
              if (typeof data.ssml !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/ssml", schemaPath: "#/properties/ssml/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid2 = _errs9 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.playBehavior !== void 0) {
                let data4 = data.playBehavior;
                const _errs11 = errors;
                if (!(data4 === "ENQUEUE" || data4 === "REPLACE_ALL" || data4 === "REPLACE_ENQUEUED")) {
                  validate22.errors = [{ instancePath: instancePath + "/playBehavior", schemaPath: "#/properties/playBehavior/enum", keyword: "enum", params: { allowedValues: schema7.properties.playBehavior.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid2 = _errs11 === errors;
              } else {
                var valid2 = true;
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
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          if (typeof data.type !== "string") {
            validate25.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
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
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.response === void 0 && (missing0 = "response")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (typeof data.version !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate21.errors = [{ instancePath: instancePath + "/sessionAttributes", schemaPath: "#/properties/sessionAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                    const _errs8 = errors;
                    if (!validate22(data2.outputSpeech, { instancePath: instancePath + "/response/outputSpeech", parentData: data2, parentDataProperty: "outputSpeech", rootData })) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs8 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data2.card !== void 0) {
                      let data4 = data2.card;
                      const _errs9 = errors;
                      if (errors === _errs9) {
                        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                          let missing1;
                          if (data4.type === void 0 && (missing1 = "type")) {
                            validate21.errors = [{ instancePath: instancePath + "/response/card", schemaPath: "#/properties/response/properties/card/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data4.type !== void 0) {
                              let data5 = data4.type;
                              const _errs11 = errors;
                              if (!(data5 === "Simple" || data5 === "Standard" || data5 === "LinkAccount" || data5 === "AskForPermissionsConsent")) {
                                validate21.errors = [{ instancePath: instancePath + "/response/card/type", schemaPath: "#/properties/response/properties/card/properties/type/enum", keyword: "enum", params: { allowedValues: schema6.properties.response.properties.card.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                return false;
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data4.title !== void 0) {
                                const _errs12 = errors;
                                if (typeof data4.title !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/response/card/title", schemaPath: "#/properties/response/properties/card/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs12 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data4.content !== void 0) {
                                  const _errs14 = errors;
                                  if (typeof data4.content !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/response/card/content", schemaPath: "#/properties/response/properties/card/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs14 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data4.text !== void 0) {
                                    const _errs16 = errors;
                                    if (typeof data4.text !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/response/card/text", schemaPath: "#/properties/response/properties/card/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs16 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data4.image !== void 0) {
                                      let data9 = data4.image;
                                      const _errs18 = errors;
                                      if (errors === _errs18) {
                                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                          if (data9.smallImageUrl !== void 0) {
                                            const _errs20 = errors;
                                            if (typeof data9.smallImageUrl !== "string") {
                                              validate21.errors = [{ instancePath: instancePath + "/response/card/image/smallImageUrl", schemaPath: "#/properties/response/properties/card/properties/image/properties/smallImageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid3 = _errs20 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data9.largeImageUrl !== void 0) {
                                              const _errs22 = errors;
                                              if (typeof data9.largeImageUrl !== "string") {
                                                validate21.errors = [{ instancePath: instancePath + "/response/card/image/largeImageUrl", schemaPath: "#/properties/response/properties/card/properties/image/properties/largeImageUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid3 = _errs22 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                          }
                                        } else {
                                          validate21.errors = [{ instancePath: instancePath + "/response/card/image", schemaPath: "#/properties/response/properties/card/properties/image/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid2 = _errs18 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data4.permissions !== void 0) {
                                        let data12 = data4.permissions;
                                        const _errs24 = errors;
                                        if (errors === _errs24) {
                                          if (Array.isArray(data12)) {
                                            var valid4 = true;
                                            const len0 = data12.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                              const _errs26 = errors;
                                              if (typeof data12[i0] !== "string") {
                                                validate21.errors = [{ instancePath: instancePath + "/response/card/permissions/" + i0, schemaPath: "#/properties/response/properties/card/properties/permissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid4 = _errs26 === errors;
                                              if (!valid4) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate21.errors = [{ instancePath: instancePath + "/response/card/permissions", schemaPath: "#/properties/response/properties/card/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid2 = _errs24 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/response/card", schemaPath: "#/properties/response/properties/card/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid1 = _errs9 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data2.reprompt !== void 0) {
                        let data14 = data2.reprompt;
                        const _errs28 = errors;
                        if (errors === _errs28) {
                          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                            if (data14.outputSpeech !== void 0) {
                              const _errs30 = errors;
                              if (!validate22(data14.outputSpeech, { instancePath: instancePath + "/response/reprompt/outputSpeech", parentData: data14, parentDataProperty: "outputSpeech", rootData })) {
                                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                                errors = vErrors.length;
                              }
                              var valid5 = _errs30 === errors;
                            } else {
                              var valid5 = true;
                            }
                            if (valid5) {
                              if (data14.directives !== void 0) {
                                let data16 = data14.directives;
                                const _errs31 = errors;
                                if (errors === _errs31) {
                                  if (Array.isArray(data16)) {
                                    var valid6 = true;
                                    const len1 = data16.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                      const _errs33 = errors;
                                      if (!validate25(data16[i1], { instancePath: instancePath + "/response/reprompt/directives/" + i1, parentData: data16, parentDataProperty: i1, rootData })) {
                                        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid6 = _errs33 === errors;
                                      if (!valid6) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate21.errors = [{ instancePath: instancePath + "/response/reprompt/directives", schemaPath: "#/properties/response/properties/reprompt/properties/directives/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid5 = _errs31 === errors;
                              } else {
                                var valid5 = true;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/response/reprompt", schemaPath: "#/properties/response/properties/reprompt/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs28 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data2.shouldEndSession !== void 0) {
                          let data18 = data2.shouldEndSession;
                          const _errs34 = errors;
                          if (typeof data18 !== "boolean" && data18 !== null) {
                            validate21.errors = [{ instancePath: instancePath + "/response/shouldEndSession", schemaPath: "#/properties/response/properties/shouldEndSession/type", keyword: "type", params: { type: schema6.properties.response.properties.shouldEndSession.type }, message: "must be boolean,null" }];
                            return false;
                          }
                          var valid1 = _errs34 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data2.directives !== void 0) {
                            let data19 = data2.directives;
                            const _errs36 = errors;
                            if (errors === _errs36) {
                              if (Array.isArray(data19)) {
                                var valid7 = true;
                                const len2 = data19.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                  const _errs38 = errors;
                                  if (!validate25(data19[i2], { instancePath: instancePath + "/response/directives/" + i2, parentData: data19, parentDataProperty: i2, rootData })) {
                                    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid7 = _errs38 === errors;
                                  if (!valid7) {
                                    break;
                                  }
                                }
                              } else {
                                validate21.errors = [{ instancePath: instancePath + "/response/directives", schemaPath: "#/properties/response/properties/directives/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid1 = _errs36 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data2.canFulfillIntent !== void 0) {
                              let data21 = data2.canFulfillIntent;
                              const _errs39 = errors;
                              if (errors === _errs39) {
                                if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/response/canFulfillIntent", schemaPath: "#/properties/response/properties/canFulfillIntent/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs39 === errors;
                            } else {
                              var valid1 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/response", schemaPath: "#/properties/response/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.userAgent !== void 0) {
                const _errs42 = errors;
                if (typeof data.userAgent !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs42 === errors;
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

// check:alexa.skill.result.strict.check.js
function d_AlexaSkillOutputSpeech(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v4 = x.type;
    if (v4 === void 0) return false;
    if (!(v4 === "PlainText" || v4 === "SSML")) return false;
  }
  {
    const v5 = x.text;
    if (v5 !== void 0) {
      if (!(typeof v5 === "string")) return false;
    }
  }
  {
    const v6 = x.ssml;
    if (v6 !== void 0) {
      if (!(typeof v6 === "string")) return false;
    }
  }
  {
    const v7 = x.playBehavior;
    if (v7 !== void 0) {
      if (!(v7 === "ENQUEUE" || v7 === "REPLACE_ALL" || v7 === "REPLACE_ENQUEUED")) return false;
    }
  }
  if (!(b0(x) ? !(x !== null && typeof x === "object" && !Array.isArray(x)) || x.ssml !== void 0 : !(x !== null && typeof x === "object" && !Array.isArray(x)) || x.text !== void 0)) return false;
  return true;
}
function b0(x) {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v8 = x.type;
      if (v8 !== void 0) {
        if (!(v8 === "SSML")) return false;
      }
    }
  }
  return true;
}
function d_AlexaSkillDirective(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v27 = x.type;
    if (v27 === void 0) return false;
    if (!(typeof v27 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.sessionAttributes;
    if (v1 !== void 0) {
      if (!(v1 !== null && typeof v1 === "object" && !Array.isArray(v1))) return false;
    }
  }
  {
    const v2 = x.response;
    if (v2 === void 0) return false;
    if (!(v2 !== null && typeof v2 === "object" && !Array.isArray(v2))) return false;
    {
      const v3 = v2.outputSpeech;
      if (v3 !== void 0) {
        if (!d_AlexaSkillOutputSpeech(v3)) return false;
      }
    }
    {
      const v11 = v2.card;
      if (v11 !== void 0) {
        if (!(v11 !== null && typeof v11 === "object" && !Array.isArray(v11))) return false;
        {
          const v12 = v11.type;
          if (v12 === void 0) return false;
          if (!(v12 === "Simple" || v12 === "Standard" || v12 === "LinkAccount" || v12 === "AskForPermissionsConsent")) return false;
        }
        {
          const v13 = v11.title;
          if (v13 !== void 0) {
            if (!(typeof v13 === "string")) return false;
          }
        }
        {
          const v14 = v11.content;
          if (v14 !== void 0) {
            if (!(typeof v14 === "string")) return false;
          }
        }
        {
          const v15 = v11.text;
          if (v15 !== void 0) {
            if (!(typeof v15 === "string")) return false;
          }
        }
        {
          const v16 = v11.image;
          if (v16 !== void 0) {
            if (!(v16 !== null && typeof v16 === "object" && !Array.isArray(v16))) return false;
            {
              const v17 = v16.smallImageUrl;
              if (v17 !== void 0) {
                if (!(typeof v17 === "string")) return false;
              }
            }
            {
              const v18 = v16.largeImageUrl;
              if (v18 !== void 0) {
                if (!(typeof v18 === "string")) return false;
              }
            }
          }
        }
        {
          const v19 = v11.permissions;
          if (v19 !== void 0) {
            if (!Array.isArray(v19)) return false;
            for (let v21 = 0; v21 < v19.length; v21++) {
              const v20 = v19[v21];
              if (!(typeof v20 === "string")) return false;
            }
          }
        }
      }
    }
    {
      const v22 = v2.reprompt;
      if (v22 !== void 0) {
        if (!(v22 !== null && typeof v22 === "object" && !Array.isArray(v22))) return false;
        {
          const v23 = v22.outputSpeech;
          if (v23 !== void 0) {
            if (!d_AlexaSkillOutputSpeech(v23)) return false;
          }
        }
        {
          const v24 = v22.directives;
          if (v24 !== void 0) {
            if (!Array.isArray(v24)) return false;
            for (let v26 = 0; v26 < v24.length; v26++) {
              const v25 = v24[v26];
              if (!d_AlexaSkillDirective(v25)) return false;
            }
          }
        }
      }
    }
    {
      const v28 = v2.shouldEndSession;
      if (v28 !== void 0) {
        if (!(typeof v28 === "boolean" || v28 === null)) return false;
      }
    }
    {
      const v29 = v2.directives;
      if (v29 !== void 0) {
        if (!Array.isArray(v29)) return false;
        for (let v31 = 0; v31 < v29.length; v31++) {
          const v30 = v29[v31];
          if (!d_AlexaSkillDirective(v30)) return false;
        }
      }
    }
    {
      const v32 = v2.canFulfillIntent;
      if (v32 !== void 0) {
        if (!(v32 !== null && typeof v32 === "object" && !Array.isArray(v32))) return false;
      }
    }
  }
  {
    const v33 = x.userAgent;
    if (v33 !== void 0) {
      if (!(typeof v33 === "string")) return false;
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

// alexa.skill.result.strict.entry.ts
var validate = withStandardSchema(checked(check, alexa_skill_result_strict_standalone_default), "alexa.skill.result");
export {
  validate as default,
  validate
};
