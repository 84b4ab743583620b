// Generated from schemas/iot/custom-authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/ajv/ucs2length.ts
function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; pos++) {
    length++;
    const code = str.charCodeAt(pos);
    if (code >= 55296 && code <= 56319 && pos + 1 < str.length && (str.charCodeAt(pos + 1) & 64512) === 56320) pos++;
  }
  return length;
}

// standalone:iot.custom-authorizer.result.strict.standalone.js
var iot_custom_authorizer_result_strict_standalone_default = validate21;
var pattern0 = new RegExp("^[a-zA-Z0-9]{1,128}$", "u");
var func2 = ucs2length;
var schema8 = { "type": "object", "required": ["Effect", "Action", "Resource"], "properties": { "Sid": { "type": "string" }, "Effect": { "enum": ["Allow", "Deny"] }, "Action": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "Resource": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "Condition": { "type": "object", "additionalProperties": true } } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Effect === void 0 && (missing0 = "Effect") || data.Action === void 0 && (missing0 = "Action") || data.Resource === void 0 && (missing0 = "Resource")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Sid !== void 0) {
          const _errs1 = errors;
          if (typeof data.Sid !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/Sid", schemaPath: "#/properties/Sid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Effect !== void 0) {
            let data1 = data.Effect;
            const _errs3 = errors;
            if (!(data1 === "Allow" || data1 === "Deny")) {
              validate23.errors = [{ instancePath: instancePath + "/Effect", schemaPath: "#/properties/Effect/enum", keyword: "enum", params: { allowedValues: schema8.properties.Effect.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.Action !== void 0) {
              let data2 = data.Action;
              const _errs4 = errors;
              const _errs5 = errors;
              let valid1 = false;
              const _errs6 = errors;
              if (typeof data2 !== "string") {
                const err0 = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err0];
                } else {
                  vErrors.push(err0);
                }
                errors++;
              }
              var _valid0 = _errs6 === errors;
              valid1 = valid1 || _valid0;
              if (!valid1) {
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (Array.isArray(data2)) {
                    var valid2 = true;
                    const len0 = data2.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs10 = errors;
                      if (typeof data2[i0] !== "string") {
                        const err1 = { instancePath: instancePath + "/Action/" + i0, schemaPath: "#/properties/Action/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                      var valid2 = _errs10 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    const err2 = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs8 === errors;
                valid1 = valid1 || _valid0;
              }
              if (!valid1) {
                const err3 = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
                validate23.errors = vErrors;
                return false;
              } else {
                errors = _errs5;
                if (vErrors !== null) {
                  if (_errs5) {
                    vErrors.length = _errs5;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.Resource !== void 0) {
                let data4 = data.Resource;
                const _errs12 = errors;
                const _errs13 = errors;
                let valid3 = false;
                const _errs14 = errors;
                if (typeof data4 !== "string") {
                  const err4 = { instancePath: instancePath + "/Resource", schemaPath: "#/properties/Resource/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                var _valid1 = _errs14 === errors;
                valid3 = valid3 || _valid1;
                if (!valid3) {
                  const _errs16 = errors;
                  if (errors === _errs16) {
                    if (Array.isArray(data4)) {
                      var valid4 = true;
                      const len1 = data4.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        const _errs18 = errors;
                        if (typeof data4[i1] !== "string") {
                          const err5 = { instancePath: instancePath + "/Resource/" + i1, schemaPath: "#/properties/Resource/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err5];
                          } else {
                            vErrors.push(err5);
                          }
                          errors++;
                        }
                        var valid4 = _errs18 === errors;
                        if (!valid4) {
                          break;
                        }
                      }
                    } else {
                      const err6 = { instancePath: instancePath + "/Resource", schemaPath: "#/properties/Resource/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                  }
                  var _valid1 = _errs16 === errors;
                  valid3 = valid3 || _valid1;
                }
                if (!valid3) {
                  const err7 = { instancePath: instancePath + "/Resource", schemaPath: "#/properties/Resource/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                  validate23.errors = vErrors;
                  return false;
                } else {
                  errors = _errs13;
                  if (vErrors !== null) {
                    if (_errs13) {
                      vErrors.length = _errs13;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid0 = _errs12 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.Condition !== void 0) {
                  let data6 = data.Condition;
                  const _errs20 = errors;
                  if (errors === _errs20) {
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    } else {
                      validate23.errors = [{ instancePath: instancePath + "/Condition", schemaPath: "#/properties/Condition/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs20 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Version === void 0 && (missing0 = "Version") || data.Statement === void 0 && (missing0 = "Statement")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Version !== void 0) {
          const _errs1 = errors;
          if (typeof data.Version !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Statement !== void 0) {
            let data1 = data.Statement;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs5 = errors;
                  if (!validate23(data1[i0], { instancePath: instancePath + "/Statement/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs5 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate22.errors = [{ instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
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
      if (data.isAuthenticated === void 0 && (missing0 = "isAuthenticated") || data.principalId === void 0 && (missing0 = "principalId") || data.policyDocuments === void 0 && (missing0 = "policyDocuments") || data.disconnectAfterInSeconds === void 0 && (missing0 = "disconnectAfterInSeconds") || data.refreshAfterInSeconds === void 0 && (missing0 = "refreshAfterInSeconds")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.isAuthenticated !== void 0) {
          const _errs1 = errors;
          if (typeof data.isAuthenticated !== "boolean") {
            validate21.errors = [{ instancePath: instancePath + "/isAuthenticated", schemaPath: "#/properties/isAuthenticated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.principalId !== void 0) {
            let data1 = data.principalId;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 === "string") {
                if (!pattern0.test(data1)) {
                  validate21.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]{1,128}$" }, message: 'must match pattern "^[a-zA-Z0-9]{1,128}$"' }];
                  return false;
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.policyDocuments !== void 0) {
              let data2 = data.policyDocuments;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  if (data2.length > 10) {
                    validate21.errors = [{ instancePath: instancePath + "/policyDocuments", schemaPath: "#/properties/policyDocuments/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" }];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data2.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data3 = data2[i0];
                      const _errs7 = errors;
                      const _errs8 = errors;
                      let valid2 = false;
                      const _errs9 = errors;
                      if (errors === _errs9) {
                        if (typeof data3 === "string") {
                          if (func2(data3) > 2048) {
                            const err0 = { instancePath: instancePath + "/policyDocuments/" + i0, schemaPath: "#/properties/policyDocuments/items/anyOf/0/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                        } else {
                          const err1 = { instancePath: instancePath + "/policyDocuments/" + i0, schemaPath: "#/properties/policyDocuments/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                        }
                      }
                      var _valid0 = _errs9 === errors;
                      valid2 = valid2 || _valid0;
                      if (!valid2) {
                        const _errs11 = errors;
                        if (!validate22(data3, { instancePath: instancePath + "/policyDocuments/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
                          vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                          errors = vErrors.length;
                        }
                        var _valid0 = _errs11 === errors;
                        valid2 = valid2 || _valid0;
                      }
                      if (!valid2) {
                        const err2 = { instancePath: instancePath + "/policyDocuments/" + i0, schemaPath: "#/properties/policyDocuments/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                        validate21.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs8;
                        if (vErrors !== null) {
                          if (_errs8) {
                            vErrors.length = _errs8;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid1 = _errs7 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/policyDocuments", schemaPath: "#/properties/policyDocuments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.disconnectAfterInSeconds !== void 0) {
                let data4 = data.disconnectAfterInSeconds;
                const _errs12 = errors;
                if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                  validate21.errors = [{ instancePath: instancePath + "/disconnectAfterInSeconds", schemaPath: "#/properties/disconnectAfterInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                if (errors === _errs12) {
                  if (typeof data4 == "number" && isFinite(data4)) {
                    if (data4 > 86400 || isNaN(data4)) {
                      validate21.errors = [{ instancePath: instancePath + "/disconnectAfterInSeconds", schemaPath: "#/properties/disconnectAfterInSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" }];
                      return false;
                    } else {
                      if (data4 < 300 || isNaN(data4)) {
                        validate21.errors = [{ instancePath: instancePath + "/disconnectAfterInSeconds", schemaPath: "#/properties/disconnectAfterInSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 300 }, message: "must be >= 300" }];
                        return false;
                      }
                    }
                  }
                }
                var valid0 = _errs12 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.refreshAfterInSeconds !== void 0) {
                  let data5 = data.refreshAfterInSeconds;
                  const _errs14 = errors;
                  if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                    validate21.errors = [{ instancePath: instancePath + "/refreshAfterInSeconds", schemaPath: "#/properties/refreshAfterInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs14) {
                    if (typeof data5 == "number" && isFinite(data5)) {
                      if (data5 > 86400 || isNaN(data5)) {
                        validate21.errors = [{ instancePath: instancePath + "/refreshAfterInSeconds", schemaPath: "#/properties/refreshAfterInSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" }];
                        return false;
                      } else {
                        if (data5 < 300 || isNaN(data5)) {
                          validate21.errors = [{ instancePath: instancePath + "/refreshAfterInSeconds", schemaPath: "#/properties/refreshAfterInSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 300 }, message: "must be >= 300" }];
                          return false;
                        }
                      }
                    }
                  }
                  var valid0 = _errs14 === errors;
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

// check:iot.custom-authorizer.result.strict.check.js
function p0(s) {
  let i = 0;
  let c;
  {
    const start = i;
    while (i < s.length && i - start < 128) {
      c = s.charCodeAt(i);
      if (!(c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57)) break;
      i++;
    }
    if (i - start < 1) return false;
  }
  return i === s.length;
}
function d_IoTPolicyDocument(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v5 = x.Version;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.Statement;
    if (v6 === void 0) return false;
    if (!Array.isArray(v6)) return false;
    for (let v8 = 0; v8 < v6.length; v8++) {
      const v7 = v6[v8];
      if (!d_IoTPolicyStatement(v7)) return false;
    }
  }
  return true;
}
function d_IoTPolicyStatement(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v9 = x.Sid;
    if (v9 !== void 0) {
      if (!(typeof v9 === "string")) return false;
    }
  }
  {
    const v10 = x.Effect;
    if (v10 === void 0) return false;
    if (!(v10 === "Allow" || v10 === "Deny")) return false;
  }
  {
    const v11 = x.Action;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string" || b0(v11))) return false;
  }
  {
    const v14 = x.Resource;
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string" || b1(v14))) return false;
  }
  {
    const v17 = x.Condition;
    if (v17 !== void 0) {
      if (!(v17 !== null && typeof v17 === "object" && !Array.isArray(v17))) return false;
    }
  }
  return true;
}
function b0(x) {
  if (!Array.isArray(x)) return false;
  for (let v13 = 0; v13 < x.length; v13++) {
    const v12 = x[v13];
    if (!(typeof v12 === "string")) return false;
  }
  return true;
}
function b1(x) {
  if (!Array.isArray(x)) return false;
  for (let v16 = 0; v16 < x.length; v16++) {
    const v15 = x[v16];
    if (!(typeof v15 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.isAuthenticated;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "boolean")) return false;
  }
  {
    const v1 = x.principalId;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
    if (!p0(v1)) return false;
  }
  {
    const v2 = x.policyDocuments;
    if (v2 === void 0) return false;
    if (!Array.isArray(v2)) return false;
    if (!(v2.length <= 10)) return false;
    for (let v4 = 0; v4 < v2.length; v4++) {
      const v3 = v2[v4];
      if (!(typeof v3 === "string" && ucs2length(v3) <= 2048 || d_IoTPolicyDocument(v3))) return false;
    }
  }
  {
    const v18 = x.disconnectAfterInSeconds;
    if (v18 === void 0) return false;
    if (!(typeof v18 === "number" && !(v18 % 1) && !isNaN(v18) && isFinite(v18))) return false;
    if (!(v18 >= 300)) return false;
    if (!(v18 <= 86400)) return false;
  }
  {
    const v19 = x.refreshAfterInSeconds;
    if (v19 === void 0) return false;
    if (!(typeof v19 === "number" && !(v19 % 1) && !isNaN(v19) && isFinite(v19))) return false;
    if (!(v19 >= 300)) return false;
    if (!(v19 <= 86400)) return false;
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

// iot.custom-authorizer.result.strict.entry.ts
var validate = withStandardSchema(checked(check, iot_custom_authorizer_result_strict_standalone_default), "iot.custom-authorizer.result");
export {
  validate as default,
  validate
};
