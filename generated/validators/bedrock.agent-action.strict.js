// Generated from schemas/bedrock/agent-action.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:bedrock.agent-action.strict.standalone.js
var bedrock_agent_action_strict_standalone_default = validate20;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.properties === void 0 && (missing0 = "properties")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.properties !== void 0) {
          let data0 = data.properties;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs3 = errors;
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing1;
                    if (data1.name === void 0 && (missing1 = "name") || data1.type === void 0 && (missing1 = "type") || data1.value === void 0 && (missing1 = "value")) {
                      validate22.errors = [{ instancePath: instancePath + "/properties/" + i0, schemaPath: "#/$defs/BedrockAgentParameter/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data1.name !== void 0) {
                        const _errs6 = errors;
                        if (typeof data1.name !== "string") {
                          validate22.errors = [{ instancePath: instancePath + "/properties/" + i0 + "/name", schemaPath: "#/$defs/BedrockAgentParameter/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs6 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data1.type !== void 0) {
                          const _errs8 = errors;
                          if (typeof data1.type !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/properties/" + i0 + "/type", schemaPath: "#/$defs/BedrockAgentParameter/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs8 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data1.value !== void 0) {
                            const _errs10 = errors;
                            if (typeof data1.value !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/properties/" + i0 + "/value", schemaPath: "#/$defs/BedrockAgentParameter/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs10 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/properties/" + i0, schemaPath: "#/$defs/BedrockAgentParameter/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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
validate22.evaluated = { "props": { "properties": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.content === void 0 && (missing0 = "content")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.content !== void 0) {
          let data0 = data.content;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              for (const key0 in data0) {
                const _errs4 = errors;
                if (!validate22(data0[key0], { instancePath: instancePath + "/content/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs4 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
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
validate21.evaluated = { "props": { "content": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.messageVersion === void 0 && (missing0 = "messageVersion") || data.agent === void 0 && (missing0 = "agent") || data.inputText === void 0 && (missing0 = "inputText") || data.sessionId === void 0 && (missing0 = "sessionId") || data.actionGroup === void 0 && (missing0 = "actionGroup") || data.apiPath === void 0 && (missing0 = "apiPath") || data.httpMethod === void 0 && (missing0 = "httpMethod")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.messageVersion !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/messageVersion", schemaPath: "#/$defs/BedrockAgentMessageVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.agent !== void 0) {
            let data1 = data.agent;
            const _errs4 = errors;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing1;
                if (data1.name === void 0 && (missing1 = "name") || data1.id === void 0 && (missing1 = "id") || data1.alias === void 0 && (missing1 = "alias") || data1.version === void 0 && (missing1 = "version")) {
                  validate20.errors = [{ instancePath: instancePath + "/agent", schemaPath: "#/$defs/BedrockAgentInfo/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.name !== void 0) {
                    const _errs7 = errors;
                    if (typeof data1.name !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/agent/name", schemaPath: "#/$defs/BedrockAgentInfo/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid3 = _errs7 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data1.id !== void 0) {
                      const _errs9 = errors;
                      if (typeof data1.id !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/agent/id", schemaPath: "#/$defs/BedrockAgentInfo/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs9 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data1.alias !== void 0) {
                        const _errs11 = errors;
                        if (typeof data1.alias !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/agent/alias", schemaPath: "#/$defs/BedrockAgentInfo/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs11 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data1.version !== void 0) {
                          const _errs13 = errors;
                          if (typeof data1.version !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/agent/version", schemaPath: "#/$defs/BedrockAgentInfo/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs13 === errors;
                        } else {
                          var valid3 = true;
                        }
                      }
                    }
                  }
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/agent", schemaPath: "#/$defs/BedrockAgentInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.inputText !== void 0) {
              const _errs15 = errors;
              if (typeof data.inputText !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/inputText", schemaPath: "#/properties/inputText/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs15 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sessionId !== void 0) {
                const _errs17 = errors;
                if (typeof data.sessionId !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/sessionId", schemaPath: "#/properties/sessionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs17 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.actionGroup !== void 0) {
                  const _errs19 = errors;
                  if (typeof data.actionGroup !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/actionGroup", schemaPath: "#/properties/actionGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs19 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.apiPath !== void 0) {
                    const _errs21 = errors;
                    if (typeof data.apiPath !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/apiPath", schemaPath: "#/properties/apiPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs21 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.httpMethod !== void 0) {
                      const _errs23 = errors;
                      if (typeof data.httpMethod !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs23 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.parameters !== void 0) {
                        let data11 = data.parameters;
                        const _errs25 = errors;
                        if (errors === _errs25) {
                          if (Array.isArray(data11)) {
                            var valid4 = true;
                            const len0 = data11.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              let data12 = data11[i0];
                              const _errs27 = errors;
                              const _errs28 = errors;
                              if (errors === _errs28) {
                                if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                  let missing2;
                                  if (data12.name === void 0 && (missing2 = "name") || data12.type === void 0 && (missing2 = "type") || data12.value === void 0 && (missing2 = "value")) {
                                    validate20.errors = [{ instancePath: instancePath + "/parameters/" + i0, schemaPath: "#/$defs/BedrockAgentParameter/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                    return false;
                                  } else {
                                    if (data12.name !== void 0) {
                                      const _errs30 = errors;
                                      if (typeof data12.name !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/parameters/" + i0 + "/name", schemaPath: "#/$defs/BedrockAgentParameter/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid6 = _errs30 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data12.type !== void 0) {
                                        const _errs32 = errors;
                                        if (typeof data12.type !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/parameters/" + i0 + "/type", schemaPath: "#/$defs/BedrockAgentParameter/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid6 = _errs32 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data12.value !== void 0) {
                                          const _errs34 = errors;
                                          if (typeof data12.value !== "string") {
                                            validate20.errors = [{ instancePath: instancePath + "/parameters/" + i0 + "/value", schemaPath: "#/$defs/BedrockAgentParameter/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid6 = _errs34 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/parameters/" + i0, schemaPath: "#/$defs/BedrockAgentParameter/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid4 = _errs27 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs25 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.requestBody !== void 0) {
                          const _errs36 = errors;
                          if (!validate21(data.requestBody, { instancePath: instancePath + "/requestBody", parentData: data, parentDataProperty: "requestBody", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs36 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.sessionAttributes !== void 0) {
                            let data17 = data.sessionAttributes;
                            const _errs37 = errors;
                            const _errs38 = errors;
                            if (errors === _errs38) {
                              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                for (const key0 in data17) {
                                  const _errs41 = errors;
                                  if (typeof data17[key0] !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/sessionAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/BedrockAgentSessionAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid8 = _errs41 === errors;
                                  if (!valid8) {
                                    break;
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/sessionAttributes", schemaPath: "#/$defs/BedrockAgentSessionAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs37 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.promptSessionAttributes !== void 0) {
                              let data19 = data.promptSessionAttributes;
                              const _errs43 = errors;
                              const _errs44 = errors;
                              if (errors === _errs44) {
                                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                  for (const key1 in data19) {
                                    const _errs47 = errors;
                                    if (typeof data19[key1] !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/promptSessionAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/BedrockAgentPromptSessionAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid10 = _errs47 === errors;
                                    if (!valid10) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/promptSessionAttributes", schemaPath: "#/$defs/BedrockAgentPromptSessionAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs43 === errors;
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
validate20.evaluated = { "props": { "messageVersion": true, "agent": true, "inputText": true, "sessionId": true, "actionGroup": true, "apiPath": true, "httpMethod": true, "parameters": true, "requestBody": true, "sessionAttributes": true, "promptSessionAttributes": true }, "dynamicProps": false, "dynamicItems": false };

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

// bedrock.agent-action.strict.entry.ts
withStandardSchema(bedrock_agent_action_strict_standalone_default, "bedrock.agent-action");
export {
  bedrock_agent_action_strict_standalone_default as default,
  bedrock_agent_action_strict_standalone_default as validate
};
