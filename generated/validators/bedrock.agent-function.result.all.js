// Generated from schemas/bedrock/agent-function.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:bedrock.agent-function.result.all.standalone.js
var validateAll = validate20;
var schema38 = { "type": "object", "required": ["knowledgeBaseId", "retrievalConfiguration"], "properties": { "knowledgeBaseId": { "type": "string" }, "retrievalConfiguration": { "type": "object", "properties": { "vectorSearchConfiguration": { "type": "object", "properties": { "numberOfResults": { "type": "integer", "minimum": 1 }, "overrideSearchType": { "enum": ["HYBRID", "SEMANTIC"] }, "filter": { "type": "object", "additionalProperties": true } } } } } } };
var schema34 = { "type": "object", "required": ["responseBody"], "properties": { "responseState": { "enum": ["FAILURE", "REPROMPT"] }, "responseBody": { "$ref": "#/$defs/BedrockAgentResponseBody" } } };
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.responseBody === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "responseBody" }, message: "must have required property 'responseBody'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.responseState !== void 0) {
      let data0 = data.responseState;
      if (!(data0 === "FAILURE" || data0 === "REPROMPT")) {
        const err1 = { instancePath: instancePath + "/responseState", schemaPath: "#/properties/responseState/enum", keyword: "enum", params: { allowedValues: schema34.properties.responseState.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.responseBody !== void 0) {
      let data1 = data.responseBody;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (Object.keys(data1).length < 1) {
          const err2 = { instancePath: instancePath + "/responseBody", schemaPath: "#/$defs/BedrockAgentResponseBody/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key0 in data1) {
          let data2 = data1[key0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.body === void 0) {
              const err3 = { instancePath: instancePath + "/responseBody/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/BedrockAgentResponseBody/additionalProperties/required", keyword: "required", params: { missingProperty: "body" }, message: "must have required property 'body'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.body !== void 0) {
              if (typeof data2.body !== "string") {
                const err4 = { instancePath: instancePath + "/responseBody/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/body", schemaPath: "#/$defs/BedrockAgentResponseBody/additionalProperties/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/responseBody/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/BedrockAgentResponseBody/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/responseBody", schemaPath: "#/$defs/BedrockAgentResponseBody/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "responseState": true, "responseBody": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.actionGroup === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actionGroup" }, message: "must have required property 'actionGroup'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.function === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "function" }, message: "must have required property 'function'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.functionResponse === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "functionResponse" }, message: "must have required property 'functionResponse'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.actionGroup !== void 0) {
      if (typeof data.actionGroup !== "string") {
        const err3 = { instancePath: instancePath + "/actionGroup", schemaPath: "#/properties/actionGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.function !== void 0) {
      if (typeof data.function !== "string") {
        const err4 = { instancePath: instancePath + "/function", schemaPath: "#/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.functionResponse !== void 0) {
      if (!validate22(data.functionResponse, { instancePath: instancePath + "/functionResponse", parentData: data, parentDataProperty: "functionResponse", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "actionGroup": true, "function": true, "functionResponse": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.messageVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "messageVersion" }, message: "must have required property 'messageVersion'" };
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
    if (data.messageVersion !== void 0) {
      if (typeof data.messageVersion !== "string") {
        const err2 = { instancePath: instancePath + "/messageVersion", schemaPath: "#/$defs/BedrockAgentMessageVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.response !== void 0) {
      if (!validate21(data.response, { instancePath: instancePath + "/response", parentData: data, parentDataProperty: "response", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.sessionAttributes !== void 0) {
      let data2 = data.sessionAttributes;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (typeof data2[key0] !== "string") {
            const err3 = { instancePath: instancePath + "/sessionAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/BedrockAgentSessionAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/sessionAttributes", schemaPath: "#/$defs/BedrockAgentSessionAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.promptSessionAttributes !== void 0) {
      let data4 = data.promptSessionAttributes;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (typeof data4[key1] !== "string") {
            const err5 = { instancePath: instancePath + "/promptSessionAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/BedrockAgentPromptSessionAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/promptSessionAttributes", schemaPath: "#/$defs/BedrockAgentPromptSessionAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.knowledgeBasesConfiguration !== void 0) {
      let data6 = data.knowledgeBasesConfiguration;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.knowledgeBaseId === void 0) {
              const err7 = { instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0, schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/required", keyword: "required", params: { missingProperty: "knowledgeBaseId" }, message: "must have required property 'knowledgeBaseId'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data7.retrievalConfiguration === void 0) {
              const err8 = { instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0, schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/required", keyword: "required", params: { missingProperty: "retrievalConfiguration" }, message: "must have required property 'retrievalConfiguration'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data7.knowledgeBaseId !== void 0) {
              if (typeof data7.knowledgeBaseId !== "string") {
                const err9 = { instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/knowledgeBaseId", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/knowledgeBaseId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data7.retrievalConfiguration !== void 0) {
              let data9 = data7.retrievalConfiguration;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.vectorSearchConfiguration !== void 0) {
                  let data10 = data9.vectorSearchConfiguration;
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.numberOfResults !== void 0) {
                      let data11 = data10.numberOfResults;
                      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                        const err10 = { instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/retrievalConfiguration/vectorSearchConfiguration/numberOfResults", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/numberOfResults/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                      if (typeof data11 == "number" && isFinite(data11)) {
                        if (data11 < 1 || isNaN(data11)) {
                          const err11 = { instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/retrievalConfiguration/vectorSearchConfiguration/numberOfResults", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/numberOfResults/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err11];
                          } else {
                            vErrors.push(err11);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data10.overrideSearchType !== void 0) {
                      let data12 = data10.overrideSearchType;
                      if (!(data12 === "HYBRID" || data12 === "SEMANTIC")) {
                        const err12 = { instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/retrievalConfiguration/vectorSearchConfiguration/overrideSearchType", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/overrideSearchType/enum", keyword: "enum", params: { allowedValues: schema38.properties.retrievalConfiguration.properties.vectorSearchConfiguration.properties.overrideSearchType.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    }
                    if (data10.filter !== void 0) {
                      let data13 = data10.filter;
                      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                      } else {
                        const err13 = { instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/retrievalConfiguration/vectorSearchConfiguration/filter", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/filter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/retrievalConfiguration/vectorSearchConfiguration", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/retrievalConfiguration/properties/vectorSearchConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0 + "/retrievalConfiguration", schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/properties/retrievalConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0, schemaPath: "#/$defs/BedrockAgentKnowledgeBaseConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/knowledgeBasesConfiguration", schemaPath: "#/properties/knowledgeBasesConfiguration/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "messageVersion": true, "response": true, "sessionAttributes": true, "promptSessionAttributes": true, "knowledgeBasesConfiguration": true }, "dynamicProps": false, "dynamicItems": false };

// bedrock.agent-function.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
