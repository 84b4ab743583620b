// Generated from schemas/codedeploy/lifecycle-hook.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:codedeploy.lifecycle-hook.all.standalone.js
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
    if (data.DeploymentId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "DeploymentId" }, message: "must have required property 'DeploymentId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.LifecycleEventHookExecutionId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "LifecycleEventHookExecutionId" }, message: "must have required property 'LifecycleEventHookExecutionId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.DeploymentId !== void 0) {
      if (typeof data.DeploymentId !== "string") {
        const err2 = { instancePath: instancePath + "/DeploymentId", schemaPath: "#/properties/DeploymentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.LifecycleEventHookExecutionId !== void 0) {
      if (typeof data.LifecycleEventHookExecutionId !== "string") {
        const err3 = { instancePath: instancePath + "/LifecycleEventHookExecutionId", schemaPath: "#/properties/LifecycleEventHookExecutionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "DeploymentId": true, "LifecycleEventHookExecutionId": true }, "dynamicProps": false, "dynamicItems": false };

// codedeploy.lifecycle-hook.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
