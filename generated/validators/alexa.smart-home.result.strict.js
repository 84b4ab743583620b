// Generated from schemas/alexa/smart-home.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:alexa.smart-home.result.strict.standalone.js
var alexa_smart_home_result_strict_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:alexa.smart-home.result", "type": "object", "required": ["event"], "properties": { "event": { "type": "object", "required": ["header", "payload"], "properties": { "header": { "$ref": "#/$defs/AlexaSmartHomeHeader" }, "endpoint": { "$ref": "#/$defs/AlexaSmartHomeEndpoint" }, "payload": { "type": "object", "additionalProperties": true } } }, "context": { "type": "object", "properties": { "properties": { "type": "array", "items": { "type": "object", "required": ["namespace", "name", "value", "timeOfSample", "uncertaintyInMilliseconds"], "properties": { "namespace": { "type": "string" }, "instance": { "type": "string" }, "name": { "type": "string" }, "value": { "type": ["string", "number", "boolean", "object", "array"], "additionalProperties": true, "items": true }, "timeOfSample": { "type": "string" }, "uncertaintyInMilliseconds": { "type": "integer", "minimum": 0 } } } } } } }, "$defs": { "AlexaSmartHomeEndpoint": { "type": "object", "required": ["endpointId"], "properties": { "scope": { "$ref": "#/$defs/AlexaSmartHomeScope" }, "endpointId": { "type": "string" }, "cookie": { "type": "object", "additionalProperties": { "type": "string" } } } }, "AlexaSmartHomeHeader": { "type": "object", "required": ["namespace", "name", "messageId", "payloadVersion"], "properties": { "namespace": { "type": "string" }, "name": { "type": "string" }, "instance": { "type": "string" }, "messageId": { "type": "string" }, "correlationToken": { "type": "string" }, "payloadVersion": { "const": "3" } } }, "AlexaSmartHomeScope": { "type": "object", "required": ["type", "token"], "properties": { "type": { "type": "string" }, "token": { "type": "string" }, "partition": { "type": "string" }, "userId": { "type": "string" } } } } };
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
      if (data.endpointId === void 0 && (missing0 = "endpointId")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.scope !== void 0) {
          let data0 = data.scope;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.type === void 0 && (missing1 = "type") || data0.token === void 0 && (missing1 = "token")) {
                validate21.errors = [{ instancePath: instancePath + "/scope", schemaPath: "#/$defs/AlexaSmartHomeScope/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.type !== void 0) {
                  const _errs4 = errors;
                  if (typeof data0.type !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/scope/type", schemaPath: "#/$defs/AlexaSmartHomeScope/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.token !== void 0) {
                    const _errs6 = errors;
                    if (typeof data0.token !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/scope/token", schemaPath: "#/$defs/AlexaSmartHomeScope/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs6 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.partition !== void 0) {
                      const _errs8 = errors;
                      if (typeof data0.partition !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/scope/partition", schemaPath: "#/$defs/AlexaSmartHomeScope/properties/partition/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs8 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.userId !== void 0) {
                        const _errs10 = errors;
                        if (typeof data0.userId !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/scope/userId", schemaPath: "#/$defs/AlexaSmartHomeScope/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs10 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/scope", schemaPath: "#/$defs/AlexaSmartHomeScope/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.endpointId !== void 0) {
            const _errs12 = errors;
            if (typeof data.endpointId !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/endpointId", schemaPath: "#/properties/endpointId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs12 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.cookie !== void 0) {
              let data6 = data.cookie;
              const _errs14 = errors;
              if (errors === _errs14) {
                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                  for (const key0 in data6) {
                    const _errs17 = errors;
                    if (typeof data6[key0] !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/cookie/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cookie/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid3 = _errs17 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/cookie", schemaPath: "#/properties/cookie/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs14 === errors;
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
validate21.evaluated = { "props": { "scope": true, "endpointId": true, "cookie": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.event === void 0 && (missing0 = "event")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.event !== void 0) {
          let data0 = data.event;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.header === void 0 && (missing1 = "header") || data0.payload === void 0 && (missing1 = "payload")) {
                validate20.errors = [{ instancePath: instancePath + "/event", schemaPath: "#/properties/event/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.header !== void 0) {
                  let data1 = data0.header;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                      let missing2;
                      if (data1.namespace === void 0 && (missing2 = "namespace") || data1.name === void 0 && (missing2 = "name") || data1.messageId === void 0 && (missing2 = "messageId") || data1.payloadVersion === void 0 && (missing2 = "payloadVersion")) {
                        validate20.errors = [{ instancePath: instancePath + "/event/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        if (data1.namespace !== void 0) {
                          const _errs6 = errors;
                          if (typeof data1.namespace !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/event/header/namespace", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs6 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data1.name !== void 0) {
                            const _errs8 = errors;
                            if (typeof data1.name !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/event/header/name", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs8 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data1.instance !== void 0) {
                              const _errs10 = errors;
                              if (typeof data1.instance !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/event/header/instance", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs10 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data1.messageId !== void 0) {
                                const _errs12 = errors;
                                if (typeof data1.messageId !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/event/header/messageId", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs12 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data1.correlationToken !== void 0) {
                                  const _errs14 = errors;
                                  if (typeof data1.correlationToken !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/event/header/correlationToken", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/correlationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs14 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data1.payloadVersion !== void 0) {
                                    const _errs16 = errors;
                                    if ("3" !== data1.payloadVersion) {
                                      validate20.errors = [{ instancePath: instancePath + "/event/header/payloadVersion", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/payloadVersion/const", keyword: "const", params: { allowedValue: "3" }, message: "must be equal to constant" }];
                                      return false;
                                    }
                                    var valid3 = _errs16 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/event/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.endpoint !== void 0) {
                    const _errs17 = errors;
                    if (!validate21(data0.endpoint, { instancePath: instancePath + "/event/endpoint", parentData: data0, parentDataProperty: "endpoint", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs17 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.payload !== void 0) {
                      let data9 = data0.payload;
                      const _errs18 = errors;
                      if (errors === _errs18) {
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/event/payload", schemaPath: "#/properties/event/properties/payload/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid1 = _errs18 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/event", schemaPath: "#/properties/event/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.context !== void 0) {
            let data10 = data.context;
            const _errs21 = errors;
            if (errors === _errs21) {
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.properties !== void 0) {
                  let data11 = data10.properties;
                  const _errs23 = errors;
                  if (errors === _errs23) {
                    if (Array.isArray(data11)) {
                      var valid5 = true;
                      const len0 = data11.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data12 = data11[i0];
                        const _errs25 = errors;
                        if (errors === _errs25) {
                          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                            let missing3;
                            if (data12.namespace === void 0 && (missing3 = "namespace") || data12.name === void 0 && (missing3 = "name") || data12.value === void 0 && (missing3 = "value") || data12.timeOfSample === void 0 && (missing3 = "timeOfSample") || data12.uncertaintyInMilliseconds === void 0 && (missing3 = "uncertaintyInMilliseconds")) {
                              validate20.errors = [{ instancePath: instancePath + "/context/properties/" + i0, schemaPath: "#/properties/context/properties/properties/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                              return false;
                            } else {
                              if (data12.namespace !== void 0) {
                                const _errs27 = errors;
                                if (typeof data12.namespace !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/namespace", schemaPath: "#/properties/context/properties/properties/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid6 = _errs27 === errors;
                              } else {
                                var valid6 = true;
                              }
                              if (valid6) {
                                if (data12.instance !== void 0) {
                                  const _errs29 = errors;
                                  if (typeof data12.instance !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/instance", schemaPath: "#/properties/context/properties/properties/items/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid6 = _errs29 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data12.name !== void 0) {
                                    const _errs31 = errors;
                                    if (typeof data12.name !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/name", schemaPath: "#/properties/context/properties/properties/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid6 = _errs31 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data12.value !== void 0) {
                                      let data16 = data12.value;
                                      const _errs33 = errors;
                                      if ((!data16 || typeof data16 != "object") && typeof data16 !== "string" && !(typeof data16 == "number" && isFinite(data16)) && typeof data16 !== "boolean") {
                                        validate20.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/value", schemaPath: "#/properties/context/properties/properties/items/properties/value/type", keyword: "type", params: { type: schema31.properties.context.properties.properties.items.properties.value.type }, message: "must be string,number,boolean,object,array" }];
                                        return false;
                                      }
                                      var valid6 = _errs33 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data12.timeOfSample !== void 0) {
                                        const _errs36 = errors;
                                        if (typeof data12.timeOfSample !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/timeOfSample", schemaPath: "#/properties/context/properties/properties/items/properties/timeOfSample/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid6 = _errs36 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data12.uncertaintyInMilliseconds !== void 0) {
                                          let data18 = data12.uncertaintyInMilliseconds;
                                          const _errs38 = errors;
                                          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                                            validate20.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/uncertaintyInMilliseconds", schemaPath: "#/properties/context/properties/properties/items/properties/uncertaintyInMilliseconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                          }
                                          if (errors === _errs38) {
                                            if (typeof data18 == "number" && isFinite(data18)) {
                                              if (data18 < 0 || isNaN(data18)) {
                                                validate20.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/uncertaintyInMilliseconds", schemaPath: "#/properties/context/properties/properties/items/properties/uncertaintyInMilliseconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          }
                                          var valid6 = _errs38 === errors;
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
                            validate20.errors = [{ instancePath: instancePath + "/context/properties/" + i0, schemaPath: "#/properties/context/properties/properties/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid5 = _errs25 === errors;
                        if (!valid5) {
                          break;
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/context/properties", schemaPath: "#/properties/context/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/context", schemaPath: "#/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs21 === errors;
          } else {
            var valid0 = true;
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
validate20.evaluated = { "props": { "event": true, "context": true }, "dynamicProps": false, "dynamicItems": false };

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

// alexa.smart-home.result.strict.entry.ts
withStandardSchema(alexa_smart_home_result_strict_standalone_default, "alexa.smart-home.result");
export {
  alexa_smart_home_result_strict_standalone_default as default,
  alexa_smart_home_result_strict_standalone_default as validate
};
