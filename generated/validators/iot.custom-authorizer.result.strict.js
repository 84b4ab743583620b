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
var iot_custom_authorizer_result_strict_standalone_default = validate20;
var pattern4 = new RegExp("^[a-zA-Z0-9]{1,128}$", "u");
var func1 = ucs2length;
var schema33 = { "type": "object", "required": ["Effect", "Action", "Resource"], "properties": { "Sid": { "type": "string" }, "Effect": { "enum": ["Allow", "Deny"] }, "Action": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "Resource": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "Condition": { "type": "object", "additionalProperties": true } } };
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
      let missing0;
      if (data.Version === void 0 && (missing0 = "Version") || data.Statement === void 0 && (missing0 = "Statement")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Version !== void 0) {
          const _errs1 = errors;
          if (typeof data.Version !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  let data2 = data1[i0];
                  const _errs5 = errors;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      let missing1;
                      if (data2.Effect === void 0 && (missing1 = "Effect") || data2.Action === void 0 && (missing1 = "Action") || data2.Resource === void 0 && (missing1 = "Resource")) {
                        validate21.errors = [{ instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/IoTPolicyStatement/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data2.Sid !== void 0) {
                          const _errs8 = errors;
                          if (typeof data2.Sid !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/Statement/" + i0 + "/Sid", schemaPath: "#/$defs/IoTPolicyStatement/properties/Sid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs8 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data2.Effect !== void 0) {
                            let data4 = data2.Effect;
                            const _errs10 = errors;
                            if (!(data4 === "Allow" || data4 === "Deny")) {
                              validate21.errors = [{ instancePath: instancePath + "/Statement/" + i0 + "/Effect", schemaPath: "#/$defs/IoTPolicyStatement/properties/Effect/enum", keyword: "enum", params: { allowedValues: schema33.properties.Effect.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid3 = _errs10 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data2.Action !== void 0) {
                              let data5 = data2.Action;
                              const _errs11 = errors;
                              const _errs12 = errors;
                              let valid4 = false;
                              const _errs13 = errors;
                              if (typeof data5 !== "string") {
                                const err0 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/IoTPolicyStatement/properties/Action/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err0];
                                } else {
                                  vErrors.push(err0);
                                }
                                errors++;
                              }
                              var _valid0 = _errs13 === errors;
                              valid4 = valid4 || _valid0;
                              const _errs15 = errors;
                              if (errors === _errs15) {
                                if (Array.isArray(data5)) {
                                  var valid5 = true;
                                  const len1 = data5.length;
                                  for (let i1 = 0; i1 < len1; i1++) {
                                    const _errs17 = errors;
                                    if (typeof data5[i1] !== "string") {
                                      const err1 = { instancePath: instancePath + "/Statement/" + i0 + "/Action/" + i1, schemaPath: "#/$defs/IoTPolicyStatement/properties/Action/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err1];
                                      } else {
                                        vErrors.push(err1);
                                      }
                                      errors++;
                                    }
                                    var valid5 = _errs17 === errors;
                                    if (!valid5) {
                                      break;
                                    }
                                  }
                                } else {
                                  const err2 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/IoTPolicyStatement/properties/Action/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                  if (vErrors === null) {
                                    vErrors = [err2];
                                  } else {
                                    vErrors.push(err2);
                                  }
                                  errors++;
                                }
                              }
                              var _valid0 = _errs15 === errors;
                              valid4 = valid4 || _valid0;
                              if (!valid4) {
                                const err3 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/IoTPolicyStatement/properties/Action/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err3];
                                } else {
                                  vErrors.push(err3);
                                }
                                errors++;
                                validate21.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs12;
                                if (vErrors !== null) {
                                  if (_errs12) {
                                    vErrors.length = _errs12;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid3 = _errs11 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data2.Resource !== void 0) {
                                let data7 = data2.Resource;
                                const _errs19 = errors;
                                const _errs20 = errors;
                                let valid6 = false;
                                const _errs21 = errors;
                                if (typeof data7 !== "string") {
                                  const err4 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/IoTPolicyStatement/properties/Resource/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err4];
                                  } else {
                                    vErrors.push(err4);
                                  }
                                  errors++;
                                }
                                var _valid1 = _errs21 === errors;
                                valid6 = valid6 || _valid1;
                                const _errs23 = errors;
                                if (errors === _errs23) {
                                  if (Array.isArray(data7)) {
                                    var valid7 = true;
                                    const len2 = data7.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                      const _errs25 = errors;
                                      if (typeof data7[i2] !== "string") {
                                        const err5 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource/" + i2, schemaPath: "#/$defs/IoTPolicyStatement/properties/Resource/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err5];
                                        } else {
                                          vErrors.push(err5);
                                        }
                                        errors++;
                                      }
                                      var valid7 = _errs25 === errors;
                                      if (!valid7) {
                                        break;
                                      }
                                    }
                                  } else {
                                    const err6 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/IoTPolicyStatement/properties/Resource/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err6];
                                    } else {
                                      vErrors.push(err6);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid1 = _errs23 === errors;
                                valid6 = valid6 || _valid1;
                                if (!valid6) {
                                  const err7 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/IoTPolicyStatement/properties/Resource/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err7];
                                  } else {
                                    vErrors.push(err7);
                                  }
                                  errors++;
                                  validate21.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs20;
                                  if (vErrors !== null) {
                                    if (_errs20) {
                                      vErrors.length = _errs20;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid3 = _errs19 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data2.Condition !== void 0) {
                                  let data9 = data2.Condition;
                                  const _errs27 = errors;
                                  if (errors === _errs27) {
                                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                    } else {
                                      validate21.errors = [{ instancePath: instancePath + "/Statement/" + i0 + "/Condition", schemaPath: "#/$defs/IoTPolicyStatement/properties/Condition/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs27 === errors;
                                } else {
                                  var valid3 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/IoTPolicyStatement/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs5 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "Version": true, "Statement": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.isAuthenticated === void 0 && (missing0 = "isAuthenticated") || data.principalId === void 0 && (missing0 = "principalId") || data.policyDocuments === void 0 && (missing0 = "policyDocuments") || data.disconnectAfterInSeconds === void 0 && (missing0 = "disconnectAfterInSeconds") || data.refreshAfterInSeconds === void 0 && (missing0 = "refreshAfterInSeconds")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.isAuthenticated !== void 0) {
          const _errs1 = errors;
          if (typeof data.isAuthenticated !== "boolean") {
            validate20.errors = [{ instancePath: instancePath + "/isAuthenticated", schemaPath: "#/properties/isAuthenticated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
                if (!pattern4.test(data1)) {
                  validate20.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]{1,128}$" }, message: 'must match pattern "^[a-zA-Z0-9]{1,128}$"' }];
                  return false;
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate20.errors = [{ instancePath: instancePath + "/policyDocuments", schemaPath: "#/properties/policyDocuments/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" }];
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
                          if (func1(data3) > 2048) {
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
                      const _errs11 = errors;
                      if (!validate21(data3, { instancePath: instancePath + "/policyDocuments/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                        errors = vErrors.length;
                      }
                      var _valid0 = _errs11 === errors;
                      valid2 = valid2 || _valid0;
                      if (_valid0) {
                        var props0 = {};
                        props0.Version = true;
                        props0.Statement = true;
                      }
                      if (!valid2) {
                        const err2 = { instancePath: instancePath + "/policyDocuments/" + i0, schemaPath: "#/properties/policyDocuments/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                        validate20.errors = vErrors;
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
                  validate20.errors = [{ instancePath: instancePath + "/policyDocuments", schemaPath: "#/properties/policyDocuments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                  validate20.errors = [{ instancePath: instancePath + "/disconnectAfterInSeconds", schemaPath: "#/properties/disconnectAfterInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                if (errors === _errs12) {
                  if (typeof data4 == "number" && isFinite(data4)) {
                    if (data4 > 86400 || isNaN(data4)) {
                      validate20.errors = [{ instancePath: instancePath + "/disconnectAfterInSeconds", schemaPath: "#/properties/disconnectAfterInSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" }];
                      return false;
                    } else {
                      if (data4 < 300 || isNaN(data4)) {
                        validate20.errors = [{ instancePath: instancePath + "/disconnectAfterInSeconds", schemaPath: "#/properties/disconnectAfterInSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 300 }, message: "must be >= 300" }];
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
                    validate20.errors = [{ instancePath: instancePath + "/refreshAfterInSeconds", schemaPath: "#/properties/refreshAfterInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs14) {
                    if (typeof data5 == "number" && isFinite(data5)) {
                      if (data5 > 86400 || isNaN(data5)) {
                        validate20.errors = [{ instancePath: instancePath + "/refreshAfterInSeconds", schemaPath: "#/properties/refreshAfterInSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" }];
                        return false;
                      } else {
                        if (data5 < 300 || isNaN(data5)) {
                          validate20.errors = [{ instancePath: instancePath + "/refreshAfterInSeconds", schemaPath: "#/properties/refreshAfterInSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 300 }, message: "must be >= 300" }];
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "isAuthenticated": true, "principalId": true, "policyDocuments": true, "disconnectAfterInSeconds": true, "refreshAfterInSeconds": true }, "dynamicProps": false, "dynamicItems": false };

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

// iot.custom-authorizer.result.strict.entry.ts
withStandardSchema(iot_custom_authorizer_result_strict_standalone_default, "iot.custom-authorizer.result");
export {
  iot_custom_authorizer_result_strict_standalone_default as default,
  iot_custom_authorizer_result_strict_standalone_default as validate
};
