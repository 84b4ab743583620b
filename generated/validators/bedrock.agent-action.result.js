// Generated from schemas/bedrock/agent-action.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:bedrock.agent-action.result.strict.standalone.js
var bedrock_agent_action_result_strict_standalone_default = validate20;
var schema37 = { "type": "object", "required": ["knowledgeBaseId", "retrievalConfiguration"], "properties": { "knowledgeBaseId": { "type": "string" }, "retrievalConfiguration": { "type": "object", "properties": { "vectorSearchConfiguration": { "type": "object", "properties": { "numberOfResults": { "type": "integer", "minimum": 1 }, "overrideSearchType": { "enum": ["HYBRID", "SEMANTIC"] }, "filter": { "type": "object", "additionalProperties": true } } } } } } };
var schema33 = { "type": "object", "required": ["actionGroup", "apiPath", "httpMethod", "responseBody"], "properties": { "actionGroup": { "type": "string" }, "apiPath": { "type": "string" }, "httpMethod": { "type": "string" }, "httpStatusCode": { "type": "integer", "minimum": 100, "maximum": 599 }, "responseState": { "enum": ["FAILURE", "REPROMPT"] }, "responseBody": { "$ref": "#/$defs/BedrockAgentResponseBody" } } };
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
      if (data.actionGroup === void 0 && (missing0 = "actionGroup") || data.apiPath === void 0 && (missing0 = "apiPath") || data.httpMethod === void 0 && (missing0 = "httpMethod") || data.responseBody === void 0 && (missing0 = "responseBody")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.actionGroup !== void 0) {
          const _errs1 = errors;
          if (typeof data.actionGroup !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/actionGroup", schemaPath: "#/properties/actionGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.apiPath !== void 0) {
            const _errs3 = errors;
            if (typeof data.apiPath !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/apiPath", schemaPath: "#/properties/apiPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.httpMethod !== void 0) {
              const _errs5 = errors;
              if (typeof data.httpMethod !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.httpStatusCode !== void 0) {
                let data3 = data.httpStatusCode;
                const _errs7 = errors;
                if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                  validate21.errors = [{ instancePath: instancePath + "/httpStatusCode", schemaPath: "#/properties/httpStatusCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                if (errors === _errs7) {
                  if (typeof data3 == "number" && isFinite(data3)) {
                    if (data3 > 599 || isNaN(data3)) {
                      validate21.errors = [{ instancePath: instancePath + "/httpStatusCode", schemaPath: "#/properties/httpStatusCode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599" }];
                      return false;
                    } else {
                      if (data3 < 100 || isNaN(data3)) {
                        validate21.errors = [{ instancePath: instancePath + "/httpStatusCode", schemaPath: "#/properties/httpStatusCode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" }];
                        return false;
                      }
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.responseState !== void 0) {
                  let data4 = data.responseState;
                  const _errs9 = errors;
                  if (!(data4 === "FAILURE" || data4 === "REPROMPT")) {
                    validate21.errors = [{ instancePath: instancePath + "/responseState", schemaPath: "#/properties/responseState/enum", keyword: "enum", params: { allowedValues: schema33.properties.responseState.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.responseBody !== void 0) {
                    let data5 = data.responseBody;
                    const _errs10 = errors;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        if (Object.keys(data5).length < 1) {
                          validate21.errors = [{ instancePath: instancePath + "/responseBody", schemaPath: "#/$defs/BedrockAgentResponseBody/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
                          return false;
                        } else {
                          for (const key0 in data5) {
                            let data6 = data5[key0];
                            const _errs14 = errors;
                            if (errors === _errs14) {
                              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                let missing1;
                                if (data6.body === void 0 && (missing1 = "body")) {
                                  validate21.errors = [{ instancePath: instancePath + "/responseBody/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/BedrockAgentResponseBody/additionalProperties/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                  return false;
                                } else {
                                  if (data6.body !== void 0) {
                                    if (typeof data6.body !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/responseBody/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/body", schemaPath: "#/$defs/BedrockAgentResponseBody/additionalProperties/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                }
                              } else {
                                validate21.errors = [{ instancePath: instancePath + "/responseBody/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/BedrockAgentResponseBody/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid2 = _errs14 === errors;
                            if (!valid2) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/responseBody", schemaPath: "#/$defs/BedrockAgentResponseBody/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
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
validate21.evaluated = { "props": { "actionGroup": true, "apiPath": true, "httpMethod": true, "httpStatusCode": true, "responseState": true, "responseBody": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.messageVersion === void 0 && (missing0 = "messageVersion") || data.response === void 0 && (missing0 = "response")) {
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
          if (data.response !== void 0) {
            const _errs4 = errors;
            if (!validate21(data.response, { instancePath: instancePath + "/response", parentData: data, parentDataProperty: "response", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sessionAttributes !== void 0) {
              let data2 = data.sessionAttributes;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  for (const key0 in data2) {
                    const _errs9 = errors;
                    if (typeof data2[key0] !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/sessionAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/BedrockAgentSessionAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid3 = _errs9 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/sessionAttributes", schemaPath: "#/$defs/BedrockAgentSessionAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.promptSessionAttributes !== void 0) {
                let data4 = data.promptSessionAttributes;
                const _errs11 = errors;
                const _errs12 = errors;
                if (errors === _errs12) {
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    for (const key1 in data4) {
                      const _errs15 = errors;
                      if (typeof data4[key1] !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/promptSessionAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/BedrockAgentPromptSessionAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid5 = _errs15 === errors;
                      if (!valid5) {
                        break;
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/promptSessionAttributes", schemaPath: "#/$defs/BedrockAgentPromptSessionAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs11 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.knowledgeBasesConfiguration !== void 0) {
                  let data6 = data.knowledgeBasesConfiguration;
                  const _errs17 = errors;
                  if (errors === _errs17) {
                    if (Array.isArray(data6)) {
                      var valid6 = true;
                      const len0 = data6.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data7 = data6[i0];
                        const _errs19 = errors;
                        const _errs20 = errors;
                        if (errors === _errs20) {
                          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                            let missing1;
                            if (data7.knowledgeBaseId === void 0 && (missing1 = "knowledgeBaseId") || data7.retrievalConfiguration === void 0 && (missing1 = "retrievalConfiguration")) {
                              validate20.errors = [{ instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0, schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                              return false;
                            } else {
                              if (data7.knowledgeBaseId !== void 0) {
                                const _errs22 = errors;
                                if (typeof data7.knowledgeBaseId !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/knowledgeBaseId", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/knowledgeBaseId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid8 = _errs22 === errors;
                              } else {
                                var valid8 = true;
                              }
                              if (valid8) {
                                if (data7.retrievalConfiguration !== void 0) {
                                  let data9 = data7.retrievalConfiguration;
                                  const _errs24 = errors;
                                  if (errors === _errs24) {
                                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                      if (data9.vectorSearchConfiguration !== void 0) {
                                        let data10 = data9.vectorSearchConfiguration;
                                        const _errs26 = errors;
                                        if (errors === _errs26) {
                                          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                            if (data10.numberOfResults !== void 0) {
                                              let data11 = data10.numberOfResults;
                                              const _errs28 = errors;
                                              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                                                validate20.errors = [{ instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/retrievalConfiguration/vectorSearchConfiguration/numberOfResults", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/numberOfResults/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                return false;
                                              }
                                              if (errors === _errs28) {
                                                if (typeof data11 == "number" && isFinite(data11)) {
                                                  if (data11 < 1 || isNaN(data11)) {
                                                    validate20.errors = [{ instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/retrievalConfiguration/vectorSearchConfiguration/numberOfResults", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/numberOfResults/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                    return false;
                                                  }
                                                }
                                              }
                                              var valid10 = _errs28 === errors;
                                            } else {
                                              var valid10 = true;
                                            }
                                            if (valid10) {
                                              if (data10.overrideSearchType !== void 0) {
                                                let data12 = data10.overrideSearchType;
                                                const _errs30 = errors;
                                                if (!(data12 === "HYBRID" || data12 === "SEMANTIC")) {
                                                  validate20.errors = [{ instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/retrievalConfiguration/vectorSearchConfiguration/overrideSearchType", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/overrideSearchType/enum", keyword: "enum", params: { allowedValues: schema37.properties.retrievalConfiguration.properties.vectorSearchConfiguration.properties.overrideSearchType.enum }, message: "must be equal to one of the allowed values" }];
                                                  return false;
                                                }
                                                var valid10 = _errs30 === errors;
                                              } else {
                                                var valid10 = true;
                                              }
                                              if (valid10) {
                                                if (data10.filter !== void 0) {
                                                  let data13 = data10.filter;
                                                  const _errs31 = errors;
                                                  if (errors === _errs31) {
                                                    if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                                    } else {
                                                      validate20.errors = [{ instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/retrievalConfiguration/vectorSearchConfiguration/filter", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/filter/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid10 = _errs31 === errors;
                                                } else {
                                                  var valid10 = true;
                                                }
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/retrievalConfiguration/vectorSearchConfiguration", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/retrievalConfiguration/properties/vectorSearchConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/retrievalConfiguration", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/retrievalConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid8 = _errs24 === errors;
                                } else {
                                  var valid8 = true;
                                }
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0, schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid6 = _errs19 === errors;
                        if (!valid6) {
                          break;
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/knowledgeBasesConfiguration", schemaPath: "#/properties/knowledgeBasesConfiguration/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
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
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "messageVersion": true, "response": true, "sessionAttributes": true, "promptSessionAttributes": true, "knowledgeBasesConfiguration": true }, "dynamicProps": false, "dynamicItems": false };

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

// bedrock.agent-action.result.strict.entry.ts
withStandardSchema(bedrock_agent_action_result_strict_standalone_default, "bedrock.agent-action.result");
export {
  bedrock_agent_action_result_strict_standalone_default as default,
  bedrock_agent_action_result_strict_standalone_default as validate
};
