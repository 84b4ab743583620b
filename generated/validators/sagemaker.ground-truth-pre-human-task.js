// Generated from schemas/sagemaker/ground-truth-pre-human-task.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:sagemaker.ground-truth-pre-human-task.standalone.js
var sagemaker_ground_truth_pre_human_task_standalone_default = validate20;
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
      if (data.version === void 0 && (missing0 = "version") || data.labelingJobArn === void 0 && (missing0 = "labelingJobArn") || data.dataObject === void 0 && (missing0 = "dataObject")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (typeof data.version !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.labelingJobArn !== void 0) {
            const _errs3 = errors;
            if (typeof data.labelingJobArn !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/labelingJobArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.dataObject !== void 0) {
              let data2 = data.dataObject;
              const _errs6 = errors;
              const _errs7 = errors;
              if (errors === _errs7) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (data2["source-ref"] !== void 0) {
                    const _errs10 = errors;
                    if (typeof data2["source-ref"] !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/dataObject/source-ref", schemaPath: "#/$defs/SageMakerGroundTruthDataObject/properties/source-ref/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid3 = _errs10 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data2.source !== void 0) {
                      const _errs12 = errors;
                      if (typeof data2.source !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/dataObject/source", schemaPath: "#/$defs/SageMakerGroundTruthDataObject/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs12 === errors;
                    } else {
                      var valid3 = true;
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/dataObject", schemaPath: "#/$defs/SageMakerGroundTruthDataObject/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "labelingJobArn": true, "dataObject": true }, "dynamicProps": false, "dynamicItems": false };

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

// sagemaker.ground-truth-pre-human-task.entry.ts
withStandardSchema(sagemaker_ground_truth_pre_human_task_standalone_default, "sagemaker.ground-truth-pre-human-task");
export {
  sagemaker_ground_truth_pre_human_task_standalone_default as default,
  sagemaker_ground_truth_pre_human_task_standalone_default as validate
};
