// Generated from schemas/bedrock/agent-action.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:bedrock.agent-action.result.strict.standalone.js
var bedrock_agent_action_result_strict_standalone_default = validate21;
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
var schema8 = { "type": "object", "required": ["actionGroup", "apiPath", "httpMethod", "responseBody"], "properties": { "actionGroup": { "type": "string" }, "apiPath": { "type": "string" }, "httpMethod": { "type": "string" }, "httpStatusCode": { "type": "integer", "minimum": 100, "maximum": 599 }, "responseState": { "enum": ["FAILURE", "REPROMPT"] }, "responseBody": { "$ref": "#/$defs/BedrockAgentResponseBody" } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length < 1) {
        validate25.errors = [{ instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
        return false;
      } else {
        for (const key0 in data) {
          let data0 = data[key0];
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing0;
              if (data0.body === void 0 && (missing0 = "body")) {
                validate25.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
              } else {
                if (data0.body !== void 0) {
                  if (typeof data0.body !== "string") {
                    validate25.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/body", schemaPath: "#/additionalProperties/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
              }
            } else {
              validate25.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      if (data.actionGroup === void 0 && (missing0 = "actionGroup") || data.apiPath === void 0 && (missing0 = "apiPath") || data.httpMethod === void 0 && (missing0 = "httpMethod") || data.responseBody === void 0 && (missing0 = "responseBody")) {
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
          if (data.apiPath !== void 0) {
            const _errs3 = errors;
            if (typeof data.apiPath !== "string") {
              validate24.errors = [{ instancePath: instancePath + "/apiPath", schemaPath: "#/properties/apiPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate24.errors = [{ instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate24.errors = [{ instancePath: instancePath + "/httpStatusCode", schemaPath: "#/properties/httpStatusCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                if (errors === _errs7) {
                  if (typeof data3 == "number" && isFinite(data3)) {
                    if (data3 > 599 || isNaN(data3)) {
                      validate24.errors = [{ instancePath: instancePath + "/httpStatusCode", schemaPath: "#/properties/httpStatusCode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599" }];
                      return false;
                    } else {
                      if (data3 < 100 || isNaN(data3)) {
                        validate24.errors = [{ instancePath: instancePath + "/httpStatusCode", schemaPath: "#/properties/httpStatusCode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" }];
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
                    validate24.errors = [{ instancePath: instancePath + "/responseState", schemaPath: "#/properties/responseState/enum", keyword: "enum", params: { allowedValues: schema8.properties.responseState.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.responseBody !== void 0) {
                    const _errs10 = errors;
                    if (!validate25(data.responseBody, { instancePath: instancePath + "/responseBody", parentData: data, parentDataProperty: "responseBody", rootData })) {
                      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                      errors = vErrors.length;
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
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
var schema12 = { "type": "object", "required": ["knowledgeBaseId", "retrievalConfiguration"], "properties": { "knowledgeBaseId": { "type": "string" }, "retrievalConfiguration": { "type": "object", "properties": { "vectorSearchConfiguration": { "type": "object", "properties": { "numberOfResults": { "type": "integer", "minimum": 1 }, "overrideSearchType": { "enum": ["HYBRID", "SEMANTIC"] }, "filter": { "type": "object", "additionalProperties": true } } } } } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.knowledgeBaseId === void 0 && (missing0 = "knowledgeBaseId") || data.retrievalConfiguration === void 0 && (missing0 = "retrievalConfiguration")) {
        validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.knowledgeBaseId !== void 0) {
          const _errs1 = errors;
          if (typeof data.knowledgeBaseId !== "string") {
            validate32.errors = [{ instancePath: instancePath + "/knowledgeBaseId", schemaPath: "#/properties/knowledgeBaseId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate32.errors = [{ instancePath: instancePath + "/retrievalConfiguration/vectorSearchConfiguration/numberOfResults", schemaPath: "#/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/numberOfResults/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        if (errors === _errs7) {
                          if (typeof data3 == "number" && isFinite(data3)) {
                            if (data3 < 1 || isNaN(data3)) {
                              validate32.errors = [{ instancePath: instancePath + "/retrievalConfiguration/vectorSearchConfiguration/numberOfResults", schemaPath: "#/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/numberOfResults/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
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
                            validate32.errors = [{ instancePath: instancePath + "/retrievalConfiguration/vectorSearchConfiguration/overrideSearchType", schemaPath: "#/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/overrideSearchType/enum", keyword: "enum", params: { allowedValues: schema12.properties.retrievalConfiguration.properties.vectorSearchConfiguration.properties.overrideSearchType.enum }, message: "must be equal to one of the allowed values" }];
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
                                validate32.errors = [{ instancePath: instancePath + "/retrievalConfiguration/vectorSearchConfiguration/filter", schemaPath: "#/properties/retrievalConfiguration/properties/vectorSearchConfiguration/properties/filter/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                      validate32.errors = [{ instancePath: instancePath + "/retrievalConfiguration/vectorSearchConfiguration", schemaPath: "#/properties/retrievalConfiguration/properties/vectorSearchConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                }
              } else {
                validate32.errors = [{ instancePath: instancePath + "/retrievalConfiguration", schemaPath: "#/properties/retrievalConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate32.errors = vErrors;
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
              if (!validate28(data.sessionAttributes, { instancePath: instancePath + "/sessionAttributes", parentData: data, parentDataProperty: "sessionAttributes", rootData })) {
                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.promptSessionAttributes !== void 0) {
                const _errs4 = errors;
                if (!validate30(data.promptSessionAttributes, { instancePath: instancePath + "/promptSessionAttributes", parentData: data, parentDataProperty: "promptSessionAttributes", rootData })) {
                  vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
                        if (!validate32(data4[i0], { instancePath: instancePath + "/knowledgeBasesConfiguration/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
                          vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
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

// check:bedrock.agent-action.result.strict.check.js
function d_BedrockAgentApiResponse(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v2 = x.actionGroup;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.apiPath;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.httpMethod;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.httpStatusCode;
    if (v5 !== void 0) {
      if (!(typeof v5 === "number" && !(v5 % 1) && !isNaN(v5) && isFinite(v5))) return false;
      if (!(v5 >= 100)) return false;
      if (!(v5 <= 599)) return false;
    }
  }
  {
    const v6 = x.responseState;
    if (v6 !== void 0) {
      if (!(v6 === "FAILURE" || v6 === "REPROMPT")) return false;
    }
  }
  {
    const v7 = x.responseBody;
    if (v7 === void 0) return false;
    if (!d_BedrockAgentResponseBody(v7)) return false;
  }
  return true;
}
function d_BedrockAgentResponseBody(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v8 in x) {
    const v9 = x[v8];
    if (!(v9 !== null && typeof v9 === "object" && !Array.isArray(v9))) return false;
    {
      const v10 = v9.body;
      if (v10 === void 0) return false;
      if (!(typeof v10 === "string")) return false;
    }
  }
  if (!(Object.keys(x).length >= 1)) return false;
  return true;
}
function d_BedrockAgentSessionAttributes(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v12 in x) {
    const v13 = x[v12];
    if (!(typeof v13 === "string")) return false;
  }
  return true;
}
function d_BedrockAgentPromptSessionAttributes(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v15 in x) {
    const v16 = x[v15];
    if (!(typeof v16 === "string")) return false;
  }
  return true;
}
function d_BedrockAgentKnowledgeBaseConfiguration(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v20 = x.knowledgeBaseId;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  {
    const v21 = x.retrievalConfiguration;
    if (v21 === void 0) return false;
    if (!(v21 !== null && typeof v21 === "object" && !Array.isArray(v21))) return false;
    {
      const v22 = v21.vectorSearchConfiguration;
      if (v22 !== void 0) {
        if (!(v22 !== null && typeof v22 === "object" && !Array.isArray(v22))) return false;
        {
          const v23 = v22.numberOfResults;
          if (v23 !== void 0) {
            if (!(typeof v23 === "number" && !(v23 % 1) && !isNaN(v23) && isFinite(v23))) return false;
            if (!(v23 >= 1)) return false;
          }
        }
        {
          const v24 = v22.overrideSearchType;
          if (v24 !== void 0) {
            if (!(v24 === "HYBRID" || v24 === "SEMANTIC")) return false;
          }
        }
        {
          const v25 = v22.filter;
          if (v25 !== void 0) {
            if (!(v25 !== null && typeof v25 === "object" && !Array.isArray(v25))) return false;
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
    if (!d_BedrockAgentApiResponse(v1)) return false;
  }
  {
    const v11 = x.sessionAttributes;
    if (v11 !== void 0) {
      if (!d_BedrockAgentSessionAttributes(v11)) return false;
    }
  }
  {
    const v14 = x.promptSessionAttributes;
    if (v14 !== void 0) {
      if (!d_BedrockAgentPromptSessionAttributes(v14)) return false;
    }
  }
  {
    const v17 = x.knowledgeBasesConfiguration;
    if (v17 !== void 0) {
      if (!Array.isArray(v17)) return false;
      for (let v19 = 0; v19 < v17.length; v19++) {
        const v18 = v17[v19];
        if (!d_BedrockAgentKnowledgeBaseConfiguration(v18)) return false;
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

// bedrock.agent-action.result.strict.entry.ts
var validate = withStandardSchema(checked(check, bedrock_agent_action_result_strict_standalone_default), "bedrock.agent-action.result");
export {
  validate as default,
  validate
};
