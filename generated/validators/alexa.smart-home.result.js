// Generated from schemas/alexa/smart-home.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:alexa.smart-home.result.strict.standalone.js
var alexa_smart_home_result_strict_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:alexa.smart-home.result", "type": "object", "required": ["event"], "properties": { "event": { "type": "object", "required": ["header", "payload"], "properties": { "header": { "$ref": "#/$defs/AlexaSmartHomeHeader" }, "endpoint": { "$ref": "#/$defs/AlexaSmartHomeEndpoint" }, "payload": { "type": "object", "additionalProperties": true } } }, "context": { "type": "object", "properties": { "properties": { "type": "array", "items": { "type": "object", "required": ["namespace", "name", "value", "timeOfSample", "uncertaintyInMilliseconds"], "properties": { "namespace": { "type": "string" }, "instance": { "type": "string" }, "name": { "type": "string" }, "value": { "type": ["string", "number", "boolean", "object", "array"], "additionalProperties": true, "items": true }, "timeOfSample": { "type": "string" }, "uncertaintyInMilliseconds": { "type": "integer", "minimum": 0 } } } } } } }, "$defs": { "AlexaSmartHomeEndpoint": { "type": "object", "required": ["endpointId"], "properties": { "scope": { "$ref": "#/$defs/AlexaSmartHomeScope" }, "endpointId": { "type": "string" }, "cookie": { "type": "object", "additionalProperties": { "type": "string" } } } }, "AlexaSmartHomeHeader": { "type": "object", "required": ["namespace", "name", "messageId", "payloadVersion"], "properties": { "namespace": { "type": "string" }, "name": { "type": "string" }, "instance": { "type": "string" }, "messageId": { "type": "string" }, "correlationToken": { "type": "string" }, "payloadVersion": { "const": "3" } } }, "AlexaSmartHomeScope": { "type": "object", "required": ["type", "token"], "properties": { "type": { "type": "string" }, "token": { "type": "string" }, "partition": { "type": "string" }, "userId": { "type": "string" } } } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.namespace === void 0 && (missing0 = "namespace") || data.name === void 0 && (missing0 = "name") || data.messageId === void 0 && (missing0 = "messageId") || data.payloadVersion === void 0 && (missing0 = "payloadVersion")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.namespace !== void 0) {
          const _errs1 = errors;
          if (typeof data.namespace !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.name !== void 0) {
            const _errs3 = errors;
            if (typeof data.name !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.instance !== void 0) {
              const _errs5 = errors;
              if (typeof data.instance !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.messageId !== void 0) {
                const _errs7 = errors;
                if (typeof data.messageId !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.correlationToken !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.correlationToken !== "string") {
                    validate22.errors = [{ instancePath: instancePath + "/correlationToken", schemaPath: "#/properties/correlationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.payloadVersion !== void 0) {
                    const _errs11 = errors;
                    if ("3" !== data.payloadVersion) {
                      validate22.errors = [{ instancePath: instancePath + "/payloadVersion", schemaPath: "#/properties/payloadVersion/const", keyword: "const", params: { allowedValue: "3" }, message: "must be equal to constant" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
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
      if (data.type === void 0 && (missing0 = "type") || data.token === void 0 && (missing0 = "token")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs1 = errors;
          if (typeof data.type !== "string") {
            validate25.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.token !== void 0) {
            const _errs3 = errors;
            if (typeof data.token !== "string") {
              validate25.errors = [{ instancePath: instancePath + "/token", schemaPath: "#/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.partition !== void 0) {
              const _errs5 = errors;
              if (typeof data.partition !== "string") {
                validate25.errors = [{ instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.userId !== void 0) {
                const _errs7 = errors;
                if (typeof data.userId !== "string") {
                  validate25.errors = [{ instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
            }
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
      if (data.endpointId === void 0 && (missing0 = "endpointId")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.scope !== void 0) {
          const _errs1 = errors;
          if (!validate25(data.scope, { instancePath: instancePath + "/scope", parentData: data, parentDataProperty: "scope", rootData })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.endpointId !== void 0) {
            const _errs2 = errors;
            if (typeof data.endpointId !== "string") {
              validate24.errors = [{ instancePath: instancePath + "/endpointId", schemaPath: "#/properties/endpointId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.cookie !== void 0) {
              let data2 = data.cookie;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  for (const key0 in data2) {
                    const _errs7 = errors;
                    if (typeof data2[key0] !== "string") {
                      validate24.errors = [{ instancePath: instancePath + "/cookie/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cookie/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate24.errors = [{ instancePath: instancePath + "/cookie", schemaPath: "#/properties/cookie/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
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
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.event === void 0 && (missing0 = "event")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.event !== void 0) {
          let data0 = data.event;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.header === void 0 && (missing1 = "header") || data0.payload === void 0 && (missing1 = "payload")) {
                validate21.errors = [{ instancePath: instancePath + "/event", schemaPath: "#/properties/event/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.header !== void 0) {
                  const _errs3 = errors;
                  if (!validate22(data0.header, { instancePath: instancePath + "/event/header", parentData: data0, parentDataProperty: "header", rootData })) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.endpoint !== void 0) {
                    const _errs4 = errors;
                    if (!validate24(data0.endpoint, { instancePath: instancePath + "/event/endpoint", parentData: data0, parentDataProperty: "endpoint", rootData })) {
                      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs4 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.payload !== void 0) {
                      let data3 = data0.payload;
                      const _errs5 = errors;
                      if (errors === _errs5) {
                        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/event/payload", schemaPath: "#/properties/event/properties/payload/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid1 = _errs5 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/event", schemaPath: "#/properties/event/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.context !== void 0) {
            let data4 = data.context;
            const _errs8 = errors;
            if (errors === _errs8) {
              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                if (data4.properties !== void 0) {
                  let data5 = data4.properties;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (Array.isArray(data5)) {
                      var valid3 = true;
                      const len0 = data5.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data6 = data5[i0];
                        const _errs12 = errors;
                        if (errors === _errs12) {
                          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                            let missing2;
                            if (data6.namespace === void 0 && (missing2 = "namespace") || data6.name === void 0 && (missing2 = "name") || data6.value === void 0 && (missing2 = "value") || data6.timeOfSample === void 0 && (missing2 = "timeOfSample") || data6.uncertaintyInMilliseconds === void 0 && (missing2 = "uncertaintyInMilliseconds")) {
                              validate21.errors = [{ instancePath: instancePath + "/context/properties/" + i0, schemaPath: "#/properties/context/properties/properties/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                              return false;
                            } else {
                              if (data6.namespace !== void 0) {
                                const _errs14 = errors;
                                if (typeof data6.namespace !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/namespace", schemaPath: "#/properties/context/properties/properties/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid4 = _errs14 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data6.instance !== void 0) {
                                  const _errs16 = errors;
                                  if (typeof data6.instance !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/instance", schemaPath: "#/properties/context/properties/properties/items/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid4 = _errs16 === errors;
                                } else {
                                  var valid4 = true;
                                }
                                if (valid4) {
                                  if (data6.name !== void 0) {
                                    const _errs18 = errors;
                                    if (typeof data6.name !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/name", schemaPath: "#/properties/context/properties/properties/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid4 = _errs18 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data6.value !== void 0) {
                                      let data10 = data6.value;
                                      const _errs20 = errors;
                                      if ((!data10 || typeof data10 != "object") && typeof data10 !== "string" && !(typeof data10 == "number" && isFinite(data10)) && typeof data10 !== "boolean") {
                                        validate21.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/value", schemaPath: "#/properties/context/properties/properties/items/properties/value/type", keyword: "type", params: { type: schema6.properties.context.properties.properties.items.properties.value.type }, message: "must be string,number,boolean,object,array" }];
                                        return false;
                                      }
                                      var valid4 = _errs20 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data6.timeOfSample !== void 0) {
                                        const _errs23 = errors;
                                        if (typeof data6.timeOfSample !== "string") {
                                          validate21.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/timeOfSample", schemaPath: "#/properties/context/properties/properties/items/properties/timeOfSample/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid4 = _errs23 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data6.uncertaintyInMilliseconds !== void 0) {
                                          let data12 = data6.uncertaintyInMilliseconds;
                                          const _errs25 = errors;
                                          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                                            validate21.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/uncertaintyInMilliseconds", schemaPath: "#/properties/context/properties/properties/items/properties/uncertaintyInMilliseconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                          }
                                          if (errors === _errs25) {
                                            if (typeof data12 == "number" && isFinite(data12)) {
                                              if (data12 < 0 || isNaN(data12)) {
                                                validate21.errors = [{ instancePath: instancePath + "/context/properties/" + i0 + "/uncertaintyInMilliseconds", schemaPath: "#/properties/context/properties/properties/items/properties/uncertaintyInMilliseconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          }
                                          var valid4 = _errs25 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/context/properties/" + i0, schemaPath: "#/properties/context/properties/properties/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid3 = _errs12 === errors;
                        if (!valid3) {
                          break;
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/context/properties", schemaPath: "#/properties/context/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/context", schemaPath: "#/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs8 === errors;
          } else {
            var valid0 = true;
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

// check:alexa.smart-home.result.strict.check.js
function d_AlexaSmartHomeHeader(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v2 = x.namespace;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.name;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.instance;
    if (v4 !== void 0) {
      if (!(typeof v4 === "string")) return false;
    }
  }
  {
    const v5 = x.messageId;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.correlationToken;
    if (v6 !== void 0) {
      if (!(typeof v6 === "string")) return false;
    }
  }
  {
    const v7 = x.payloadVersion;
    if (v7 === void 0) return false;
    if (!(v7 === "3")) return false;
  }
  return true;
}
function d_AlexaSmartHomeEndpoint(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v9 = x.scope;
    if (v9 !== void 0) {
      if (!d_AlexaSmartHomeScope(v9)) return false;
    }
  }
  {
    const v14 = x.endpointId;
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string")) return false;
  }
  {
    const v15 = x.cookie;
    if (v15 !== void 0) {
      if (!(v15 !== null && typeof v15 === "object" && !Array.isArray(v15))) return false;
      for (const v16 in v15) {
        const v17 = v15[v16];
        if (!(typeof v17 === "string")) return false;
      }
    }
  }
  return true;
}
function d_AlexaSmartHomeScope(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v10 = x.type;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "string")) return false;
  }
  {
    const v11 = x.token;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  {
    const v12 = x.partition;
    if (v12 !== void 0) {
      if (!(typeof v12 === "string")) return false;
    }
  }
  {
    const v13 = x.userId;
    if (v13 !== void 0) {
      if (!(typeof v13 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.event;
    if (v0 === void 0) return false;
    if (!(v0 !== null && typeof v0 === "object" && !Array.isArray(v0))) return false;
    {
      const v1 = v0.header;
      if (v1 === void 0) return false;
      if (!d_AlexaSmartHomeHeader(v1)) return false;
    }
    {
      const v8 = v0.endpoint;
      if (v8 !== void 0) {
        if (!d_AlexaSmartHomeEndpoint(v8)) return false;
      }
    }
    {
      const v18 = v0.payload;
      if (v18 === void 0) return false;
      if (!(v18 !== null && typeof v18 === "object" && !Array.isArray(v18))) return false;
    }
  }
  {
    const v19 = x.context;
    if (v19 !== void 0) {
      if (!(v19 !== null && typeof v19 === "object" && !Array.isArray(v19))) return false;
      {
        const v20 = v19.properties;
        if (v20 !== void 0) {
          if (!Array.isArray(v20)) return false;
          for (let v22 = 0; v22 < v20.length; v22++) {
            const v21 = v20[v22];
            if (!(v21 !== null && typeof v21 === "object" && !Array.isArray(v21))) return false;
            {
              const v23 = v21.namespace;
              if (v23 === void 0) return false;
              if (!(typeof v23 === "string")) return false;
            }
            {
              const v24 = v21.instance;
              if (v24 !== void 0) {
                if (!(typeof v24 === "string")) return false;
              }
            }
            {
              const v25 = v21.name;
              if (v25 === void 0) return false;
              if (!(typeof v25 === "string")) return false;
            }
            {
              const v26 = v21.value;
              if (v26 === void 0) return false;
              if (!(typeof v26 === "string" || typeof v26 === "number" && isFinite(v26) || typeof v26 === "boolean" || v26 !== null && typeof v26 === "object" && !Array.isArray(v26) || Array.isArray(v26))) return false;
            }
            {
              const v27 = v21.timeOfSample;
              if (v27 === void 0) return false;
              if (!(typeof v27 === "string")) return false;
            }
            {
              const v28 = v21.uncertaintyInMilliseconds;
              if (v28 === void 0) return false;
              if (!(typeof v28 === "number" && !(v28 % 1) && !isNaN(v28) && isFinite(v28))) return false;
              if (!(v28 >= 0)) return false;
            }
          }
        }
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

// alexa.smart-home.result.strict.entry.ts
var validate = withStandardSchema(checked(check, alexa_smart_home_result_strict_standalone_default), "alexa.smart-home.result");
export {
  validate as default,
  validate
};
