// Generated from schemas/autoscaling/custom-termination-policy.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:autoscaling.custom-termination-policy.result.strict.standalone.js
var autoscaling_custom_termination_policy_result_strict_standalone_default = validate21;
var pattern0 = new RegExp("^i-[0-9a-f]{8,17}$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.InstanceIDs === void 0 && (missing0 = "InstanceIDs")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
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
                    if (!pattern0.test(data1)) {
                      validate21.errors = [{ instancePath: instancePath + "/InstanceIDs/" + i0, schemaPath: "#/properties/InstanceIDs/items/pattern", keyword: "pattern", params: { pattern: "^i-[0-9a-f]{8,17}$" }, message: 'must match pattern "^i-[0-9a-f]{8,17}$"' }];
                      return false;
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/InstanceIDs/" + i0, schemaPath: "#/properties/InstanceIDs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/InstanceIDs", schemaPath: "#/properties/InstanceIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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

// check:autoscaling.custom-termination-policy.result.strict.check.js
function p0(s) {
  let i = 0;
  let c;
  c = s.charCodeAt(i);
  if (!(c === 105)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 45)) return false;
  i++;
  {
    const start = i;
    while (i < s.length && i - start < 17) {
      c = s.charCodeAt(i);
      if (!(c >= 48 && c <= 57 || c >= 97 && c <= 102)) break;
      i++;
    }
    if (i - start < 8) return false;
  }
  return i === s.length;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.InstanceIDs;
    if (v0 === void 0) return false;
    if (!Array.isArray(v0)) return false;
    for (let v2 = 0; v2 < v0.length; v2++) {
      const v1 = v0[v2];
      if (!(typeof v1 === "string")) return false;
      if (!p0(v1)) return false;
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

// autoscaling.custom-termination-policy.result.strict.entry.ts
var validate = withStandardSchema(checked(check, autoscaling_custom_termination_policy_result_strict_standalone_default), "autoscaling.custom-termination-policy.result");
export {
  validate as default,
  validate
};
