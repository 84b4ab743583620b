// Generated from schemas/codedeploy/lifecycle-hook.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:codedeploy.lifecycle-hook.strict.standalone.js
var codedeploy_lifecycle_hook_strict_standalone_default = validate20;
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
      if (data.DeploymentId === void 0 && (missing0 = "DeploymentId") || data.LifecycleEventHookExecutionId === void 0 && (missing0 = "LifecycleEventHookExecutionId")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.DeploymentId !== void 0) {
          const _errs1 = errors;
          if (typeof data.DeploymentId !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/DeploymentId", schemaPath: "#/properties/DeploymentId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.LifecycleEventHookExecutionId !== void 0) {
            const _errs3 = errors;
            if (typeof data.LifecycleEventHookExecutionId !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/LifecycleEventHookExecutionId", schemaPath: "#/properties/LifecycleEventHookExecutionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
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
validate20.evaluated = { "props": { "DeploymentId": true, "LifecycleEventHookExecutionId": true }, "dynamicProps": false, "dynamicItems": false };

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

// codedeploy.lifecycle-hook.strict.entry.ts
withStandardSchema(codedeploy_lifecycle_hook_strict_standalone_default, "codedeploy.lifecycle-hook");
export {
  codedeploy_lifecycle_hook_strict_standalone_default as default,
  codedeploy_lifecycle_hook_strict_standalone_default as validate
};
