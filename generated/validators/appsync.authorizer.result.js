// Generated from schemas/appsync/authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:appsync.authorizer.result.strict.standalone.js
var appsync_authorizer_result_strict_standalone_default = validate21;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.isAuthorized === void 0 && (missing0 = "isAuthorized")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.isAuthorized !== void 0) {
          const _errs1 = errors;
          if (typeof data.isAuthorized !== "boolean") {
            validate21.errors = [{ instancePath: instancePath + "/isAuthorized", schemaPath: "#/properties/isAuthorized/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.resolverContext !== void 0) {
            let data1 = data.resolverContext;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              } else {
                validate21.errors = [{ instancePath: instancePath + "/resolverContext", schemaPath: "#/properties/resolverContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.deniedFields !== void 0) {
              let data2 = data.deniedFields;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs8 = errors;
                    if (typeof data2[i0] !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/deniedFields/" + i0, schemaPath: "#/properties/deniedFields/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs8 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/deniedFields", schemaPath: "#/properties/deniedFields/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.ttlOverride !== void 0) {
                let data4 = data.ttlOverride;
                const _errs10 = errors;
                if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                  validate21.errors = [{ instancePath: instancePath + "/ttlOverride", schemaPath: "#/properties/ttlOverride/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                if (errors === _errs10) {
                  if (typeof data4 == "number" && isFinite(data4)) {
                    if (data4 < 0 || isNaN(data4)) {
                      validate21.errors = [{ instancePath: instancePath + "/ttlOverride", schemaPath: "#/properties/ttlOverride/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
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

// check:appsync.authorizer.result.strict.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.isAuthorized;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "boolean")) return false;
  }
  {
    const v1 = x.resolverContext;
    if (v1 !== void 0) {
      if (!(v1 !== null && typeof v1 === "object" && !Array.isArray(v1))) return false;
    }
  }
  {
    const v2 = x.deniedFields;
    if (v2 !== void 0) {
      if (!Array.isArray(v2)) return false;
      for (let v4 = 0; v4 < v2.length; v4++) {
        const v3 = v2[v4];
        if (!(typeof v3 === "string")) return false;
      }
    }
  }
  {
    const v5 = x.ttlOverride;
    if (v5 !== void 0) {
      if (!(typeof v5 === "number" && !(v5 % 1) && !isNaN(v5) && isFinite(v5))) return false;
      if (!(v5 >= 0)) return false;
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

// appsync.authorizer.result.strict.entry.ts
var validate = withStandardSchema(checked(check, appsync_authorizer_result_strict_standalone_default), "appsync.authorizer.result");
export {
  validate as default,
  validate
};
