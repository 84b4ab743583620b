// Generated from schemas/codedeploy/lifecycle-hook.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:codedeploy.lifecycle-hook.standalone.js
var codedeploy_lifecycle_hook_standalone_default = validate21;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.DeploymentId === void 0 && (missing0 = "DeploymentId") || data.LifecycleEventHookExecutionId === void 0 && (missing0 = "LifecycleEventHookExecutionId")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.DeploymentId !== void 0) {
          const _errs1 = errors;
          if (typeof data.DeploymentId !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/DeploymentId", schemaPath: "#/properties/DeploymentId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate21.errors = [{ instancePath: instancePath + "/LifecycleEventHookExecutionId", schemaPath: "#/properties/LifecycleEventHookExecutionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
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

// check:codedeploy.lifecycle-hook.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.DeploymentId;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.LifecycleEventHookExecutionId;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
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

// codedeploy.lifecycle-hook.entry.ts
var validate = withStandardSchema(checked(check, codedeploy_lifecycle_hook_standalone_default), "codedeploy.lifecycle-hook");
export {
  validate as default,
  validate
};
