// Generated from schemas/alexa/smart-home.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:alexa.smart-home.strict.standalone.js
var alexa_smart_home_strict_standalone_default = validate20;
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
      if (data.directive === void 0 && (missing0 = "directive")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.directive !== void 0) {
          let data0 = data.directive;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.header === void 0 && (missing1 = "header") || data0.payload === void 0 && (missing1 = "payload")) {
                validate20.errors = [{ instancePath: instancePath + "/directive", schemaPath: "#/properties/directive/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
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
                        validate20.errors = [{ instancePath: instancePath + "/directive/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        if (data1.namespace !== void 0) {
                          const _errs6 = errors;
                          if (typeof data1.namespace !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/directive/header/namespace", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate20.errors = [{ instancePath: instancePath + "/directive/header/name", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate20.errors = [{ instancePath: instancePath + "/directive/header/instance", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                  validate20.errors = [{ instancePath: instancePath + "/directive/header/messageId", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                    validate20.errors = [{ instancePath: instancePath + "/directive/header/correlationToken", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/correlationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                      validate20.errors = [{ instancePath: instancePath + "/directive/header/payloadVersion", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/payloadVersion/const", keyword: "const", params: { allowedValue: "3" }, message: "must be equal to constant" }];
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
                      validate20.errors = [{ instancePath: instancePath + "/directive/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                    if (!validate21(data0.endpoint, { instancePath: instancePath + "/directive/endpoint", parentData: data0, parentDataProperty: "endpoint", rootData, dynamicAnchors })) {
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
                          validate20.errors = [{ instancePath: instancePath + "/directive/payload", schemaPath: "#/properties/directive/properties/payload/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
              validate20.errors = [{ instancePath: instancePath + "/directive", schemaPath: "#/properties/directive/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
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
validate20.evaluated = { "props": { "directive": true }, "dynamicProps": false, "dynamicItems": false };

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

// alexa.smart-home.strict.entry.ts
withStandardSchema(alexa_smart_home_strict_standalone_default, "alexa.smart-home");
export {
  alexa_smart_home_strict_standalone_default as default,
  alexa_smart_home_strict_standalone_default as validate
};
