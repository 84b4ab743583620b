// Generated from schemas/cdk/provider-is-complete.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cdk.provider-is-complete.result.strict.standalone.js
var cdk_provider_is_complete_result_strict_standalone_default = validate21;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.IsComplete === void 0 && (missing0 = "IsComplete")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.IsComplete !== void 0) {
        if (false !== data.IsComplete) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Data !== void 0) {
        let data1 = data.Data;
        const _errs5 = errors;
        if (errors === _errs5) {
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (Object.keys(data1).length > 0) {
              validate21.errors = [{ instancePath: instancePath + "/Data", schemaPath: "#/then/properties/Data/maxProperties", keyword: "maxProperties", params: { limit: 0 }, message: "must NOT have more than 0 properties" }];
              return false;
            }
          } else {
            validate21.errors = [{ instancePath: instancePath + "/Data", schemaPath: "#/then/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate21.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.IsComplete === void 0 && (missing1 = "IsComplete")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      } else {
        if (data.IsComplete !== void 0) {
          const _errs8 = errors;
          if (typeof data.IsComplete !== "boolean") {
            validate21.errors = [{ instancePath: instancePath + "/IsComplete", schemaPath: "#/properties/IsComplete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
            return false;
          }
          var valid3 = _errs8 === errors;
        } else {
          var valid3 = true;
        }
        if (valid3) {
          if (data.Data !== void 0) {
            let data3 = data.Data;
            const _errs10 = errors;
            if (errors === _errs10) {
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              } else {
                validate21.errors = [{ instancePath: instancePath + "/Data", schemaPath: "#/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid3 = _errs10 === errors;
          } else {
            var valid3 = true;
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

// check:cdk.provider-is-complete.result.strict.check.js
function b0(x) {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v2 = x.IsComplete;
      if (v2 === void 0) return false;
      if (!(v2 === false)) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.IsComplete;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "boolean")) return false;
  }
  {
    const v1 = x.Data;
    if (v1 !== void 0) {
      if (!(v1 !== null && typeof v1 === "object" && !Array.isArray(v1))) return false;
    }
  }
  if (b0(x)) {
    if (x !== null && typeof x === "object" && !Array.isArray(x)) {
      {
        const v3 = x.Data;
        if (v3 !== void 0) {
          if (!(v3 !== null && typeof v3 === "object" && !Array.isArray(v3))) return false;
          if (!(Object.keys(v3).length <= 0)) return false;
        }
      }
    }
  } else {
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

// cdk.provider-is-complete.result.strict.entry.ts
var validate = withStandardSchema(checked(check, cdk_provider_is_complete_result_strict_standalone_default), "cdk.provider-is-complete.result");
export {
  validate as default,
  validate
};
