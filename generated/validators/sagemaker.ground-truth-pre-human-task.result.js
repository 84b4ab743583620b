// Generated from schemas/sagemaker/ground-truth-pre-human-task.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:sagemaker.ground-truth-pre-human-task.result.strict.standalone.js
var sagemaker_ground_truth_pre_human_task_result_strict_standalone_default = validate21;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.taskInput === void 0 && (missing0 = "taskInput")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.taskInput !== void 0) {
          let data0 = data.taskInput;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            } else {
              validate21.errors = [{ instancePath: instancePath + "/taskInput", schemaPath: "#/properties/taskInput/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
              validate21.errors = [{ instancePath: instancePath + "/isHumanAnnotationRequired", schemaPath: "#/properties/isHumanAnnotationRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
              return false;
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

// check:sagemaker.ground-truth-pre-human-task.result.strict.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.taskInput;
    if (v0 === void 0) return false;
    if (!(v0 !== null && typeof v0 === "object" && !Array.isArray(v0))) return false;
  }
  {
    const v1 = x.isHumanAnnotationRequired;
    if (v1 !== void 0) {
      if (!(typeof v1 === "boolean")) return false;
    }
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

// sagemaker.ground-truth-pre-human-task.result.strict.entry.ts
var validate = withStandardSchema(checked(check, sagemaker_ground_truth_pre_human_task_result_strict_standalone_default), "sagemaker.ground-truth-pre-human-task.result");
export {
  validate as default,
  validate
};
