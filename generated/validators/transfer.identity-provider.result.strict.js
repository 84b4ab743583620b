// Generated from schemas/transfer/identity-provider.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:transfer.identity-provider.result.strict.standalone.js
var transfer_identity_provider_result_strict_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:transfer.identity-provider.result", "type": "object", "properties": { "Role": { "type": "string" }, "Policy": { "type": "string" }, "HomeDirectoryType": { "enum": ["PATH", "LOGICAL"] }, "HomeDirectoryDetails": { "type": "string" }, "HomeDirectory": { "type": "string" }, "PosixProfile": { "$ref": "#/$defs/TransferPosixProfile" }, "PublicKeys": { "type": "array", "items": { "type": "string" } } }, "$defs": { "TransferPosixProfile": { "type": "object", "required": ["Uid", "Gid"], "properties": { "Uid": { "type": "integer", "minimum": 0 }, "Gid": { "type": "integer", "minimum": 0 }, "SecondaryGids": { "type": "array", "items": { "type": "integer", "minimum": 0 } } } } } };
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
      if (data.Role !== void 0) {
        const _errs1 = errors;
        if (typeof data.Role !== "string") {
          validate20.errors = [{ instancePath: instancePath + "/Role", schemaPath: "#/properties/Role/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
            validate20.errors = [{ instancePath: instancePath + "/Policy", schemaPath: "#/properties/Policy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate20.errors = [{ instancePath: instancePath + "/HomeDirectoryType", schemaPath: "#/properties/HomeDirectoryType/enum", keyword: "enum", params: { allowedValues: schema31.properties.HomeDirectoryType.enum }, message: "must be equal to one of the allowed values" }];
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
                validate20.errors = [{ instancePath: instancePath + "/HomeDirectoryDetails", schemaPath: "#/properties/HomeDirectoryDetails/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate20.errors = [{ instancePath: instancePath + "/HomeDirectory", schemaPath: "#/properties/HomeDirectory/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.PosixProfile !== void 0) {
                  let data5 = data.PosixProfile;
                  const _errs10 = errors;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      let missing0;
                      if (data5.Uid === void 0 && (missing0 = "Uid") || data5.Gid === void 0 && (missing0 = "Gid")) {
                        validate20.errors = [{ instancePath: instancePath + "/PosixProfile", schemaPath: "#/$defs/TransferPosixProfile/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                        return false;
                      } else {
                        if (data5.Uid !== void 0) {
                          let data6 = data5.Uid;
                          const _errs13 = errors;
                          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                            validate20.errors = [{ instancePath: instancePath + "/PosixProfile/Uid", schemaPath: "#/$defs/TransferPosixProfile/properties/Uid/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs13) {
                            if (typeof data6 == "number" && isFinite(data6)) {
                              if (data6 < 0 || isNaN(data6)) {
                                validate20.errors = [{ instancePath: instancePath + "/PosixProfile/Uid", schemaPath: "#/$defs/TransferPosixProfile/properties/Uid/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                return false;
                              }
                            }
                          }
                          var valid2 = _errs13 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data5.Gid !== void 0) {
                            let data7 = data5.Gid;
                            const _errs15 = errors;
                            if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                              validate20.errors = [{ instancePath: instancePath + "/PosixProfile/Gid", schemaPath: "#/$defs/TransferPosixProfile/properties/Gid/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs15) {
                              if (typeof data7 == "number" && isFinite(data7)) {
                                if (data7 < 0 || isNaN(data7)) {
                                  validate20.errors = [{ instancePath: instancePath + "/PosixProfile/Gid", schemaPath: "#/$defs/TransferPosixProfile/properties/Gid/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              }
                            }
                            var valid2 = _errs15 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data5.SecondaryGids !== void 0) {
                              let data8 = data5.SecondaryGids;
                              const _errs17 = errors;
                              if (errors === _errs17) {
                                if (Array.isArray(data8)) {
                                  var valid3 = true;
                                  const len0 = data8.length;
                                  for (let i0 = 0; i0 < len0; i0++) {
                                    let data9 = data8[i0];
                                    const _errs19 = errors;
                                    if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                                      validate20.errors = [{ instancePath: instancePath + "/PosixProfile/SecondaryGids/" + i0, schemaPath: "#/$defs/TransferPosixProfile/properties/SecondaryGids/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs19) {
                                      if (typeof data9 == "number" && isFinite(data9)) {
                                        if (data9 < 0 || isNaN(data9)) {
                                          validate20.errors = [{ instancePath: instancePath + "/PosixProfile/SecondaryGids/" + i0, schemaPath: "#/$defs/TransferPosixProfile/properties/SecondaryGids/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid3 = _errs19 === errors;
                                    if (!valid3) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/PosixProfile/SecondaryGids", schemaPath: "#/$defs/TransferPosixProfile/properties/SecondaryGids/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs17 === errors;
                            } else {
                              var valid2 = true;
                            }
                          }
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/PosixProfile", schemaPath: "#/$defs/TransferPosixProfile/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.PublicKeys !== void 0) {
                    let data10 = data.PublicKeys;
                    const _errs21 = errors;
                    if (errors === _errs21) {
                      if (Array.isArray(data10)) {
                        var valid4 = true;
                        const len1 = data10.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          const _errs23 = errors;
                          if (typeof data10[i1] !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/PublicKeys/" + i1, schemaPath: "#/properties/PublicKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid4 = _errs23 === errors;
                          if (!valid4) {
                            break;
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/PublicKeys", schemaPath: "#/properties/PublicKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs21 === errors;
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "Role": true, "Policy": true, "HomeDirectoryType": true, "HomeDirectoryDetails": true, "HomeDirectory": true, "PosixProfile": true, "PublicKeys": true }, "dynamicProps": false, "dynamicItems": false };

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

// transfer.identity-provider.result.strict.entry.ts
withStandardSchema(transfer_identity_provider_result_strict_standalone_default, "transfer.identity-provider.result");
export {
  transfer_identity_provider_result_strict_standalone_default as default,
  transfer_identity_provider_result_strict_standalone_default as validate
};
