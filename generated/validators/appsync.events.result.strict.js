// Generated from schemas/appsync/events.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:appsync.events.result.strict.standalone.js
var appsync_events_result_strict_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:appsync.events.result", "type": ["object", "null"], "properties": { "events": { "type": "array", "items": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" }, "payload": {}, "error": { "type": "string" } } } }, "error": { "type": "string" } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema6.type }, message: "must be object,null" }];
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.events !== void 0) {
        let data0 = data.events;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              const _errs3 = errors;
              if (errors === _errs3) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing0;
                  if (data1.id === void 0 && (missing0 = "id")) {
                    validate21.errors = [{ instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                    return false;
                  } else {
                    if (data1.id !== void 0) {
                      const _errs5 = errors;
                      if (typeof data1.id !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/events/" + i0 + "/id", schemaPath: "#/properties/events/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs5 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data1.error !== void 0) {
                        const _errs7 = errors;
                        if (typeof data1.error !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/events/" + i0 + "/error", schemaPath: "#/properties/events/items/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs7 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid1 = _errs3 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate21.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.error !== void 0) {
          const _errs9 = errors;
          if (typeof data.error !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs9 === errors;
        } else {
          var valid0 = true;
        }
      }
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:appsync.events.result.strict.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x) || x === null)) return false;
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v0 = x.events;
      if (v0 !== void 0) {
        if (!Array.isArray(v0)) return false;
        for (let v2 = 0; v2 < v0.length; v2++) {
          const v1 = v0[v2];
          if (!(v1 !== null && typeof v1 === "object" && !Array.isArray(v1))) return false;
          {
            const v3 = v1.id;
            if (v3 === void 0) return false;
            if (!(typeof v3 === "string")) return false;
          }
          {
            const v5 = v1.error;
            if (v5 !== void 0) {
              if (!(typeof v5 === "string")) return false;
            }
          }
        }
      }
    }
    {
      const v6 = x.error;
      if (v6 !== void 0) {
        if (!(typeof v6 === "string")) return false;
      }
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

// appsync.events.result.strict.entry.ts
var validate = withStandardSchema(checked(check, appsync_events_result_strict_standalone_default), "appsync.events.result");
export {
  validate as default,
  validate
};
