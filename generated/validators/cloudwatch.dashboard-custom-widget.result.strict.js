// Generated from schemas/cloudwatch/dashboard-custom-widget.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.dashboard-custom-widget.result.strict.standalone.js
var cloudwatch_dashboard_custom_widget_result_strict_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cloudwatch.dashboard-custom-widget.result", "anyOf": [{ "type": "string" }, { "$ref": "#/$defs/CloudWatchDashboardCustomWidgetJson" }, { "type": "array", "items": true }, { "type": ["number", "boolean", "null"] }], "$defs": { "CloudWatchDashboardCustomWidgetJson": { "type": "object", "properties": { "markdown": { "type": "string" } }, "additionalProperties": true } } };
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
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.markdown !== void 0) {
        if (typeof data.markdown !== "string") {
          const err1 = { instancePath: instancePath + "/markdown", schemaPath: "#/$defs/CloudWatchDashboardCustomWidgetJson/properties/markdown/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/$defs/CloudWatchDashboardCustomWidgetJson/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = true;
  }
  const _errs9 = errors;
  if (errors === _errs9) {
    if (!Array.isArray(data)) {
      const err3 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs9 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var items0 = true;
  }
  const _errs11 = errors;
  if (!(typeof data == "number" && isFinite(data)) && typeof data !== "boolean" && data !== null) {
    const err4 = { instancePath, schemaPath: "#/anyOf/3/type", keyword: "type", params: { type: schema31.anyOf[3].type }, message: "must be number,boolean,null" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  var _valid0 = _errs11 === errors;
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
  evaluated0.items = items0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": true };

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

// cloudwatch.dashboard-custom-widget.result.strict.entry.ts
withStandardSchema(cloudwatch_dashboard_custom_widget_result_strict_standalone_default, "cloudwatch.dashboard-custom-widget.result");
export {
  cloudwatch_dashboard_custom_widget_result_strict_standalone_default as default,
  cloudwatch_dashboard_custom_widget_result_strict_standalone_default as validate
};
