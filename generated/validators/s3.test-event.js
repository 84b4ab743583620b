// Generated from schemas/s3/test-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.test-event.standalone.js
var s3_test_event_standalone_default = validate20;
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
      if (data.Service === void 0 && (missing0 = "Service") || data.Event === void 0 && (missing0 = "Event") || data.Time === void 0 && (missing0 = "Time") || data.Bucket === void 0 && (missing0 = "Bucket") || data.RequestId === void 0 && (missing0 = "RequestId") || data.HostId === void 0 && (missing0 = "HostId")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Service !== void 0) {
          const _errs1 = errors;
          if ("Amazon S3" !== data.Service) {
            validate20.errors = [{ instancePath: instancePath + "/Service", schemaPath: "#/properties/Service/const", keyword: "const", params: { allowedValue: "Amazon S3" }, message: "must be equal to constant" }];
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
              validate20.errors = [{ instancePath: instancePath + "/Event", schemaPath: "#/properties/Event/const", keyword: "const", params: { allowedValue: "s3:TestEvent" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.Time !== void 0) {
              const _errs3 = errors;
              if (typeof data.Time !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/Time", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.Bucket !== void 0) {
                const _errs6 = errors;
                if (typeof data.Bucket !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/Bucket", schemaPath: "#/properties/Bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.RequestId !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.RequestId !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.HostId !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.HostId !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/HostId", schemaPath: "#/properties/HostId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "Service": true, "Event": true, "Time": true, "Bucket": true, "RequestId": true, "HostId": true }, "dynamicProps": false, "dynamicItems": false };

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

// s3.test-event.entry.ts
withStandardSchema(s3_test_event_standalone_default, "s3.test-event");
export {
  s3_test_event_standalone_default as default,
  s3_test_event_standalone_default as validate
};
