// Generated from schemas/bedrock/agent-function.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:bedrock.agent-function.all.standalone.js
var validateAll = validate20;
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
    if (data.agent === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.inputText === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputText" }, message: "must have required property 'inputText'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.sessionId === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sessionId" }, message: "must have required property 'sessionId'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.actionGroup === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actionGroup" }, message: "must have required property 'actionGroup'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.function === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "function" }, message: "must have required property 'function'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.messageVersion !== void 0) {
      if (typeof data.messageVersion !== "string") {
        const err6 = { instancePath: instancePath + "/messageVersion", schemaPath: "#/$defs/BedrockAgentMessageVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.agent !== void 0) {
      let data1 = data.agent;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err7 = { instancePath: instancePath + "/agent", schemaPath: "#/$defs/BedrockAgentInfo/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1.id === void 0) {
          const err8 = { instancePath: instancePath + "/agent", schemaPath: "#/$defs/BedrockAgentInfo/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1.alias === void 0) {
          const err9 = { instancePath: instancePath + "/agent", schemaPath: "#/$defs/BedrockAgentInfo/required", keyword: "required", params: { missingProperty: "alias" }, message: "must have required property 'alias'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err10 = { instancePath: instancePath + "/agent", schemaPath: "#/$defs/BedrockAgentInfo/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data1.name !== void 0) {
          if (typeof data1.name !== "string") {
            const err11 = { instancePath: instancePath + "/agent/name", schemaPath: "#/$defs/BedrockAgentInfo/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.id !== void 0) {
          if (typeof data1.id !== "string") {
            const err12 = { instancePath: instancePath + "/agent/id", schemaPath: "#/$defs/BedrockAgentInfo/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.alias !== void 0) {
          if (typeof data1.alias !== "string") {
            const err13 = { instancePath: instancePath + "/agent/alias", schemaPath: "#/$defs/BedrockAgentInfo/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          if (typeof data1.version !== "string") {
            const err14 = { instancePath: instancePath + "/agent/version", schemaPath: "#/$defs/BedrockAgentInfo/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/agent", schemaPath: "#/$defs/BedrockAgentInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.inputText !== void 0) {
      if (typeof data.inputText !== "string") {
        const err16 = { instancePath: instancePath + "/inputText", schemaPath: "#/properties/inputText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.sessionId !== void 0) {
      if (typeof data.sessionId !== "string") {
        const err17 = { instancePath: instancePath + "/sessionId", schemaPath: "#/properties/sessionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.actionGroup !== void 0) {
      if (typeof data.actionGroup !== "string") {
        const err18 = { instancePath: instancePath + "/actionGroup", schemaPath: "#/properties/actionGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.function !== void 0) {
      if (typeof data.function !== "string") {
        const err19 = { instancePath: instancePath + "/function", schemaPath: "#/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data10 = data.parameters;
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data11 = data10[i0];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.name === void 0) {
              const err20 = { instancePath: instancePath + "/parameters/" + i0, schemaPath: "#/$defs/BedrockAgentParameter/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data11.type === void 0) {
              const err21 = { instancePath: instancePath + "/parameters/" + i0, schemaPath: "#/$defs/BedrockAgentParameter/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data11.value === void 0) {
              const err22 = { instancePath: instancePath + "/parameters/" + i0, schemaPath: "#/$defs/BedrockAgentParameter/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data11.name !== void 0) {
              if (typeof data11.name !== "string") {
                const err23 = { instancePath: instancePath + "/parameters/" + i0 + "/name", schemaPath: "#/$defs/BedrockAgentParameter/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data11.type !== void 0) {
              if (typeof data11.type !== "string") {
                const err24 = { instancePath: instancePath + "/parameters/" + i0 + "/type", schemaPath: "#/$defs/BedrockAgentParameter/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data11.value !== void 0) {
              if (typeof data11.value !== "string") {
                const err25 = { instancePath: instancePath + "/parameters/" + i0 + "/value", schemaPath: "#/$defs/BedrockAgentParameter/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/parameters/" + i0, schemaPath: "#/$defs/BedrockAgentParameter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.sessionAttributes !== void 0) {
      let data15 = data.sessionAttributes;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key0 in data15) {
          if (typeof data15[key0] !== "string") {
            const err28 = { instancePath: instancePath + "/sessionAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/BedrockAgentSessionAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/sessionAttributes", schemaPath: "#/$defs/BedrockAgentSessionAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.promptSessionAttributes !== void 0) {
      let data17 = data.promptSessionAttributes;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key1 in data17) {
          if (typeof data17[key1] !== "string") {
            const err30 = { instancePath: instancePath + "/promptSessionAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/BedrockAgentPromptSessionAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/promptSessionAttributes", schemaPath: "#/$defs/BedrockAgentPromptSessionAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "messageVersion": true, "agent": true, "inputText": true, "sessionId": true, "actionGroup": true, "function": true, "parameters": true, "sessionAttributes": true, "promptSessionAttributes": true }, "dynamicProps": false, "dynamicItems": false };

// bedrock.agent-function.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
