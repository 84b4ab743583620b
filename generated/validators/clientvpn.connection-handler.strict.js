// Generated from schemas/clientvpn/connection-handler.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:clientvpn.connection-handler.strict.standalone.js
var clientvpn_connection_handler_strict_standalone_default = validate21;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["connection-id"] === void 0 && (missing0 = "connection-id") || data["endpoint-id"] === void 0 && (missing0 = "endpoint-id") || data["common-name"] === void 0 && (missing0 = "common-name") || data.username === void 0 && (missing0 = "username") || data.platform === void 0 && (missing0 = "platform") || data["platform-version"] === void 0 && (missing0 = "platform-version") || data["public-ip"] === void 0 && (missing0 = "public-ip") || data["client-openvpn-version"] === void 0 && (missing0 = "client-openvpn-version") || data["schema-version"] === void 0 && (missing0 = "schema-version")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["connection-id"] !== void 0) {
          const _errs1 = errors;
          if (typeof data["connection-id"] !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/connection-id", schemaPath: "#/properties/connection-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["endpoint-id"] !== void 0) {
            const _errs3 = errors;
            if (typeof data["endpoint-id"] !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/endpoint-id", schemaPath: "#/properties/endpoint-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["common-name"] !== void 0) {
              const _errs5 = errors;
              if (typeof data["common-name"] !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/common-name", schemaPath: "#/properties/common-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.username !== void 0) {
                const _errs7 = errors;
                if (typeof data.username !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.platform !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.platform !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data["platform-version"] !== void 0) {
                    const _errs11 = errors;
                    if (typeof data["platform-version"] !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/platform-version", schemaPath: "#/properties/platform-version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data["public-ip"] !== void 0) {
                      const _errs13 = errors;
                      if (typeof data["public-ip"] !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/public-ip", schemaPath: "#/properties/public-ip/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data["client-openvpn-version"] !== void 0) {
                        const _errs15 = errors;
                        if (typeof data["client-openvpn-version"] !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/client-openvpn-version", schemaPath: "#/properties/client-openvpn-version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.groups !== void 0) {
                          let data8 = data.groups;
                          const _errs17 = errors;
                          const _errs18 = errors;
                          let valid1 = false;
                          const _errs19 = errors;
                          if (typeof data8 !== "string") {
                            const err0 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                          var _valid0 = _errs19 === errors;
                          valid1 = valid1 || _valid0;
                          if (!valid1) {
                            const _errs21 = errors;
                            if (errors === _errs21) {
                              if (Array.isArray(data8)) {
                                var valid2 = true;
                                const len0 = data8.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  const _errs23 = errors;
                                  if (typeof data8[i0] !== "string") {
                                    const err1 = { instancePath: instancePath + "/groups/" + i0, schemaPath: "#/properties/groups/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err1];
                                    } else {
                                      vErrors.push(err1);
                                    }
                                    errors++;
                                  }
                                  var valid2 = _errs23 === errors;
                                  if (!valid2) {
                                    break;
                                  }
                                }
                              } else {
                                const err2 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err2];
                                } else {
                                  vErrors.push(err2);
                                }
                                errors++;
                              }
                            }
                            var _valid0 = _errs21 === errors;
                            valid1 = valid1 || _valid0;
                          }
                          if (!valid1) {
                            const err3 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                            validate21.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs18;
                            if (vErrors !== null) {
                              if (_errs18) {
                                vErrors.length = _errs18;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["schema-version"] !== void 0) {
                            const _errs25 = errors;
                            if (typeof data["schema-version"] !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/schema-version", schemaPath: "#/properties/schema-version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs25 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
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

// check:clientvpn.connection-handler.strict.check.js
function b0(x) {
  if (!Array.isArray(x)) return false;
  for (let v10 = 0; v10 < x.length; v10++) {
    const v9 = x[v10];
    if (!(typeof v9 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x["connection-id"];
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x["endpoint-id"];
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x["common-name"];
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.username;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.platform;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x["platform-version"];
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x["public-ip"];
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x["client-openvpn-version"];
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.groups;
    if (v8 !== void 0) {
      if (!(typeof v8 === "string" || b0(v8))) return false;
    }
  }
  {
    const v11 = x["schema-version"];
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
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

// clientvpn.connection-handler.strict.entry.ts
var validate = withStandardSchema(checked(check, clientvpn_connection_handler_strict_standalone_default), "clientvpn.connection-handler");
export {
  validate as default,
  validate
};
