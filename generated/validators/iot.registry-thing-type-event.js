// Generated from schemas/iot/registry-thing-type-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.registry-thing-type-event.standalone.js
var iot_registry_thing_type_event_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:iot.registry-thing-type-event", "type": "object", "required": ["eventType", "eventId", "timestamp", "operation", "accountId", "thingTypeId", "thingTypeName", "isDeprecated"], "properties": { "eventType": { "const": "THING_TYPE_EVENT" }, "eventId": { "type": "string" }, "timestamp": { "$ref": "#/$defs/EpochMillis" }, "operation": { "enum": ["CREATED", "UPDATED", "DELETED"] }, "accountId": { "$ref": "#/$defs/AwsAccountId" }, "thingTypeId": { "type": "string" }, "thingTypeName": { "type": "string" }, "isDeprecated": { "type": "boolean" }, "deprecationDate": { "anyOf": [{ "$ref": "#/$defs/EpochMillis" }, { "type": "null" }] }, "searchableAttributes": { "type": "array", "items": { "type": "string" } }, "description": { "type": ["string", "null"] } }, "$defs": { "AwsAccountId": { "type": "string" }, "EpochMillis": { "type": "integer" } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
    return false;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.eventType === void 0 && (missing0 = "eventType") || data.eventId === void 0 && (missing0 = "eventId") || data.timestamp === void 0 && (missing0 = "timestamp") || data.operation === void 0 && (missing0 = "operation") || data.accountId === void 0 && (missing0 = "accountId") || data.thingTypeId === void 0 && (missing0 = "thingTypeId") || data.thingTypeName === void 0 && (missing0 = "thingTypeName") || data.isDeprecated === void 0 && (missing0 = "isDeprecated")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventType !== void 0) {
          const _errs1 = errors;
          if ("THING_TYPE_EVENT" !== data.eventType) {
            validate21.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/const", keyword: "const", params: { allowedValue: "THING_TYPE_EVENT" }, message: "must be equal to constant" }];
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
              validate21.errors = [{ instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== void 0) {
              const _errs4 = errors;
              if (!validate22(data.timestamp, { instancePath: instancePath + "/timestamp", parentData: data, parentDataProperty: "timestamp", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.operation !== void 0) {
                let data3 = data.operation;
                const _errs5 = errors;
                if (!(data3 === "CREATED" || data3 === "UPDATED" || data3 === "DELETED")) {
                  validate21.errors = [{ instancePath: instancePath + "/operation", schemaPath: "#/properties/operation/enum", keyword: "enum", params: { allowedValues: schema6.properties.operation.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.accountId !== void 0) {
                  const _errs6 = errors;
                  if (!validate24(data.accountId, { instancePath: instancePath + "/accountId", parentData: data, parentDataProperty: "accountId", rootData })) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.thingTypeId !== void 0) {
                    const _errs7 = errors;
                    if (typeof data.thingTypeId !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/thingTypeId", schemaPath: "#/properties/thingTypeId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.thingTypeName !== void 0) {
                      const _errs9 = errors;
                      if (typeof data.thingTypeName !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/thingTypeName", schemaPath: "#/properties/thingTypeName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.isDeprecated !== void 0) {
                        const _errs11 = errors;
                        if (typeof data.isDeprecated !== "boolean") {
                          validate21.errors = [{ instancePath: instancePath + "/isDeprecated", schemaPath: "#/properties/isDeprecated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                          return false;
                        }
                        var valid0 = _errs11 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.deprecationDate !== void 0) {
                          let data8 = data.deprecationDate;
                          const _errs13 = errors;
                          const _errs14 = errors;
                          let valid1 = false;
                          const _errs15 = errors;
                          if (!validate22(data8, { instancePath: instancePath + "/deprecationDate", parentData: data, parentDataProperty: "deprecationDate", rootData })) {
                            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                            errors = vErrors.length;
                          }
                          var _valid0 = _errs15 === errors;
                          valid1 = valid1 || _valid0;
                          if (!valid1) {
                            const _errs16 = errors;
                            if (data8 !== null) {
                              const err0 = { instancePath: instancePath + "/deprecationDate", schemaPath: "#/properties/deprecationDate/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                            var _valid0 = _errs16 === errors;
                            valid1 = valid1 || _valid0;
                          }
                          if (!valid1) {
                            const err1 = { instancePath: instancePath + "/deprecationDate", schemaPath: "#/properties/deprecationDate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                            validate21.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs14;
                            if (vErrors !== null) {
                              if (_errs14) {
                                vErrors.length = _errs14;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs13 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.searchableAttributes !== void 0) {
                            let data9 = data.searchableAttributes;
                            const _errs18 = errors;
                            if (errors === _errs18) {
                              if (Array.isArray(data9)) {
                                var valid2 = true;
                                const len0 = data9.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  const _errs20 = errors;
                                  if (typeof data9[i0] !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/searchableAttributes/" + i0, schemaPath: "#/properties/searchableAttributes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs20 === errors;
                                  if (!valid2) {
                                    break;
                                  }
                                }
                              } else {
                                validate21.errors = [{ instancePath: instancePath + "/searchableAttributes", schemaPath: "#/properties/searchableAttributes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs18 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.description !== void 0) {
                              let data11 = data.description;
                              const _errs22 = errors;
                              if (typeof data11 !== "string" && data11 !== null) {
                                validate21.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema6.properties.description.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid0 = _errs22 === errors;
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:iot.registry-thing-type-event.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.eventType;
    if (v0 === void 0) return false;
    if (!(v0 === "THING_TYPE_EVENT")) return false;
  }
  {
    const v1 = x.eventId;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.timestamp;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "number" && !(v2 % 1) && !isNaN(v2) && isFinite(v2))) return false;
  }
  {
    const v3 = x.operation;
    if (v3 === void 0) return false;
    if (!(v3 === "CREATED" || v3 === "UPDATED" || v3 === "DELETED")) return false;
  }
  {
    const v4 = x.accountId;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.thingTypeId;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.thingTypeName;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.isDeprecated;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "boolean")) return false;
  }
  {
    const v8 = x.deprecationDate;
    if (v8 !== void 0) {
      if (!(typeof v8 === "number" && !(v8 % 1) && !isNaN(v8) && isFinite(v8) || v8 === null)) return false;
    }
  }
  {
    const v9 = x.searchableAttributes;
    if (v9 !== void 0) {
      if (!Array.isArray(v9)) return false;
      for (let v11 = 0; v11 < v9.length; v11++) {
        const v10 = v9[v11];
        if (!(typeof v10 === "string")) return false;
      }
    }
  }
  {
    const v12 = x.description;
    if (v12 !== void 0) {
      if (!(typeof v12 === "string" || v12 === null)) return false;
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

// iot.registry-thing-type-event.entry.ts
var validate = withStandardSchema(checked(check, iot_registry_thing_type_event_standalone_default), "iot.registry-thing-type-event");
export {
  validate as default,
  validate
};
