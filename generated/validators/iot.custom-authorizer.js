// Generated from schemas/iot/custom-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.custom-authorizer.standalone.js
var iot_custom_authorizer_standalone_default = validate21;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.tls !== void 0) {
        let data0 = data.tls;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.serverName !== void 0) {
              if (typeof data0.serverName !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/tls/serverName", schemaPath: "#/properties/tls/properties/serverName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
          } else {
            validate22.errors = [{ instancePath: instancePath + "/tls", schemaPath: "#/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                        validate22.errors = [{ instancePath: instancePath + "/http/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/http/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs10 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/http/headers", schemaPath: "#/properties/http/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                    validate22.errors = [{ instancePath: instancePath + "/http/queryString", schemaPath: "#/properties/http/properties/queryString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs12 === errors;
                } else {
                  var valid2 = true;
                }
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/http", schemaPath: "#/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                    validate22.errors = [{ instancePath: instancePath + "/mqtt/username", schemaPath: "#/properties/mqtt/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid4 = _errs16 === errors;
                } else {
                  var valid4 = true;
                }
                if (valid4) {
                  if (data6.password !== void 0) {
                    const _errs18 = errors;
                    if (!validate23(data6.password, { instancePath: instancePath + "/mqtt/password", parentData: data6, parentDataProperty: "password", rootData })) {
                      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                      errors = vErrors.length;
                    }
                    var valid4 = _errs18 === errors;
                  } else {
                    var valid4 = true;
                  }
                  if (valid4) {
                    if (data6.clientId !== void 0) {
                      const _errs19 = errors;
                      if (typeof data6.clientId !== "string") {
                        validate22.errors = [{ instancePath: instancePath + "/mqtt/clientId", schemaPath: "#/properties/mqtt/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid4 = _errs19 === errors;
                    } else {
                      var valid4 = true;
                    }
                  }
                }
              } else {
                validate22.errors = [{ instancePath: instancePath + "/mqtt", schemaPath: "#/properties/mqtt/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.signatureVerified === void 0 && (missing0 = "signatureVerified") || data.protocols === void 0 && (missing0 = "protocols") || data.protocolData === void 0 && (missing0 = "protocolData") || data.connectionMetadata === void 0 && (missing0 = "connectionMetadata")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.token !== void 0) {
          const _errs1 = errors;
          if (typeof data.token !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/token", schemaPath: "#/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate21.errors = [{ instancePath: instancePath + "/signatureVerified", schemaPath: "#/properties/signatureVerified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
                      validate21.errors = [{ instancePath: instancePath + "/protocols/" + i0, schemaPath: "#/properties/protocols/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/protocols", schemaPath: "#/properties/protocols/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                if (!validate22(data.protocolData, { instancePath: instancePath + "/protocolData", parentData: data, parentDataProperty: "protocolData", rootData })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
                        validate21.errors = [{ instancePath: instancePath + "/connectionMetadata", schemaPath: "#/properties/connectionMetadata/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data5.id !== void 0) {
                          if (typeof data5.id !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/connectionMetadata/id", schemaPath: "#/properties/connectionMetadata/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/connectionMetadata", schemaPath: "#/properties/connectionMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:iot.custom-authorizer.check.js
function d_IoTCustomAuthorizerProtocolData(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v6 = x.tls;
    if (v6 !== void 0) {
      if (!(v6 !== null && typeof v6 === "object" && !Array.isArray(v6))) return false;
      {
        const v7 = v6.serverName;
        if (v7 !== void 0) {
          if (!(typeof v7 === "string")) return false;
        }
      }
    }
  }
  {
    const v8 = x.http;
    if (v8 !== void 0) {
      if (!(v8 !== null && typeof v8 === "object" && !Array.isArray(v8))) return false;
      {
        const v9 = v8.headers;
        if (v9 !== void 0) {
          if (!(v9 !== null && typeof v9 === "object" && !Array.isArray(v9))) return false;
          for (const v10 in v9) {
            const v11 = v9[v10];
            if (!(typeof v11 === "string")) return false;
          }
        }
      }
      {
        const v12 = v8.queryString;
        if (v12 !== void 0) {
          if (!(typeof v12 === "string")) return false;
        }
      }
    }
  }
  {
    const v13 = x.mqtt;
    if (v13 !== void 0) {
      if (!(v13 !== null && typeof v13 === "object" && !Array.isArray(v13))) return false;
      {
        const v14 = v13.username;
        if (v14 !== void 0) {
          if (!(typeof v14 === "string")) return false;
        }
      }
      {
        const v15 = v13.password;
        if (v15 !== void 0) {
          if (!(typeof v15 === "string")) return false;
        }
      }
      {
        const v16 = v13.clientId;
        if (v16 !== void 0) {
          if (!(typeof v16 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.token;
    if (v0 !== void 0) {
      if (!(typeof v0 === "string")) return false;
    }
  }
  {
    const v1 = x.signatureVerified;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "boolean")) return false;
  }
  {
    const v2 = x.protocols;
    if (v2 === void 0) return false;
    if (!Array.isArray(v2)) return false;
    for (let v4 = 0; v4 < v2.length; v4++) {
      const v3 = v2[v4];
      if (!(typeof v3 === "string")) return false;
    }
  }
  {
    const v5 = x.protocolData;
    if (v5 === void 0) return false;
    if (!d_IoTCustomAuthorizerProtocolData(v5)) return false;
  }
  {
    const v17 = x.connectionMetadata;
    if (v17 === void 0) return false;
    if (!(v17 !== null && typeof v17 === "object" && !Array.isArray(v17))) return false;
    {
      const v18 = v17.id;
      if (v18 === void 0) return false;
      if (!(typeof v18 === "string")) return false;
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

// iot.custom-authorizer.entry.ts
var validate = withStandardSchema(checked(check, iot_custom_authorizer_standalone_default), "iot.custom-authorizer");
export {
  validate as default,
  validate
};
