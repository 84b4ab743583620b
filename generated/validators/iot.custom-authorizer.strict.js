// Generated from schemas/iot/custom-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.custom-authorizer.strict.standalone.js
var iot_custom_authorizer_strict_standalone_default = validate20;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.tls !== void 0) {
        let data0 = data.tls;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.serverName !== void 0) {
              if (typeof data0.serverName !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/tls/serverName", schemaPath: "#/properties/tls/properties/serverName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
          } else {
            validate21.errors = [{ instancePath: instancePath + "/tls", schemaPath: "#/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.http !== void 0) {
          let data2 = data.http;
          const _errs5 = errors;
          if (errors === _errs5) {
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              if (data2.headers !== void 0) {
                let data3 = data2.headers;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      const _errs10 = errors;
                      if (typeof data3[key0] !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/http/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/http/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs10 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/http/headers", schemaPath: "#/properties/http/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid2 = _errs7 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data2.queryString !== void 0) {
                  const _errs12 = errors;
                  if (typeof data2.queryString !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/http/queryString", schemaPath: "#/properties/http/properties/queryString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs12 === errors;
                } else {
                  var valid2 = true;
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/http", schemaPath: "#/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs5 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.mqtt !== void 0) {
            let data6 = data.mqtt;
            const _errs14 = errors;
            if (errors === _errs14) {
              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                if (data6.username !== void 0) {
                  const _errs16 = errors;
                  if (typeof data6.username !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/mqtt/username", schemaPath: "#/properties/mqtt/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid4 = _errs16 === errors;
                } else {
                  var valid4 = true;
                }
                if (valid4) {
                  if (data6.password !== void 0) {
                    let data8 = data6.password;
                    const _errs18 = errors;
                    const _errs19 = errors;
                    if (errors === _errs19) {
                      if (typeof data8 === "string") {
                        if (!pattern4.test(data8)) {
                          validate21.errors = [{ instancePath: instancePath + "/mqtt/password", schemaPath: "#/$defs/Base64String/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' }];
                          return false;
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/mqtt/password", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid4 = _errs18 === errors;
                  } else {
                    var valid4 = true;
                  }
                  if (valid4) {
                    if (data6.clientId !== void 0) {
                      const _errs21 = errors;
                      if (typeof data6.clientId !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/mqtt/clientId", schemaPath: "#/properties/mqtt/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid4 = _errs21 === errors;
                    } else {
                      var valid4 = true;
                    }
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/mqtt", schemaPath: "#/properties/mqtt/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs14 === errors;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.signatureVerified === void 0 && (missing0 = "signatureVerified") || data.protocols === void 0 && (missing0 = "protocols") || data.protocolData === void 0 && (missing0 = "protocolData") || data.connectionMetadata === void 0 && (missing0 = "connectionMetadata")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.token !== void 0) {
          const _errs1 = errors;
          if (typeof data.token !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/token", schemaPath: "#/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.signatureVerified !== void 0) {
            const _errs3 = errors;
            if (typeof data.signatureVerified !== "boolean") {
              validate20.errors = [{ instancePath: instancePath + "/signatureVerified", schemaPath: "#/properties/signatureVerified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.protocols !== void 0) {
              let data2 = data.protocols;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs7 = errors;
                    if (typeof data2[i0] !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/protocols/" + i0, schemaPath: "#/properties/protocols/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/protocols", schemaPath: "#/properties/protocols/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.protocolData !== void 0) {
                const _errs9 = errors;
                if (!validate21(data.protocolData, { instancePath: instancePath + "/protocolData", parentData: data, parentDataProperty: "protocolData", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.connectionMetadata !== void 0) {
                  let data5 = data.connectionMetadata;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      let missing1;
                      if (data5.id === void 0 && (missing1 = "id")) {
                        validate20.errors = [{ instancePath: instancePath + "/connectionMetadata", schemaPath: "#/properties/connectionMetadata/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data5.id !== void 0) {
                          if (typeof data5.id !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/connectionMetadata/id", schemaPath: "#/properties/connectionMetadata/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/connectionMetadata", schemaPath: "#/properties/connectionMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
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
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "token": true, "signatureVerified": true, "protocols": true, "protocolData": true, "connectionMetadata": true }, "dynamicProps": false, "dynamicItems": false };

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

// iot.custom-authorizer.strict.entry.ts
withStandardSchema(iot_custom_authorizer_strict_standalone_default, "iot.custom-authorizer");
export {
  iot_custom_authorizer_strict_standalone_default as default,
  iot_custom_authorizer_strict_standalone_default as validate
};
