// Generated from schemas/s3/batch-v1.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.batch-v1.result.strict.standalone.js
var s3_batch_v1_result_strict_standalone_default = validate20;
var schema32 = { "enum": ["Succeeded", "TemporaryFailure", "PermanentFailure"] };
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
      if (data.taskId === void 0 && (missing0 = "taskId") || data.resultCode === void 0 && (missing0 = "resultCode")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.taskId !== void 0) {
          const _errs1 = errors;
          if (typeof data.taskId !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/taskId", schemaPath: "#/properties/taskId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.resultCode !== void 0) {
            let data1 = data.resultCode;
            const _errs3 = errors;
            if (!(data1 === "Succeeded" || data1 === "TemporaryFailure" || data1 === "PermanentFailure")) {
              validate21.errors = [{ instancePath: instancePath + "/resultCode", schemaPath: "#/$defs/S3BatchResultCode/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.resultString !== void 0) {
              const _errs5 = errors;
              if (typeof data.resultString !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/resultString", schemaPath: "#/properties/resultString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
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
validate21.evaluated = { "props": { "taskId": true, "resultCode": true, "resultString": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.invocationSchemaVersion === void 0 && (missing0 = "invocationSchemaVersion") || data.invocationId === void 0 && (missing0 = "invocationId") || data.results === void 0 && (missing0 = "results")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.invocationSchemaVersion !== void 0) {
          const _errs1 = errors;
          if ("1.0" !== data.invocationSchemaVersion) {
            validate20.errors = [{ instancePath: instancePath + "/invocationSchemaVersion", schemaPath: "#/properties/invocationSchemaVersion/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.treatMissingKeysAs !== void 0) {
            let data1 = data.treatMissingKeysAs;
            const _errs2 = errors;
            if (!(data1 === "Succeeded" || data1 === "TemporaryFailure" || data1 === "PermanentFailure")) {
              validate20.errors = [{ instancePath: instancePath + "/treatMissingKeysAs", schemaPath: "#/$defs/S3BatchResultCode/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.invocationId !== void 0) {
              const _errs4 = errors;
              if (typeof data.invocationId !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/invocationId", schemaPath: "#/properties/invocationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.results !== void 0) {
                let data3 = data.results;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (Array.isArray(data3)) {
                    var valid2 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs8 = errors;
                      if (!validate21(data3[i0], { instancePath: instancePath + "/results/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                        errors = vErrors.length;
                      }
                      var valid2 = _errs8 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
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
validate20.evaluated = { "props": { "invocationSchemaVersion": true, "treatMissingKeysAs": true, "invocationId": true, "results": true }, "dynamicProps": false, "dynamicItems": false };

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

// s3.batch-v1.result.strict.entry.ts
withStandardSchema(s3_batch_v1_result_strict_standalone_default, "s3.batch-v1.result");
export {
  s3_batch_v1_result_strict_standalone_default as default,
  s3_batch_v1_result_strict_standalone_default as validate
};
