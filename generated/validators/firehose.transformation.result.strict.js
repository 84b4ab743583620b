// Generated from schemas/firehose/transformation.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
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

// standalone:firehose.transformation.result.strict.standalone.js
var firehose_transformation_result_strict_standalone_default = validate21;
var schema8 = { "type": "object", "required": ["recordId", "result", "data"], "properties": { "recordId": { "type": "string", "minLength": 1 }, "result": { "enum": ["Ok", "Dropped", "ProcessingFailed"] }, "data": { "$ref": "#/$defs/Base64String" }, "metadata": { "$ref": "#/$defs/FirehoseTransformationResponseMetadata" } } };
var func2 = ucs2length;
var pattern0 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate24.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' }];
        return false;
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.destinationDatabaseName !== void 0) {
        const _errs1 = errors;
        if (typeof data.destinationDatabaseName !== "string") {
          validate27.errors = [{ instancePath: instancePath + "/destinationDatabaseName", schemaPath: "#/properties/destinationDatabaseName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.destinationTableName !== void 0) {
          const _errs3 = errors;
          if (typeof data.destinationTableName !== "string") {
            validate27.errors = [{ instancePath: instancePath + "/destinationTableName", schemaPath: "#/properties/destinationTableName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.operation !== void 0) {
            const _errs5 = errors;
            if (typeof data.operation !== "string") {
              validate27.errors = [{ instancePath: instancePath + "/operation", schemaPath: "#/properties/operation/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
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
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.partitionKeys !== void 0) {
        let data0 = data.partitionKeys;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key0 in data0) {
              const _errs4 = errors;
              if (typeof data0[key0] !== "string") {
                validate26.errors = [{ instancePath: instancePath + "/partitionKeys/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/partitionKeys/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate26.errors = [{ instancePath: instancePath + "/partitionKeys", schemaPath: "#/properties/partitionKeys/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.otfMetadata !== void 0) {
          const _errs6 = errors;
          if (!validate27(data.otfMetadata, { instancePath: instancePath + "/otfMetadata", parentData: data, parentDataProperty: "otfMetadata", rootData })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs6 === errors;
        } else {
          var valid0 = true;
        }
      }
    } else {
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.recordId === void 0 && (missing0 = "recordId") || data.result === void 0 && (missing0 = "result") || data.data === void 0 && (missing0 = "data")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.recordId !== void 0) {
          let data0 = data.recordId;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (func2(data0) < 1) {
                validate23.errors = [{ instancePath: instancePath + "/recordId", schemaPath: "#/properties/recordId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                return false;
              }
            } else {
              validate23.errors = [{ instancePath: instancePath + "/recordId", schemaPath: "#/properties/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.result !== void 0) {
            let data1 = data.result;
            const _errs3 = errors;
            if (!(data1 === "Ok" || data1 === "Dropped" || data1 === "ProcessingFailed")) {
              validate23.errors = [{ instancePath: instancePath + "/result", schemaPath: "#/properties/result/enum", keyword: "enum", params: { allowedValues: schema8.properties.result.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== void 0) {
              const _errs4 = errors;
              if (!validate24(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.metadata !== void 0) {
                const _errs5 = errors;
                if (!validate26(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
                  vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                  errors = vErrors.length;
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
      if (data.records === void 0 && (missing0 = "records")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.records !== void 0) {
          let data0 = data.records;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs3 = errors;
                if (!validate23(data0[i0], { instancePath: instancePath + "/records/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/records", schemaPath: "#/properties/records/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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

// check:firehose.transformation.result.strict.check.js
var p0 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
function d_FirehoseTransformationResponse(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.records;
    if (v0 === void 0) return false;
    if (!Array.isArray(v0)) return false;
    for (let v2 = 0; v2 < v0.length; v2++) {
      const v1 = v0[v2];
      if (!d_FirehoseTransformationResponseRecord(v1)) return false;
    }
  }
  return true;
}
function d_FirehoseTransformationResponseRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v3 = x.recordId;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
    if (!(ucs2length(v3) >= 1)) return false;
  }
  {
    const v4 = x.result;
    if (v4 === void 0) return false;
    if (!(v4 === "Ok" || v4 === "Dropped" || v4 === "ProcessingFailed")) return false;
  }
  {
    const v5 = x.data;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string" && p0.test(v5))) return false;
  }
  {
    const v6 = x.metadata;
    if (v6 !== void 0) {
      if (!d_FirehoseTransformationResponseMetadata(v6)) return false;
    }
  }
  return true;
}
function d_FirehoseTransformationResponseMetadata(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v7 = x.partitionKeys;
    if (v7 !== void 0) {
      if (!(v7 !== null && typeof v7 === "object" && !Array.isArray(v7))) return false;
      for (const v8 in v7) {
        const v9 = v7[v8];
        if (!(typeof v9 === "string")) return false;
      }
    }
  }
  {
    const v10 = x.otfMetadata;
    if (v10 !== void 0) {
      if (!d_FirehoseTransformationOtfMetadata(v10)) return false;
    }
  }
  return true;
}
function d_FirehoseTransformationOtfMetadata(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v11 = x.destinationDatabaseName;
    if (v11 !== void 0) {
      if (!(typeof v11 === "string")) return false;
    }
  }
  {
    const v12 = x.destinationTableName;
    if (v12 !== void 0) {
      if (!(typeof v12 === "string")) return false;
    }
  }
  {
    const v13 = x.operation;
    if (v13 !== void 0) {
      if (!(typeof v13 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!d_FirehoseTransformationResponse(x)) return false;
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

// firehose.transformation.result.strict.entry.ts
var validate = withStandardSchema(checked(check, firehose_transformation_result_strict_standalone_default), "firehose.transformation.result");
export {
  validate as default,
  validate
};
