// Generated from schemas/autoscaling/custom-termination-policy.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:autoscaling.custom-termination-policy.result.strict.standalone.js
var autoscaling_custom_termination_policy_result_strict_standalone_default = validate20;
var pattern4 = new RegExp("^i-[0-9a-f]{8,17}$", "u");
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
      if (data.InstanceIDs === void 0 && (missing0 = "InstanceIDs")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.InstanceIDs !== void 0) {
          let data0 = data.InstanceIDs;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data1 === "string") {
                    if (!pattern4.test(data1)) {
                      validate20.errors = [{ instancePath: instancePath + "/InstanceIDs/" + i0, schemaPath: "#/properties/InstanceIDs/items/pattern", keyword: "pattern", params: { pattern: "^i-[0-9a-f]{8,17}$" }, message: 'must match pattern "^i-[0-9a-f]{8,17}$"' }];
                      return false;
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/InstanceIDs/" + i0, schemaPath: "#/properties/InstanceIDs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/InstanceIDs", schemaPath: "#/properties/InstanceIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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
validate20.evaluated = { "props": { "InstanceIDs": true }, "dynamicProps": false, "dynamicItems": false };

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

// autoscaling.custom-termination-policy.result.strict.entry.ts
withStandardSchema(autoscaling_custom_termination_policy_result_strict_standalone_default, "autoscaling.custom-termination-policy.result");
export {
  autoscaling_custom_termination_policy_result_strict_standalone_default as default,
  autoscaling_custom_termination_policy_result_strict_standalone_default as validate
};
