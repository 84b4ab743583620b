// Generated from schemas/cloudwatch/dashboard-custom-widget.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.dashboard-custom-widget.result.strict.standalone.js
var cloudwatch_dashboard_custom_widget_result_strict_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:cloudwatch.dashboard-custom-widget.result", "anyOf": [{ "type": "string" }, { "$ref": "#/$defs/CloudWatchDashboardCustomWidgetJson" }, { "type": "array", "items": true }, { "type": ["number", "boolean", "null"] }], "$defs": { "CloudWatchDashboardCustomWidgetJson": { "type": "object", "properties": { "markdown": { "type": "string" } }, "additionalProperties": true } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.markdown !== void 0) {
        if (typeof data.markdown !== "string") {
          validate22.errors = [{ instancePath: instancePath + "/markdown", schemaPath: "#/properties/markdown/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
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
  if (!valid0) {
    const _errs3 = errors;
    if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs4 = errors;
      if (errors === _errs4) {
        if (!Array.isArray(data)) {
          const err1 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
      if (!valid0) {
        const _errs6 = errors;
        if (!(typeof data == "number" && isFinite(data)) && typeof data !== "boolean" && data !== null) {
          const err2 = { instancePath, schemaPath: "#/anyOf/3/type", keyword: "type", params: { type: schema6.anyOf[3].type }, message: "must be number,boolean,null" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        valid0 = valid0 || _valid0;
      }
    }
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate21.errors = vErrors;
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
  validate21.errors = vErrors;
  return errors === 0;
}

// check:cloudwatch.dashboard-custom-widget.result.strict.check.js
function d_CloudWatchDashboardCustomWidgetJson(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.markdown;
    if (v0 !== void 0) {
      if (!(typeof v0 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(typeof x === "string" || d_CloudWatchDashboardCustomWidgetJson(x) || Array.isArray(x) || (typeof x === "number" && isFinite(x) || typeof x === "boolean" || x === null))) return false;
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

// cloudwatch.dashboard-custom-widget.result.strict.entry.ts
var validate = withStandardSchema(checked(check, cloudwatch_dashboard_custom_widget_result_strict_standalone_default), "cloudwatch.dashboard-custom-widget.result");
export {
  validate as default,
  validate
};
