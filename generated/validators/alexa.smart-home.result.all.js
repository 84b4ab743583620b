// Generated from schemas/alexa/smart-home.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:alexa.smart-home.result.all.standalone.js
var validateAll = validate20;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.endpointId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpointId" }, message: "must have required property 'endpointId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.scope !== void 0) {
      let data0 = data.scope;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.type === void 0) {
          const err1 = { instancePath: instancePath + "/scope", schemaPath: "#/$defs/AlexaSmartHomeScope/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.token === void 0) {
          const err2 = { instancePath: instancePath + "/scope", schemaPath: "#/$defs/AlexaSmartHomeScope/required", keyword: "required", params: { missingProperty: "token" }, message: "must have required property 'token'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.type !== void 0) {
          if (typeof data0.type !== "string") {
            const err3 = { instancePath: instancePath + "/scope/type", schemaPath: "#/$defs/AlexaSmartHomeScope/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.token !== void 0) {
          if (typeof data0.token !== "string") {
            const err4 = { instancePath: instancePath + "/scope/token", schemaPath: "#/$defs/AlexaSmartHomeScope/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.partition !== void 0) {
          if (typeof data0.partition !== "string") {
            const err5 = { instancePath: instancePath + "/scope/partition", schemaPath: "#/$defs/AlexaSmartHomeScope/properties/partition/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.userId !== void 0) {
          if (typeof data0.userId !== "string") {
            const err6 = { instancePath: instancePath + "/scope/userId", schemaPath: "#/$defs/AlexaSmartHomeScope/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/scope", schemaPath: "#/$defs/AlexaSmartHomeScope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.endpointId !== void 0) {
      if (typeof data.endpointId !== "string") {
        const err8 = { instancePath: instancePath + "/endpointId", schemaPath: "#/properties/endpointId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.cookie !== void 0) {
      let data6 = data.cookie;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key0 in data6) {
          if (typeof data6[key0] !== "string") {
            const err9 = { instancePath: instancePath + "/cookie/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cookie/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/cookie", schemaPath: "#/properties/cookie/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.event === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.event !== void 0) {
      let data0 = data.event;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.header === void 0) {
          const err1 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/required", keyword: "required", params: { missingProperty: "header" }, message: "must have required property 'header'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.payload === void 0) {
          const err2 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property 'payload'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.header !== void 0) {
          let data1 = data0.header;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.namespace === void 0) {
              const err3 = { instancePath: instancePath + "/event/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.name === void 0) {
              const err4 = { instancePath: instancePath + "/event/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.messageId === void 0) {
              const err5 = { instancePath: instancePath + "/event/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/required", keyword: "required", params: { missingProperty: "messageId" }, message: "must have required property 'messageId'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.payloadVersion === void 0) {
              const err6 = { instancePath: instancePath + "/event/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/required", keyword: "required", params: { missingProperty: "payloadVersion" }, message: "must have required property 'payloadVersion'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1.namespace !== void 0) {
              if (typeof data1.namespace !== "string") {
                const err7 = { instancePath: instancePath + "/event/header/namespace", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.name !== void 0) {
              if (typeof data1.name !== "string") {
                const err8 = { instancePath: instancePath + "/event/header/name", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.instance !== void 0) {
              if (typeof data1.instance !== "string") {
                const err9 = { instancePath: instancePath + "/event/header/instance", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data1.messageId !== void 0) {
              if (typeof data1.messageId !== "string") {
                const err10 = { instancePath: instancePath + "/event/header/messageId", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.correlationToken !== void 0) {
              if (typeof data1.correlationToken !== "string") {
                const err11 = { instancePath: instancePath + "/event/header/correlationToken", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/correlationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data1.payloadVersion !== void 0) {
              if ("3" !== data1.payloadVersion) {
                const err12 = { instancePath: instancePath + "/event/header/payloadVersion", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/payloadVersion/const", keyword: "const", params: { allowedValue: "3" }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/event/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.endpoint !== void 0) {
          if (!validate21(data0.endpoint, { instancePath: instancePath + "/event/endpoint", parentData: data0, parentDataProperty: "endpoint", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data0.payload !== void 0) {
          let data9 = data0.payload;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
          } else {
            const err14 = { instancePath: instancePath + "/event/payload", schemaPath: "#/properties/event/properties/payload/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/event", schemaPath: "#/properties/event/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.context !== void 0) {
      let data10 = data.context;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.properties !== void 0) {
          let data11 = data10.properties;
          if (Array.isArray(data11)) {
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data12 = data11[i0];
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.namespace === void 0) {
                  const err16 = { instancePath: instancePath + "/context/properties/" + i0, schemaPath: "#/properties/context/properties/properties/items/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (data12.name === void 0) {
                  const err17 = { instancePath: instancePath + "/context/properties/" + i0, schemaPath: "#/properties/context/properties/properties/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (data12.value === void 0) {
                  const err18 = { instancePath: instancePath + "/context/properties/" + i0, schemaPath: "#/properties/context/properties/properties/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (data12.timeOfSample === void 0) {
                  const err19 = { instancePath: instancePath + "/context/properties/" + i0, schemaPath: "#/properties/context/properties/properties/items/required", keyword: "required", params: { missingProperty: "timeOfSample" }, message: "must have required property 'timeOfSample'" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (data12.uncertaintyInMilliseconds === void 0) {
                  const err20 = { instancePath: instancePath + "/context/properties/" + i0, schemaPath: "#/properties/context/properties/properties/items/required", keyword: "required", params: { missingProperty: "uncertaintyInMilliseconds" }, message: "must have required property 'uncertaintyInMilliseconds'" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (data12.namespace !== void 0) {
                  if (typeof data12.namespace !== "string") {
                    const err21 = { instancePath: instancePath + "/context/properties/" + i0 + "/namespace", schemaPath: "#/properties/context/properties/properties/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                if (data12.instance !== void 0) {
                  if (typeof data12.instance !== "string") {
                    const err22 = { instancePath: instancePath + "/context/properties/" + i0 + "/instance", schemaPath: "#/properties/context/properties/properties/items/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data12.name !== void 0) {
                  if (typeof data12.name !== "string") {
                    const err23 = { instancePath: instancePath + "/context/properties/" + i0 + "/name", schemaPath: "#/properties/context/properties/properties/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data12.value !== void 0) {
                  let data16 = data12.value;
                  if ((!data16 || typeof data16 != "object") && typeof data16 !== "string" && !(typeof data16 == "number" && isFinite(data16)) && typeof data16 !== "boolean") {
                    const err24 = { instancePath: instancePath + "/context/properties/" + i0 + "/value", schemaPath: "#/properties/context/properties/properties/items/properties/value/type", keyword: "type", params: { type: schema31.properties.context.properties.properties.items.properties.value.type }, message: "must be string,number,boolean,object,array" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data12.timeOfSample !== void 0) {
                  if (typeof data12.timeOfSample !== "string") {
                    const err25 = { instancePath: instancePath + "/context/properties/" + i0 + "/timeOfSample", schemaPath: "#/properties/context/properties/properties/items/properties/timeOfSample/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data12.uncertaintyInMilliseconds !== void 0) {
                  let data18 = data12.uncertaintyInMilliseconds;
                  if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                    const err26 = { instancePath: instancePath + "/context/properties/" + i0 + "/uncertaintyInMilliseconds", schemaPath: "#/properties/context/properties/properties/items/properties/uncertaintyInMilliseconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (data18 < 0 || isNaN(data18)) {
                      const err27 = { instancePath: instancePath + "/context/properties/" + i0 + "/uncertaintyInMilliseconds", schemaPath: "#/properties/context/properties/properties/items/properties/uncertaintyInMilliseconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err28 = { instancePath: instancePath + "/context/properties/" + i0, schemaPath: "#/properties/context/properties/properties/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/context/properties", schemaPath: "#/properties/context/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/context", schemaPath: "#/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "event": true, "context": true }, "dynamicProps": false, "dynamicItems": false };

// alexa.smart-home.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
