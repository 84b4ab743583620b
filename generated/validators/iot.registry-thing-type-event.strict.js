// Generated from schemas/iot/registry-thing-type-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.registry-thing-type-event.strict.standalone.js
var iot_registry_thing_type_event_strict_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:iot.registry-thing-type-event", "type": "object", "required": ["eventType", "eventId", "timestamp", "operation", "accountId", "thingTypeId", "thingTypeName", "isDeprecated"], "properties": { "eventType": { "const": "THING_TYPE_EVENT" }, "eventId": { "type": "string" }, "timestamp": { "$ref": "#/$defs/EpochMillis" }, "operation": { "enum": ["CREATED", "UPDATED", "DELETED"] }, "accountId": { "$ref": "#/$defs/AwsAccountId" }, "thingTypeId": { "type": "string" }, "thingTypeName": { "type": "string" }, "isDeprecated": { "type": "boolean" }, "deprecationDate": { "anyOf": [{ "$ref": "#/$defs/EpochMillis" }, { "type": "null" }] }, "searchableAttributes": { "type": "array", "items": { "type": "string" } }, "description": { "type": ["string", "null"] } }, "$defs": { "AwsAccountId": { "type": "string", "pattern": "^[0-9]{12}$" }, "EpochMillis": { "type": "integer", "minimum": 0 } } };
var pattern4 = new RegExp("^[0-9]{12}$", "u");
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
      if (data.eventType === void 0 && (missing0 = "eventType") || data.eventId === void 0 && (missing0 = "eventId") || data.timestamp === void 0 && (missing0 = "timestamp") || data.operation === void 0 && (missing0 = "operation") || data.accountId === void 0 && (missing0 = "accountId") || data.thingTypeId === void 0 && (missing0 = "thingTypeId") || data.thingTypeName === void 0 && (missing0 = "thingTypeName") || data.isDeprecated === void 0 && (missing0 = "isDeprecated")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventType !== void 0) {
          const _errs1 = errors;
          if ("THING_TYPE_EVENT" !== data.eventType) {
            validate20.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/const", keyword: "const", params: { allowedValue: "THING_TYPE_EVENT" }, message: "must be equal to constant" }];
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
                if (!(data3 === "CREATED" || data3 === "UPDATED" || data3 === "DELETED")) {
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
                  if (data.thingTypeId !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.thingTypeId !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/thingTypeId", schemaPath: "#/properties/thingTypeId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.thingTypeName !== void 0) {
                      const _errs13 = errors;
                      if (typeof data.thingTypeName !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/thingTypeName", schemaPath: "#/properties/thingTypeName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.isDeprecated !== void 0) {
                        const _errs15 = errors;
                        if (typeof data.isDeprecated !== "boolean") {
                          validate20.errors = [{ instancePath: instancePath + "/isDeprecated", schemaPath: "#/properties/isDeprecated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.deprecationDate !== void 0) {
                          let data8 = data.deprecationDate;
                          const _errs17 = errors;
                          const _errs18 = errors;
                          let valid3 = false;
                          const _errs19 = errors;
                          const _errs20 = errors;
                          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                            const err0 = { instancePath: instancePath + "/deprecationDate", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                          if (errors === _errs20) {
                            if (typeof data8 == "number" && isFinite(data8)) {
                              if (data8 < 0 || isNaN(data8)) {
                                const err1 = { instancePath: instancePath + "/deprecationDate", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                  vErrors = [err1];
                                } else {
                                  vErrors.push(err1);
                                }
                                errors++;
                              }
                            }
                          }
                          var _valid0 = _errs19 === errors;
                          valid3 = valid3 || _valid0;
                          const _errs22 = errors;
                          if (data8 !== null) {
                            const err2 = { instancePath: instancePath + "/deprecationDate", schemaPath: "#/properties/deprecationDate/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                          }
                          var _valid0 = _errs22 === errors;
                          valid3 = valid3 || _valid0;
                          if (!valid3) {
                            const err3 = { instancePath: instancePath + "/deprecationDate", schemaPath: "#/properties/deprecationDate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                            validate20.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs18;
                            if (vErrors !== null) {
                              if (_errs18) {
                                vErrors.length = _errs18;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.searchableAttributes !== void 0) {
                            let data9 = data.searchableAttributes;
                            const _errs24 = errors;
                            if (errors === _errs24) {
                              if (Array.isArray(data9)) {
                                var valid5 = true;
                                const len0 = data9.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  const _errs26 = errors;
                                  if (typeof data9[i0] !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/searchableAttributes/" + i0, schemaPath: "#/properties/searchableAttributes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid5 = _errs26 === errors;
                                  if (!valid5) {
                                    break;
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/searchableAttributes", schemaPath: "#/properties/searchableAttributes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs24 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.description !== void 0) {
                              let data11 = data.description;
                              const _errs28 = errors;
                              if (typeof data11 !== "string" && data11 !== null) {
                                validate20.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema31.properties.description.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid0 = _errs28 === errors;
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
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "eventType": true, "eventId": true, "timestamp": true, "operation": true, "accountId": true, "thingTypeId": true, "thingTypeName": true, "isDeprecated": true, "deprecationDate": true, "searchableAttributes": true, "description": true }, "dynamicProps": false, "dynamicItems": false };

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

// iot.registry-thing-type-event.strict.entry.ts
withStandardSchema(iot_registry_thing_type_event_strict_standalone_default, "iot.registry-thing-type-event");
export {
  iot_registry_thing_type_event_strict_standalone_default as default,
  iot_registry_thing_type_event_strict_standalone_default as validate
};
