// Generated from schemas/iot/registry-thing-group-membership-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.registry-thing-group-membership-event.strict.standalone.js
var iot_registry_thing_group_membership_event_strict_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:iot.registry-thing-group-membership-event", "type": "object", "required": ["eventType", "eventId", "timestamp", "operation", "accountId", "groupArn", "groupId", "thingArn", "thingId", "membershipId"], "properties": { "eventType": { "const": "THING_GROUP_MEMBERSHIP_EVENT" }, "eventId": { "type": "string" }, "timestamp": { "$ref": "#/$defs/EpochMillis" }, "operation": { "enum": ["ADDED", "REMOVED"] }, "accountId": { "$ref": "#/$defs/AwsAccountId" }, "groupArn": { "$ref": "#/$defs/Arn" }, "groupId": { "type": "string" }, "thingArn": { "$ref": "#/$defs/Arn" }, "thingId": { "type": "string" }, "membershipId": { "type": "string" } }, "$defs": { "Arn": { "type": "string", "pattern": "^arn:aws[a-z-]*:[\\s\\S]*$" }, "AwsAccountId": { "type": "string", "pattern": "^[0-9]{12}$" }, "EpochMillis": { "type": "integer", "minimum": 0 } } };
var pattern4 = new RegExp("^[0-9]{12}$", "u");
var pattern5 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
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
      if (data.eventType === void 0 && (missing0 = "eventType") || data.eventId === void 0 && (missing0 = "eventId") || data.timestamp === void 0 && (missing0 = "timestamp") || data.operation === void 0 && (missing0 = "operation") || data.accountId === void 0 && (missing0 = "accountId") || data.groupArn === void 0 && (missing0 = "groupArn") || data.groupId === void 0 && (missing0 = "groupId") || data.thingArn === void 0 && (missing0 = "thingArn") || data.thingId === void 0 && (missing0 = "thingId") || data.membershipId === void 0 && (missing0 = "membershipId")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventType !== void 0) {
          const _errs1 = errors;
          if ("THING_GROUP_MEMBERSHIP_EVENT" !== data.eventType) {
            validate20.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/const", keyword: "const", params: { allowedValue: "THING_GROUP_MEMBERSHIP_EVENT" }, message: "must be equal to constant" }];
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
              const _errs5 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                validate20.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              if (errors === _errs5) {
                if (typeof data2 == "number" && isFinite(data2)) {
                  if (data2 < 0 || isNaN(data2)) {
                    validate20.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.operation !== void 0) {
                let data3 = data.operation;
                const _errs7 = errors;
                if (!(data3 === "ADDED" || data3 === "REMOVED")) {
                  validate20.errors = [{ instancePath: instancePath + "/operation", schemaPath: "#/properties/operation/enum", keyword: "enum", params: { allowedValues: schema31.properties.operation.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.accountId !== void 0) {
                  let data4 = data.accountId;
                  const _errs8 = errors;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (typeof data4 === "string") {
                      if (!pattern4.test(data4)) {
                        validate20.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/$defs/AwsAccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' }];
                        return false;
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.groupArn !== void 0) {
                    let data5 = data.groupArn;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (typeof data5 === "string") {
                        if (!pattern5.test(data5)) {
                          validate20.errors = [{ instancePath: instancePath + "/groupArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                          return false;
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/groupArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.groupId !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.groupId !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/groupId", schemaPath: "#/properties/groupId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.thingArn !== void 0) {
                        let data7 = data.thingArn;
                        const _errs16 = errors;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (typeof data7 === "string") {
                            if (!pattern5.test(data7)) {
                              validate20.errors = [{ instancePath: instancePath + "/thingArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                              return false;
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/thingArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.thingId !== void 0) {
                          const _errs19 = errors;
                          if (typeof data.thingId !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/thingId", schemaPath: "#/properties/thingId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.membershipId !== void 0) {
                            const _errs21 = errors;
                            if (typeof data.membershipId !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/membershipId", schemaPath: "#/properties/membershipId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs21 === errors;
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
validate20.evaluated = { "props": { "eventType": true, "eventId": true, "timestamp": true, "operation": true, "accountId": true, "groupArn": true, "groupId": true, "thingArn": true, "thingId": true, "membershipId": true }, "dynamicProps": false, "dynamicItems": false };

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

// iot.registry-thing-group-membership-event.strict.entry.ts
withStandardSchema(iot_registry_thing_group_membership_event_strict_standalone_default, "iot.registry-thing-group-membership-event");
export {
  iot_registry_thing_group_membership_event_strict_standalone_default as default,
  iot_registry_thing_group_membership_event_strict_standalone_default as validate
};
