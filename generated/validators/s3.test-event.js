// Generated from schemas/s3/test-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.test-event.standalone.js
var s3_test_event_standalone_default = validate21;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Service === void 0 && (missing0 = "Service") || data.Event === void 0 && (missing0 = "Event") || data.Time === void 0 && (missing0 = "Time") || data.Bucket === void 0 && (missing0 = "Bucket") || data.RequestId === void 0 && (missing0 = "RequestId") || data.HostId === void 0 && (missing0 = "HostId")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Service !== void 0) {
          const _errs1 = errors;
          if ("Amazon S3" !== data.Service) {
            validate21.errors = [{ instancePath: instancePath + "/Service", schemaPath: "#/properties/Service/const", keyword: "const", params: { allowedValue: "Amazon S3" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Event !== void 0) {
            const _errs2 = errors;
            if ("s3:TestEvent" !== data.Event) {
              validate21.errors = [{ instancePath: instancePath + "/Event", schemaPath: "#/properties/Event/const", keyword: "const", params: { allowedValue: "s3:TestEvent" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.Time !== void 0) {
              const _errs3 = errors;
              if (!validate22(data.Time, { instancePath: instancePath + "/Time", parentData: data, parentDataProperty: "Time", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.Bucket !== void 0) {
                const _errs4 = errors;
                if (typeof data.Bucket !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/Bucket", schemaPath: "#/properties/Bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.RequestId !== void 0) {
                  const _errs6 = errors;
                  if (typeof data.RequestId !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.HostId !== void 0) {
                    const _errs8 = errors;
                    if (typeof data.HostId !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/HostId", schemaPath: "#/properties/HostId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
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

// check:s3.test-event.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.Service;
    if (v0 === void 0) return false;
    if (!(v0 === "Amazon S3")) return false;
  }
  {
    const v1 = x.Event;
    if (v1 === void 0) return false;
    if (!(v1 === "s3:TestEvent")) return false;
  }
  {
    const v2 = x.Time;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.Bucket;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.RequestId;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.HostId;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
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

// s3.test-event.entry.ts
var validate = withStandardSchema(checked(check, s3_test_event_standalone_default), "s3.test-event");
export {
  validate as default,
  validate
};
