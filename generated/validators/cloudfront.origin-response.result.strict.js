// Generated from schemas/cloudfront/origin-response.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudfront.origin-response.result.strict.standalone.js
var cloudfront_origin_response_result_strict_standalone_default = validate21;
var schema7 = { "type": "object", "required": ["status"], "properties": { "status": { "type": "string", "pattern": "^[2-5][0-9]{2}$" }, "statusDescription": { "type": "string" }, "headers": { "$ref": "#/$defs/CloudFrontResultHeaders" }, "body": { "type": "string" }, "bodyEncoding": { "enum": ["text", "base64"] } } };
var pattern0 = new RegExp("^[2-5][0-9]{2}$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.value === void 0 && (missing0 = "value")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.key !== void 0) {
          const _errs1 = errors;
          if (typeof data.key !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.value !== void 0) {
            const _errs3 = errors;
            if (typeof data.value !== "string") {
              validate24.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
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
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              const _errs4 = errors;
              if (!validate24(data0[i0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate23.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
      if (data.status === void 0 && (missing0 = "status")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.status !== void 0) {
          let data0 = data.status;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (!pattern0.test(data0)) {
                validate22.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/pattern", keyword: "pattern", params: { pattern: "^[2-5][0-9]{2}$" }, message: 'must match pattern "^[2-5][0-9]{2}$"' }];
                return false;
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.statusDescription !== void 0) {
            const _errs3 = errors;
            if (typeof data.statusDescription !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/statusDescription", schemaPath: "#/properties/statusDescription/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.headers !== void 0) {
              const _errs5 = errors;
              if (!validate23(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.body !== void 0) {
                const _errs6 = errors;
                if (typeof data.body !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.bodyEncoding !== void 0) {
                  let data4 = data.bodyEncoding;
                  const _errs8 = errors;
                  if (!(data4 === "text" || data4 === "base64")) {
                    validate22.errors = [{ instancePath: instancePath + "/bodyEncoding", schemaPath: "#/properties/bodyEncoding/enum", keyword: "enum", params: { allowedValues: schema7.properties.bodyEncoding.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
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

// check:cloudfront.origin-response.result.strict.check.js
function p0(s) {
  let i = 0;
  let c;
  c = s.charCodeAt(i);
  if (!(c >= 50 && c <= 53)) return false;
  i++;
  for (let n = 0; n < 2; n++) {
    c = s.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return false;
    i++;
  }
  return i === s.length;
}
function d_CloudFrontResultResponse(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.status;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
    if (!p0(v0)) return false;
  }
  {
    const v1 = x.statusDescription;
    if (v1 !== void 0) {
      if (!(typeof v1 === "string")) return false;
    }
  }
  {
    const v2 = x.headers;
    if (v2 !== void 0) {
      if (!d_CloudFrontResultHeaders(v2)) return false;
    }
  }
  {
    const v9 = x.body;
    if (v9 !== void 0) {
      if (!(typeof v9 === "string")) return false;
    }
  }
  {
    const v10 = x.bodyEncoding;
    if (v10 !== void 0) {
      if (!(v10 === "text" || v10 === "base64")) return false;
    }
  }
  return true;
}
function d_CloudFrontResultHeaders(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v3 in x) {
    const v4 = x[v3];
    if (!Array.isArray(v4)) return false;
    for (let v6 = 0; v6 < v4.length; v6++) {
      const v5 = v4[v6];
      if (!d_CloudFrontResultHeader(v5)) return false;
    }
  }
  return true;
}
function d_CloudFrontResultHeader(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v7 = x.key;
    if (v7 !== void 0) {
      if (!(typeof v7 === "string")) return false;
    }
  }
  {
    const v8 = x.value;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!d_CloudFrontResultResponse(x)) return false;
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

// cloudfront.origin-response.result.strict.entry.ts
var validate = withStandardSchema(checked(check, cloudfront_origin_response_result_strict_standalone_default), "cloudfront.origin-response.result");
export {
  validate as default,
  validate
};
