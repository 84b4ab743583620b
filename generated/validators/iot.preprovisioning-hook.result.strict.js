// Generated from schemas/iot/preprovisioning-hook.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.preprovisioning-hook.result.strict.standalone.js
var iot_preprovisioning_hook_result_strict_standalone_default = validate20;
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
      if (data.allowProvisioning === void 0 && (missing0 = "allowProvisioning")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.allowProvisioning !== void 0) {
          const _errs1 = errors;
          if (typeof data.allowProvisioning !== "boolean") {
            validate20.errors = [{ instancePath: instancePath + "/allowProvisioning", schemaPath: "#/properties/allowProvisioning/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.parameterOverrides !== void 0) {
            let data1 = data.parameterOverrides;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                for (const key0 in data1) {
                  const _errs6 = errors;
                  if (typeof data1[key0] !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/parameterOverrides/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameterOverrides/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid1 = _errs6 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/parameterOverrides", schemaPath: "#/properties/parameterOverrides/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
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
validate20.evaluated = { "props": { "allowProvisioning": true, "parameterOverrides": true }, "dynamicProps": false, "dynamicItems": false };

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

// iot.preprovisioning-hook.result.strict.entry.ts
withStandardSchema(iot_preprovisioning_hook_result_strict_standalone_default, "iot.preprovisioning-hook.result");
export {
  iot_preprovisioning_hook_result_strict_standalone_default as default,
  iot_preprovisioning_hook_result_strict_standalone_default as validate
};
