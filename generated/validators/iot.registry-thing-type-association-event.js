// Generated from schemas/iot/registry-thing-type-association-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.registry-thing-type-association-event.standalone.js
var iot_registry_thing_type_association_event_standalone_default = validate20;
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
      if (data.eventType === void 0 && (missing0 = "eventType") || data.eventId === void 0 && (missing0 = "eventId") || data.timestamp === void 0 && (missing0 = "timestamp") || data.operation === void 0 && (missing0 = "operation") || data.thingId === void 0 && (missing0 = "thingId") || data.thingName === void 0 && (missing0 = "thingName") || data.thingTypeName === void 0 && (missing0 = "thingTypeName")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventType !== void 0) {
          const _errs1 = errors;
          if ("THING_TYPE_ASSOCIATION_EVENT" !== data.eventType) {
            validate20.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/const", keyword: "const", params: { allowedValue: "THING_TYPE_ASSOCIATION_EVENT" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventId !== void 0) {
            const _errs2 = errors;
            if (typeof data.eventId !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== void 0) {
              let data2 = data.timestamp;
              const _errs4 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                validate20.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.operation !== void 0) {
                const _errs7 = errors;
                if (typeof data.operation !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/operation", schemaPath: "#/properties/operation/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.accountId !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.accountId !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.thingId !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.thingId !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/thingId", schemaPath: "#/properties/thingId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.thingName !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.thingName !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/thingName", schemaPath: "#/properties/thingName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.thingTypeName !== void 0) {
                        const _errs16 = errors;
                        if (typeof data.thingTypeName !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/thingTypeName", schemaPath: "#/properties/thingTypeName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
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
validate20.evaluated = { "props": { "eventType": true, "eventId": true, "timestamp": true, "operation": true, "accountId": true, "thingId": true, "thingName": true, "thingTypeName": true }, "dynamicProps": false, "dynamicItems": false };

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

// iot.registry-thing-type-association-event.entry.ts
withStandardSchema(iot_registry_thing_type_association_event_standalone_default, "iot.registry-thing-type-association-event");
export {
  iot_registry_thing_type_association_event_standalone_default as default,
  iot_registry_thing_type_association_event_standalone_default as validate
};
