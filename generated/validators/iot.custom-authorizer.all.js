// Generated from schemas/iot/custom-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.custom-authorizer.all.standalone.js
var validateAll = validate20;
var pattern4 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
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
    if (data.tls !== void 0) {
      let data0 = data.tls;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.serverName !== void 0) {
          if (typeof data0.serverName !== "string") {
            const err0 = { instancePath: instancePath + "/tls/serverName", schemaPath: "#/properties/tls/properties/serverName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/tls", schemaPath: "#/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.http !== void 0) {
      let data2 = data.http;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.headers !== void 0) {
          let data3 = data2.headers;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key0 in data3) {
              if (typeof data3[key0] !== "string") {
                const err2 = { instancePath: instancePath + "/http/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/http/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          } else {
            const err3 = { instancePath: instancePath + "/http/headers", schemaPath: "#/properties/http/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data2.queryString !== void 0) {
          if (typeof data2.queryString !== "string") {
            const err4 = { instancePath: instancePath + "/http/queryString", schemaPath: "#/properties/http/properties/queryString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/http", schemaPath: "#/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.mqtt !== void 0) {
      let data6 = data.mqtt;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.username !== void 0) {
          if (typeof data6.username !== "string") {
            const err6 = { instancePath: instancePath + "/mqtt/username", schemaPath: "#/properties/mqtt/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data6.password !== void 0) {
          let data8 = data6.password;
          if (typeof data8 === "string") {
            if (!pattern4.test(data8)) {
              const err7 = { instancePath: instancePath + "/mqtt/password", schemaPath: "#/$defs/Base64String/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/mqtt/password", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data6.clientId !== void 0) {
          if (typeof data6.clientId !== "string") {
            const err9 = { instancePath: instancePath + "/mqtt/clientId", schemaPath: "#/properties/mqtt/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/mqtt", schemaPath: "#/properties/mqtt/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
validate21.evaluated = { "props": { "tls": true, "http": true, "mqtt": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.signatureVerified === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signatureVerified" }, message: "must have required property 'signatureVerified'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.protocols === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "protocols" }, message: "must have required property 'protocols'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.protocolData === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "protocolData" }, message: "must have required property 'protocolData'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.connectionMetadata === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "connectionMetadata" }, message: "must have required property 'connectionMetadata'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.token !== void 0) {
      if (typeof data.token !== "string") {
        const err4 = { instancePath: instancePath + "/token", schemaPath: "#/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.signatureVerified !== void 0) {
      if (typeof data.signatureVerified !== "boolean") {
        const err5 = { instancePath: instancePath + "/signatureVerified", schemaPath: "#/properties/signatureVerified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.protocols !== void 0) {
      let data2 = data.protocols;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err6 = { instancePath: instancePath + "/protocols/" + i0, schemaPath: "#/properties/protocols/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/protocols", schemaPath: "#/properties/protocols/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.protocolData !== void 0) {
      if (!validate21(data.protocolData, { instancePath: instancePath + "/protocolData", parentData: data, parentDataProperty: "protocolData", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.connectionMetadata !== void 0) {
      let data5 = data.connectionMetadata;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.id === void 0) {
          const err8 = { instancePath: instancePath + "/connectionMetadata", schemaPath: "#/properties/connectionMetadata/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data5.id !== void 0) {
          if (typeof data5.id !== "string") {
            const err9 = { instancePath: instancePath + "/connectionMetadata/id", schemaPath: "#/properties/connectionMetadata/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/connectionMetadata", schemaPath: "#/properties/connectionMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "token": true, "signatureVerified": true, "protocols": true, "protocolData": true, "connectionMetadata": true }, "dynamicProps": false, "dynamicItems": false };

// iot.custom-authorizer.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
