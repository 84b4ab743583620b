// Generated from schemas/s3/batch-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.batch-v2.standalone.js
var s3_batch_v2_standalone_default = validate20;
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
      if (data.id === void 0 && (missing0 = "id")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          const _errs1 = errors;
          if (typeof data.id !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/S3BatchJobId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.userArguments !== void 0) {
            let data1 = data.userArguments;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                for (const key0 in data1) {
                  const _errs7 = errors;
                  if (typeof data1[key0] !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/userArguments/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/userArguments/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs7 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/userArguments", schemaPath: "#/properties/userArguments/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
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
validate21.evaluated = { "props": { "id": true, "userArguments": true }, "dynamicProps": false, "dynamicItems": false };
var schema38 = { "type": ["string", "null"] };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.taskId === void 0 && (missing0 = "taskId") || data.s3Key === void 0 && (missing0 = "s3Key") || data.s3Bucket === void 0 && (missing0 = "s3Bucket")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.taskId !== void 0) {
          const _errs1 = errors;
          if (typeof data.taskId !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/taskId", schemaPath: "#/$defs/S3BatchTaskId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.s3Key !== void 0) {
            const _errs4 = errors;
            if (typeof data.s3Key !== "string") {
              validate23.errors = [{ instancePath: instancePath + "/s3Key", schemaPath: "#/$defs/S3BatchObjectKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.s3VersionId !== void 0) {
              let data2 = data.s3VersionId;
              const _errs7 = errors;
              if (typeof data2 !== "string" && data2 !== null) {
                validate23.errors = [{ instancePath: instancePath + "/s3VersionId", schemaPath: "#/$defs/S3BatchObjectVersionId/type", keyword: "type", params: { type: schema38.type }, message: "must be string,null" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.s3Bucket !== void 0) {
                const _errs10 = errors;
                if (typeof data.s3Bucket !== "string") {
                  validate23.errors = [{ instancePath: instancePath + "/s3Bucket", schemaPath: "#/properties/s3Bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs10 === errors;
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
validate23.evaluated = { "props": { "taskId": true, "s3Key": true, "s3VersionId": true, "s3Bucket": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.invocationSchemaVersion === void 0 && (missing0 = "invocationSchemaVersion") || data.invocationId === void 0 && (missing0 = "invocationId") || data.job === void 0 && (missing0 = "job") || data.tasks === void 0 && (missing0 = "tasks")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.invocationSchemaVersion !== void 0) {
          const _errs1 = errors;
          if ("2.0" !== data.invocationSchemaVersion) {
            validate20.errors = [{ instancePath: instancePath + "/invocationSchemaVersion", schemaPath: "#/properties/invocationSchemaVersion/const", keyword: "const", params: { allowedValue: "2.0" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.invocationId !== void 0) {
            const _errs2 = errors;
            if (typeof data.invocationId !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/invocationId", schemaPath: "#/$defs/S3BatchInvocationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.job !== void 0) {
              const _errs5 = errors;
              if (!validate21(data.job, { instancePath: instancePath + "/job", parentData: data, parentDataProperty: "job", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.tasks !== void 0) {
                let data3 = data.tasks;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (Array.isArray(data3)) {
                    var valid2 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs8 = errors;
                      if (!validate23(data3[i0], { instancePath: instancePath + "/tasks/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                        errors = vErrors.length;
                      }
                      var valid2 = _errs8 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
validate20.evaluated = { "props": { "invocationSchemaVersion": true, "invocationId": true, "job": true, "tasks": true }, "dynamicProps": false, "dynamicItems": false };

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

// s3.batch-v2.entry.ts
withStandardSchema(s3_batch_v2_standalone_default, "s3.batch-v2");
export {
  s3_batch_v2_standalone_default as default,
  s3_batch_v2_standalone_default as validate
};
