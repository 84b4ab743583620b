// Generated from schemas/alexa/smart-home.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:alexa.smart-home.all.standalone.js
var validateAll = validate20;
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
    if (data.directive === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "directive" }, message: "must have required property 'directive'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.directive !== void 0) {
      let data0 = data.directive;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.header === void 0) {
          const err1 = { instancePath: instancePath + "/directive", schemaPath: "#/properties/directive/required", keyword: "required", params: { missingProperty: "header" }, message: "must have required property 'header'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.payload === void 0) {
          const err2 = { instancePath: instancePath + "/directive", schemaPath: "#/properties/directive/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property 'payload'" };
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
              const err3 = { instancePath: instancePath + "/directive/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.name === void 0) {
              const err4 = { instancePath: instancePath + "/directive/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.messageId === void 0) {
              const err5 = { instancePath: instancePath + "/directive/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/required", keyword: "required", params: { missingProperty: "messageId" }, message: "must have required property 'messageId'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.payloadVersion === void 0) {
              const err6 = { instancePath: instancePath + "/directive/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/required", keyword: "required", params: { missingProperty: "payloadVersion" }, message: "must have required property 'payloadVersion'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1.namespace !== void 0) {
              if (typeof data1.namespace !== "string") {
                const err7 = { instancePath: instancePath + "/directive/header/namespace", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err8 = { instancePath: instancePath + "/directive/header/name", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err9 = { instancePath: instancePath + "/directive/header/instance", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err10 = { instancePath: instancePath + "/directive/header/messageId", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err11 = { instancePath: instancePath + "/directive/header/correlationToken", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/correlationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err12 = { instancePath: instancePath + "/directive/header/payloadVersion", schemaPath: "#/$defs/AlexaSmartHomeHeader/properties/payloadVersion/const", keyword: "const", params: { allowedValue: "3" }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/directive/header", schemaPath: "#/$defs/AlexaSmartHomeHeader/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.endpoint !== void 0) {
          if (!validate21(data0.endpoint, { instancePath: instancePath + "/directive/endpoint", parentData: data0, parentDataProperty: "endpoint", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data0.payload !== void 0) {
          let data9 = data0.payload;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
          } else {
            const err14 = { instancePath: instancePath + "/directive/payload", schemaPath: "#/properties/directive/properties/payload/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/directive", schemaPath: "#/properties/directive/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "directive": true }, "dynamicProps": false, "dynamicItems": false };

// alexa.smart-home.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
