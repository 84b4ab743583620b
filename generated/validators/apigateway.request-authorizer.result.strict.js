// Generated from schemas/apigateway/request-authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.request-authorizer.result.strict.standalone.js
var apigateway_request_authorizer_result_strict_standalone_default = validate21;
var schema9 = { "type": "object", "required": ["Action", "Effect", "Resource"], "properties": { "Sid": { "type": "string" }, "Action": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "Effect": { "enum": ["Allow", "Deny"] }, "Resource": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "Condition": { "type": "object", "additionalProperties": true } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Action === void 0 && (missing0 = "Action") || data.Effect === void 0 && (missing0 = "Effect") || data.Resource === void 0 && (missing0 = "Resource")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Sid !== void 0) {
          const _errs1 = errors;
          if (typeof data.Sid !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/Sid", schemaPath: "#/properties/Sid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Action !== void 0) {
            let data1 = data.Action;
            const _errs3 = errors;
            const _errs4 = errors;
            let valid1 = false;
            const _errs5 = errors;
            if (typeof data1 !== "string") {
              const err0 = { instancePath: instancePath + "/Action", schemaPath: "#/properties/Action/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            var _valid0 = _errs5 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
              const _errs7 = errors;
              if (errors === _errs7) {
                if (Array.isArray(data1)) {
                  var valid2 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs9 = errors;
                    if (typeof data1[i0] !== "string") {
                      const err1 = { instancePath: instancePath + "/Action/" + i0, schemaPath: "#/properties/Action/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err1];
                      } else {
                        vErrors.push(err1);
                      }
                      errors++;
                    }
                    var valid2 = _errs9 === errors;
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
              var _valid0 = _errs7 === errors;
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
              validate24.errors = vErrors;
              return false;
            } else {
              errors = _errs4;
              if (vErrors !== null) {
                if (_errs4) {
                  vErrors.length = _errs4;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.Effect !== void 0) {
              let data3 = data.Effect;
              const _errs11 = errors;
              if (!(data3 === "Allow" || data3 === "Deny")) {
                validate24.errors = [{ instancePath: instancePath + "/Effect", schemaPath: "#/properties/Effect/enum", keyword: "enum", params: { allowedValues: schema9.properties.Effect.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs11 === errors;
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
                  validate24.errors = vErrors;
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
                      validate24.errors = [{ instancePath: instancePath + "/Condition", schemaPath: "#/properties/Condition/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Version === void 0 && (missing0 = "Version") || data.Statement === void 0 && (missing0 = "Statement")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Version !== void 0) {
          const _errs1 = errors;
          if (typeof data.Version !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  if (!validate24(data1[i0], { instancePath: instancePath + "/Statement/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs5 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate23.errors = [{ instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        const _errs3 = errors;
        let valid1 = false;
        const _errs4 = errors;
        if (typeof data0 !== "string") {
          const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        var _valid0 = _errs4 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
          const _errs6 = errors;
          if (!(typeof data0 == "number" && isFinite(data0))) {
            const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          var _valid0 = _errs6 === errors;
          valid1 = valid1 || _valid0;
          if (!valid1) {
            const _errs8 = errors;
            if (typeof data0 !== "boolean") {
              const err2 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            var _valid0 = _errs8 === errors;
            valid1 = valid1 || _valid0;
          }
        }
        if (!valid1) {
          const err3 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
          validate27.errors = vErrors;
          return false;
        } else {
          errors = _errs3;
          if (vErrors !== null) {
            if (_errs3) {
              vErrors.length = _errs3;
            } else {
              vErrors = null;
            }
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.principalId === void 0 && (missing0 = "principalId") || data.policyDocument === void 0 && (missing0 = "policyDocument")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.principalId !== void 0) {
          const _errs1 = errors;
          if (typeof data.principalId !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.policyDocument !== void 0) {
            const _errs3 = errors;
            if (!validate23(data.policyDocument, { instancePath: instancePath + "/policyDocument", parentData: data, parentDataProperty: "policyDocument", rootData })) {
              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.context !== void 0) {
              const _errs4 = errors;
              if (!validate27(data.context, { instancePath: instancePath + "/context", parentData: data, parentDataProperty: "context", rootData })) {
                vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.usageIdentifierKey !== void 0) {
                const _errs5 = errors;
                if (typeof data.usageIdentifierKey !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/usageIdentifierKey", schemaPath: "#/properties/usageIdentifierKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
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
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:apigateway.request-authorizer.result.strict.check.js
function d_ApiGatewayAuthorizerIamResponse(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.principalId;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.policyDocument;
    if (v1 === void 0) return false;
    if (!d_ApiGatewayAuthorizerPolicyDocument(v1)) return false;
  }
  {
    const v15 = x.context;
    if (v15 !== void 0) {
      if (!d_ApiGatewayAuthorizerContext(v15)) return false;
    }
  }
  {
    const v18 = x.usageIdentifierKey;
    if (v18 !== void 0) {
      if (!(typeof v18 === "string")) return false;
    }
  }
  return true;
}
function d_ApiGatewayAuthorizerPolicyDocument(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v2 = x.Version;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.Statement;
    if (v3 === void 0) return false;
    if (!Array.isArray(v3)) return false;
    for (let v5 = 0; v5 < v3.length; v5++) {
      const v4 = v3[v5];
      if (!d_ApiGatewayAuthorizerPolicyStatement(v4)) return false;
    }
  }
  return true;
}
function d_ApiGatewayAuthorizerPolicyStatement(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v6 = x.Sid;
    if (v6 !== void 0) {
      if (!(typeof v6 === "string")) return false;
    }
  }
  {
    const v7 = x.Action;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string" || b0(v7))) return false;
  }
  {
    const v10 = x.Effect;
    if (v10 === void 0) return false;
    if (!(v10 === "Allow" || v10 === "Deny")) return false;
  }
  {
    const v11 = x.Resource;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string" || b1(v11))) return false;
  }
  {
    const v14 = x.Condition;
    if (v14 !== void 0) {
      if (!(v14 !== null && typeof v14 === "object" && !Array.isArray(v14))) return false;
    }
  }
  return true;
}
function b0(x) {
  if (!Array.isArray(x)) return false;
  for (let v9 = 0; v9 < x.length; v9++) {
    const v8 = x[v9];
    if (!(typeof v8 === "string")) return false;
  }
  return true;
}
function b1(x) {
  if (!Array.isArray(x)) return false;
  for (let v13 = 0; v13 < x.length; v13++) {
    const v12 = x[v13];
    if (!(typeof v12 === "string")) return false;
  }
  return true;
}
function d_ApiGatewayAuthorizerContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v16 in x) {
    const v17 = x[v16];
    if (!(typeof v17 === "string" || typeof v17 === "number" && isFinite(v17) || typeof v17 === "boolean")) return false;
  }
  return true;
}
function check(x) {
  if (!d_ApiGatewayAuthorizerIamResponse(x)) return false;
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

// apigateway.request-authorizer.result.strict.entry.ts
var validate = withStandardSchema(checked(check, apigateway_request_authorizer_result_strict_standalone_default), "apigateway.request-authorizer.result");
export {
  validate as default,
  validate
};
