// Generated from schemas/s3/batch-v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.batch-v1.strict.standalone.js
var s3_batch_v1_strict_standalone_default = validate20;
var schema37 = { "type": ["string", "null"] };
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
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
      if (data.taskId === void 0 && (missing0 = "taskId") || data.s3Key === void 0 && (missing0 = "s3Key") || data.s3BucketArn === void 0 && (missing0 = "s3BucketArn")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.taskId !== void 0) {
          const _errs1 = errors;
          if (typeof data.taskId !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/taskId", schemaPath: "#/$defs/S3BatchTaskId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate21.errors = [{ instancePath: instancePath + "/s3Key", schemaPath: "#/$defs/S3BatchObjectKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate21.errors = [{ instancePath: instancePath + "/s3VersionId", schemaPath: "#/$defs/S3BatchObjectVersionId/type", keyword: "type", params: { type: schema37.type }, message: "must be string,null" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.s3BucketArn !== void 0) {
                let data3 = data.s3BucketArn;
                const _errs10 = errors;
                const _errs11 = errors;
                if (errors === _errs11) {
                  if (typeof data3 === "string") {
                    if (!pattern4.test(data3)) {
                      validate21.errors = [{ instancePath: instancePath + "/s3BucketArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                      return false;
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/s3BucketArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "taskId": true, "s3Key": true, "s3VersionId": true, "s3BucketArn": true }, "dynamicProps": false, "dynamicItems": false };
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
          if ("1.0" !== data.invocationSchemaVersion) {
            validate20.errors = [{ instancePath: instancePath + "/invocationSchemaVersion", schemaPath: "#/properties/invocationSchemaVersion/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant" }];
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
              let data2 = data.job;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  let missing1;
                  if (data2.id === void 0 && (missing1 = "id")) {
                    validate20.errors = [{ instancePath: instancePath + "/job", schemaPath: "#/properties/job/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    if (data2.id !== void 0) {
                      if (typeof data2.id !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/job/id", schemaPath: "#/$defs/S3BatchJobId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/job", schemaPath: "#/properties/job/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.tasks !== void 0) {
                let data4 = data.tasks;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (Array.isArray(data4)) {
                    if (data4.length < 1) {
                      validate20.errors = [{ instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                      return false;
                    } else {
                      var valid4 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs12 = errors;
                        if (!validate21(data4[i0], { instancePath: instancePath + "/tasks/" + i0, parentData: data4, parentDataProperty: i0, rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                          errors = vErrors.length;
                        }
                        var valid4 = _errs12 === errors;
                        if (!valid4) {
                          break;
                        }
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
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

// s3.batch-v1.strict.entry.ts
withStandardSchema(s3_batch_v1_strict_standalone_default, "s3.batch-v1");
export {
  s3_batch_v1_strict_standalone_default as default,
  s3_batch_v1_strict_standalone_default as validate
};
