// Generated from schemas/cdk/provider-on-event.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cdk.provider-on-event.result.strict.standalone.js
var cdk_provider_on_event_result_strict_standalone_default = validate20;
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
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.PhysicalResourceId !== void 0) {
        const _errs5 = errors;
        if (typeof data.PhysicalResourceId !== "string") {
          const err0 = { instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/$defs/CdkProviderOnEventResponse/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        var valid2 = _errs5 === errors;
      } else {
        var valid2 = true;
      }
      if (valid2) {
        if (data.Data !== void 0) {
          let data1 = data.Data;
          const _errs7 = errors;
          if (errors === _errs7) {
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            } else {
              const err1 = { instancePath: instancePath + "/Data", schemaPath: "#/$defs/CdkProviderOnEventResponse/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          var valid2 = _errs7 === errors;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data.NoEcho !== void 0) {
            const _errs10 = errors;
            if (typeof data.NoEcho !== "boolean") {
              const err2 = { instancePath: instancePath + "/NoEcho", schemaPath: "#/$defs/CdkProviderOnEventResponse/properties/NoEcho/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            var valid2 = _errs10 === errors;
          } else {
            var valid2 = true;
          }
        }
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/$defs/CdkProviderOnEventResponse/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = true;
  }
  const _errs12 = errors;
  if (data !== null) {
    const err4 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  var _valid0 = _errs12 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
    validate20.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
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

// cdk.provider-on-event.result.strict.entry.ts
withStandardSchema(cdk_provider_on_event_result_strict_standalone_default, "cdk.provider-on-event.result");
export {
  cdk_provider_on_event_result_strict_standalone_default as default,
  cdk_provider_on_event_result_strict_standalone_default as validate
};
