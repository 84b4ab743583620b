// Generated from schemas/bedrock/agent-function.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:bedrock.agent-function.result.strict.standalone.js
var bedrock_agent_function_result_strict_standalone_default = validate21;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema9 = { "type": "object", "required": ["responseBody"], "properties": { "responseState": { "enum": ["FAILURE", "REPROMPT"] }, "responseBody": { "$ref": "#/$defs/BedrockAgentResponseBody" } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length < 1) {
        validate26.errors = [{ instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
        return false;
      } else {
        for (const key0 in data) {
          let data0 = data[key0];
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing0;
              if (data0.body === void 0 && (missing0 = "body")) {
                validate26.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
              } else {
                if (data0.body !== void 0) {
                  if (typeof data0.body !== "string") {
                    validate26.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/body", schemaPath: "#/additionalProperties/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
              }
            } else {
              validate26.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
          if (!valid0) {
            break;
          }
        }
      }
    } else {
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.responseBody === void 0 && (missing0 = "responseBody")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.responseState !== void 0) {
          let data0 = data.responseState;
          const _errs1 = errors;
          if (!(data0 === "FAILURE" || data0 === "REPROMPT")) {
            validate25.errors = [{ instancePath: instancePath + "/responseState", schemaPath: "#/properties/responseState/enum", keyword: "enum", params: { allowedValues: schema9.properties.responseState.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.responseBody !== void 0) {
            const _errs2 = errors;
            if (!validate26(data.responseBody, { instancePath: instancePath + "/responseBody", parentData: data, parentDataProperty: "responseBody", rootData })) {
              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
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
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.actionGroup === void 0 && (missing0 = "actionGroup") || data.function === void 0 && (missing0 = "function") || data.functionResponse === void 0 && (missing0 = "functionResponse")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.actionGroup !== void 0) {
          const _errs1 = errors;
          if (typeof data.actionGroup !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/actionGroup", schemaPath: "#/properties/actionGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.function !== void 0) {
            const _errs3 = errors;
            if (typeof data.function !== "string") {
              validate24.errors = [{ instancePath: instancePath + "/function", schemaPath: "#/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.functionResponse !== void 0) {
              const _errs5 = errors;
              if (!validate25(data.functionResponse, { instancePath: instancePath + "/functionResponse", parentData: data, parentDataProperty: "functionResponse", rootData })) {
                vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate30.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate32.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var schema13 = { "type": "object", "required": ["knowledgeBaseId", "retrievalConfiguration"], "properties": { "knowledgeBaseId": { "type": "string" }, "retrievalConfiguration": { "type": "object", "properties": { "vectorSearchConfiguration": { "type": "object", "properties": { "numberOfResults": { "type": "integer", "minimum": 1 }, "overrideSearchType": { "enum": ["HYBRID", "SEMANTIC"] }, "filter": { "type": "object", "additionalProperties": true } } } } } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.knowledgeBaseId === void 0 && (missing0 = "knowledgeBaseId") || data.retrievalConfiguration === void 0 && (missing0 = "retrievalConfiguration")) {
        validate34.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.knowledgeBaseId !== void 0) {
          const _errs1 = errors;
          if (typeof data.knowledgeBaseId !== "string") {
            validate34.errors = [{ instancePath: instancePath + "/knowledgeBaseId", schemaPath: "#/properties/knowledgeBaseId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.retrievalConfiguration !== void 0) {
            let data1 = data.retrievalConfiguration;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.vectorSearchConfiguration !== void 0) {
                  let data2 = data1.vectorSearchConfiguration;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      if (data2.numberOfResults !== void 0) {
                        let data3 = data2.numberOfResults;
                        const _errs7 = errors;
                        if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                          validate34.errors = [{ instancePath: instancePath + "/retrievalConfiguration/vectorSearchConfiguration/numberOfResults", schemaPath: "#/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/numberOfResults/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        if (errors === _errs7) {
                          if (typeof data3 == "number" && isFinite(data3)) {
                            if (data3 < 1 || isNaN(data3)) {
                              validate34.errors = [{ instancePath: instancePath + "/retrievalConfiguration/vectorSearchConfiguration/numberOfResults", schemaPath: "#/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/numberOfResults/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                              return false;
                            }
                          }
                        }
                        var valid2 = _errs7 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data2.overrideSearchType !== void 0) {
                          let data4 = data2.overrideSearchType;
                          const _errs9 = errors;
                          if (!(data4 === "HYBRID" || data4 === "SEMANTIC")) {
                            validate34.errors = [{ instancePath: instancePath + "/retrievalConfiguration/vectorSearchConfiguration/overrideSearchType", schemaPath: "#/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/overrideSearchType/enum", keyword: "enum", params: { allowedValues: schema13.properties.retrievalConfiguration.properties.vectorSearchConfiguration.properties.overrideSearchType.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                          }
                          var valid2 = _errs9 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data2.filter !== void 0) {
                            let data5 = data2.filter;
                            const _errs10 = errors;
                            if (errors === _errs10) {
                              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                              } else {
                                validate34.errors = [{ instancePath: instancePath + "/retrievalConfiguration/vectorSearchConfiguration/filter", schemaPath: "#/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/filter/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid2 = _errs10 === errors;
                          } else {
                            var valid2 = true;
                          }
                        }
                      }
                    } else {
                      validate34.errors = [{ instancePath: instancePath + "/retrievalConfiguration/vectorSearchConfiguration", schemaPath: "#/properties/retrievalConfiguration/properties/vectorSearchConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                }
              } else {
                validate34.errors = [{ instancePath: instancePath + "/retrievalConfiguration", schemaPath: "#/properties/retrievalConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
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
      if (data.messageVersion === void 0 && (missing0 = "messageVersion") || data.response === void 0 && (missing0 = "response")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageVersion !== void 0) {
          const _errs1 = errors;
          if (!validate22(data.messageVersion, { instancePath: instancePath + "/messageVersion", parentData: data, parentDataProperty: "messageVersion", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.response !== void 0) {
            const _errs2 = errors;
            if (!validate24(data.response, { instancePath: instancePath + "/response", parentData: data, parentDataProperty: "response", rootData })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sessionAttributes !== void 0) {
              const _errs3 = errors;
              if (!validate30(data.sessionAttributes, { instancePath: instancePath + "/sessionAttributes", parentData: data, parentDataProperty: "sessionAttributes", rootData })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.promptSessionAttributes !== void 0) {
                const _errs4 = errors;
                if (!validate32(data.promptSessionAttributes, { instancePath: instancePath + "/promptSessionAttributes", parentData: data, parentDataProperty: "promptSessionAttributes", rootData })) {
                  vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.knowledgeBasesConfiguration !== void 0) {
                  let data4 = data.knowledgeBasesConfiguration;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (Array.isArray(data4)) {
                      var valid1 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs7 = errors;
                        if (!validate34(data4[i0], { instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
                          vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs7 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/knowledgeBasesConfiguration", schemaPath: "#/properties/knowledgeBasesConfiguration/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
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

// check:bedrock.agent-function.result.strict.check.js
function d_BedrockAgentFunctionResponseBlock(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v2 = x.actionGroup;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.function;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.functionResponse;
    if (v4 === void 0) return false;
    if (!d_BedrockAgentFunctionOutcome(v4)) return false;
  }
  return true;
}
function d_BedrockAgentFunctionOutcome(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v5 = x.responseState;
    if (v5 !== void 0) {
      if (!(v5 === "FAILURE" || v5 === "REPROMPT")) return false;
    }
  }
  {
    const v6 = x.responseBody;
    if (v6 === void 0) return false;
    if (!d_BedrockAgentResponseBody(v6)) return false;
  }
  return true;
}
function d_BedrockAgentResponseBody(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v7 in x) {
    const v8 = x[v7];
    if (!(v8 !== null && typeof v8 === "object" && !Array.isArray(v8))) return false;
    {
      const v9 = v8.body;
      if (v9 === void 0) return false;
      if (!(typeof v9 === "string")) return false;
    }
  }
  if (!(Object.keys(x).length >= 1)) return false;
  return true;
}
function d_BedrockAgentSessionAttributes(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v11 in x) {
    const v12 = x[v11];
    if (!(typeof v12 === "string")) return false;
  }
  return true;
}
function d_BedrockAgentPromptSessionAttributes(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v14 in x) {
    const v15 = x[v14];
    if (!(typeof v15 === "string")) return false;
  }
  return true;
}
function d_BedrockAgentKnowledgeBaseConfiguration(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v19 = x.knowledgeBaseId;
    if (v19 === void 0) return false;
    if (!(typeof v19 === "string")) return false;
  }
  {
    const v20 = x.retrievalConfiguration;
    if (v20 === void 0) return false;
    if (!(v20 !== null && typeof v20 === "object" && !Array.isArray(v20))) return false;
    {
      const v21 = v20.vectorSearchConfiguration;
      if (v21 !== void 0) {
        if (!(v21 !== null && typeof v21 === "object" && !Array.isArray(v21))) return false;
        {
          const v22 = v21.numberOfResults;
          if (v22 !== void 0) {
            if (!(typeof v22 === "number" && !(v22 % 1) && !isNaN(v22) && isFinite(v22))) return false;
            if (!(v22 >= 1)) return false;
          }
        }
        {
          const v23 = v21.overrideSearchType;
          if (v23 !== void 0) {
            if (!(v23 === "HYBRID" || v23 === "SEMANTIC")) return false;
          }
        }
        {
          const v24 = v21.filter;
          if (v24 !== void 0) {
            if (!(v24 !== null && typeof v24 === "object" && !Array.isArray(v24))) return false;
          }
        }
      }
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.messageVersion;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.response;
    if (v1 === void 0) return false;
    if (!d_BedrockAgentFunctionResponseBlock(v1)) return false;
  }
  {
    const v10 = x.sessionAttributes;
    if (v10 !== void 0) {
      if (!d_BedrockAgentSessionAttributes(v10)) return false;
    }
  }
  {
    const v13 = x.promptSessionAttributes;
    if (v13 !== void 0) {
      if (!d_BedrockAgentPromptSessionAttributes(v13)) return false;
    }
  }
  {
    const v16 = x.knowledgeBasesConfiguration;
    if (v16 !== void 0) {
      if (!Array.isArray(v16)) return false;
      for (let v18 = 0; v18 < v16.length; v18++) {
        const v17 = v16[v18];
        if (!d_BedrockAgentKnowledgeBaseConfiguration(v17)) return false;
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

// bedrock.agent-function.result.strict.entry.ts
var validate = withStandardSchema(checked(check, bedrock_agent_function_result_strict_standalone_default), "bedrock.agent-function.result");
export {
  validate as default,
  validate
};
