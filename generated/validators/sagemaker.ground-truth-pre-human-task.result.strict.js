// Generated from schemas/sagemaker/ground-truth-pre-human-task.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:sagemaker.ground-truth-pre-human-task.result.strict.standalone.js
var sagemaker_ground_truth_pre_human_task_result_strict_standalone_default = validate20;
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
      if (data.taskInput === void 0 && (missing0 = "taskInput")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.taskInput !== void 0) {
          let data0 = data.taskInput;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            } else {
              validate20.errors = [{ instancePath: instancePath + "/taskInput", schemaPath: "#/properties/taskInput/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.isHumanAnnotationRequired !== void 0) {
            const _errs4 = errors;
            if (typeof data.isHumanAnnotationRequired !== "boolean") {
              validate20.errors = [{ instancePath: instancePath + "/isHumanAnnotationRequired", schemaPath: "#/properties/isHumanAnnotationRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
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
validate20.evaluated = { "props": { "taskInput": true, "isHumanAnnotationRequired": true }, "dynamicProps": false, "dynamicItems": false };

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

// sagemaker.ground-truth-pre-human-task.result.strict.entry.ts
withStandardSchema(sagemaker_ground_truth_pre_human_task_result_strict_standalone_default, "sagemaker.ground-truth-pre-human-task.result");
export {
  sagemaker_ground_truth_pre_human_task_result_strict_standalone_default as default,
  sagemaker_ground_truth_pre_human_task_result_strict_standalone_default as validate
};
