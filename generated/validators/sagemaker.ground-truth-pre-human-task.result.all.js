// Generated from schemas/sagemaker/ground-truth-pre-human-task.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:sagemaker.ground-truth-pre-human-task.result.all.standalone.js
var validateAll = validate20;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.taskInput === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "taskInput" }, message: "must have required property 'taskInput'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.taskInput !== void 0) {
      let data0 = data.taskInput;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
      } else {
        const err1 = { instancePath: instancePath + "/taskInput", schemaPath: "#/properties/taskInput/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.isHumanAnnotationRequired !== void 0) {
      if (typeof data.isHumanAnnotationRequired !== "boolean") {
        const err2 = { instancePath: instancePath + "/isHumanAnnotationRequired", schemaPath: "#/properties/isHumanAnnotationRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "taskInput": true, "isHumanAnnotationRequired": true }, "dynamicProps": false, "dynamicItems": false };

// sagemaker.ground-truth-pre-human-task.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
