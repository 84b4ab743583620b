// Generated from schemas/cdk/provider-is-complete.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cdk.provider-is-complete.result.strict.standalone.js
var cdk_provider_is_complete_result_strict_standalone_default = validate20;
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
              validate20.errors = [{ instancePath: instancePath + "/Data", schemaPath: "#/then/properties/Data/maxProperties", keyword: "maxProperties", params: { limit: 0 }, message: "must NOT have more than 0 properties" }];
              return false;
            }
          } else {
            validate20.errors = [{ instancePath: instancePath + "/Data", schemaPath: "#/then/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.Data = true;
      props0.IsComplete = true;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate20.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.IsComplete === void 0 && (missing1 = "IsComplete")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.IsComplete = true;
          props0.Data = true;
        }
        if (data.IsComplete !== void 0) {
          const _errs8 = errors;
          if (typeof data.IsComplete !== "boolean") {
            validate20.errors = [{ instancePath: instancePath + "/IsComplete", schemaPath: "#/properties/IsComplete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
                validate20.errors = [{ instancePath: instancePath + "/Data", schemaPath: "#/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": false };

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

// cdk.provider-is-complete.result.strict.entry.ts
withStandardSchema(cdk_provider_is_complete_result_strict_standalone_default, "cdk.provider-is-complete.result");
export {
  cdk_provider_is_complete_result_strict_standalone_default as default,
  cdk_provider_is_complete_result_strict_standalone_default as validate
};
