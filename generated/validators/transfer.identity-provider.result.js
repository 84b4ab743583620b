// Generated from schemas/transfer/identity-provider.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:transfer.identity-provider.result.strict.standalone.js
var transfer_identity_provider_result_strict_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:transfer.identity-provider.result", "type": "object", "properties": { "Role": { "type": "string" }, "Policy": { "type": "string" }, "HomeDirectoryType": { "enum": ["PATH", "LOGICAL"] }, "HomeDirectoryDetails": { "type": "string" }, "HomeDirectory": { "type": "string" }, "PosixProfile": { "$ref": "#/$defs/TransferPosixProfile" }, "PublicKeys": { "type": "array", "items": { "type": "string" } } }, "$defs": { "TransferPosixProfile": { "type": "object", "required": ["Uid", "Gid"], "properties": { "Uid": { "type": "integer", "minimum": 0 }, "Gid": { "type": "integer", "minimum": 0 }, "SecondaryGids": { "type": "array", "items": { "type": "integer", "minimum": 0 } } } } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Uid === void 0 && (missing0 = "Uid") || data.Gid === void 0 && (missing0 = "Gid")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Uid !== void 0) {
          let data0 = data.Uid;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            validate22.errors = [{ instancePath: instancePath + "/Uid", schemaPath: "#/properties/Uid/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
            return false;
          }
          if (errors === _errs1) {
            if (typeof data0 == "number" && isFinite(data0)) {
              if (data0 < 0 || isNaN(data0)) {
                validate22.errors = [{ instancePath: instancePath + "/Uid", schemaPath: "#/properties/Uid/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                return false;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Gid !== void 0) {
            let data1 = data.Gid;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate22.errors = [{ instancePath: instancePath + "/Gid", schemaPath: "#/properties/Gid/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 < 0 || isNaN(data1)) {
                  validate22.errors = [{ instancePath: instancePath + "/Gid", schemaPath: "#/properties/Gid/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.SecondaryGids !== void 0) {
              let data2 = data.SecondaryGids;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    const _errs7 = errors;
                    if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                      validate22.errors = [{ instancePath: instancePath + "/SecondaryGids/" + i0, schemaPath: "#/properties/SecondaryGids/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs7) {
                      if (typeof data3 == "number" && isFinite(data3)) {
                        if (data3 < 0 || isNaN(data3)) {
                          validate22.errors = [{ instancePath: instancePath + "/SecondaryGids/" + i0, schemaPath: "#/properties/SecondaryGids/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate22.errors = [{ instancePath: instancePath + "/SecondaryGids", schemaPath: "#/properties/SecondaryGids/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
      if (data.Role !== void 0) {
        const _errs1 = errors;
        if (typeof data.Role !== "string") {
          validate21.errors = [{ instancePath: instancePath + "/Role", schemaPath: "#/properties/Role/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.Policy !== void 0) {
          const _errs3 = errors;
          if (typeof data.Policy !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/Policy", schemaPath: "#/properties/Policy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.HomeDirectoryType !== void 0) {
            let data2 = data.HomeDirectoryType;
            const _errs5 = errors;
            if (!(data2 === "PATH" || data2 === "LOGICAL")) {
              validate21.errors = [{ instancePath: instancePath + "/HomeDirectoryType", schemaPath: "#/properties/HomeDirectoryType/enum", keyword: "enum", params: { allowedValues: schema6.properties.HomeDirectoryType.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.HomeDirectoryDetails !== void 0) {
              const _errs6 = errors;
              if (typeof data.HomeDirectoryDetails !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/HomeDirectoryDetails", schemaPath: "#/properties/HomeDirectoryDetails/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.HomeDirectory !== void 0) {
                const _errs8 = errors;
                if (typeof data.HomeDirectory !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/HomeDirectory", schemaPath: "#/properties/HomeDirectory/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.PosixProfile !== void 0) {
                  const _errs10 = errors;
                  if (!validate22(data.PosixProfile, { instancePath: instancePath + "/PosixProfile", parentData: data, parentDataProperty: "PosixProfile", rootData })) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.PublicKeys !== void 0) {
                    let data6 = data.PublicKeys;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (Array.isArray(data6)) {
                        var valid1 = true;
                        const len0 = data6.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs13 = errors;
                          if (typeof data6[i0] !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/PublicKeys/" + i0, schemaPath: "#/properties/PublicKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid1 = _errs13 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/PublicKeys", schemaPath: "#/properties/PublicKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:transfer.identity-provider.result.strict.check.js
function d_TransferPosixProfile(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v6 = x.Uid;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "number" && !(v6 % 1) && !isNaN(v6) && isFinite(v6))) return false;
    if (!(v6 >= 0)) return false;
  }
  {
    const v7 = x.Gid;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "number" && !(v7 % 1) && !isNaN(v7) && isFinite(v7))) return false;
    if (!(v7 >= 0)) return false;
  }
  {
    const v8 = x.SecondaryGids;
    if (v8 !== void 0) {
      if (!Array.isArray(v8)) return false;
      for (let v10 = 0; v10 < v8.length; v10++) {
        const v9 = v8[v10];
        if (!(typeof v9 === "number" && !(v9 % 1) && !isNaN(v9) && isFinite(v9))) return false;
        if (!(v9 >= 0)) return false;
      }
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.Role;
    if (v0 !== void 0) {
      if (!(typeof v0 === "string")) return false;
    }
  }
  {
    const v1 = x.Policy;
    if (v1 !== void 0) {
      if (!(typeof v1 === "string")) return false;
    }
  }
  {
    const v2 = x.HomeDirectoryType;
    if (v2 !== void 0) {
      if (!(v2 === "PATH" || v2 === "LOGICAL")) return false;
    }
  }
  {
    const v3 = x.HomeDirectoryDetails;
    if (v3 !== void 0) {
      if (!(typeof v3 === "string")) return false;
    }
  }
  {
    const v4 = x.HomeDirectory;
    if (v4 !== void 0) {
      if (!(typeof v4 === "string")) return false;
    }
  }
  {
    const v5 = x.PosixProfile;
    if (v5 !== void 0) {
      if (!d_TransferPosixProfile(v5)) return false;
    }
  }
  {
    const v11 = x.PublicKeys;
    if (v11 !== void 0) {
      if (!Array.isArray(v11)) return false;
      for (let v13 = 0; v13 < v11.length; v13++) {
        const v12 = v11[v13];
        if (!(typeof v12 === "string")) return false;
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

// transfer.identity-provider.result.strict.entry.ts
var validate = withStandardSchema(checked(check, transfer_identity_provider_result_strict_standalone_default), "transfer.identity-provider.result");
export {
  validate as default,
  validate
};
