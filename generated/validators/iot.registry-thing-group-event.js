// Generated from schemas/iot/registry-thing-group-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.registry-thing-group-event.standalone.js
var iot_registry_thing_group_event_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:iot.registry-thing-group-event", "type": "object", "required": ["eventType", "eventId", "timestamp", "operation", "accountId", "thingGroupId", "thingGroupName", "versionNumber"], "properties": { "eventType": { "const": "THING_GROUP_EVENT" }, "eventId": { "type": "string" }, "timestamp": { "$ref": "#/$defs/EpochMillis" }, "operation": { "enum": ["CREATED", "UPDATED", "DELETED"] }, "accountId": { "$ref": "#/$defs/AwsAccountId" }, "thingGroupId": { "type": "string" }, "thingGroupName": { "type": "string" }, "versionNumber": { "type": "integer" }, "parentGroupName": { "type": ["string", "null"] }, "parentGroupId": { "type": ["string", "null"] }, "description": { "type": ["string", "null"] }, "rootToParentThingGroups": { "anyOf": [{ "type": "array", "items": { "$ref": "#/$defs/IoTRegistryThingGroupReference" } }, { "type": "null" }] }, "attributes": { "$ref": "#/$defs/IoTRegistryAttributes" } }, "$defs": { "AwsAccountId": { "type": "string" }, "EpochMillis": { "type": "integer" }, "IoTRegistryAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "IoTRegistryThingGroupReference": { "type": "object", "properties": { "groupArn": { "type": "string" }, "groupId": { "type": "string" } } } } };
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
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.groupArn !== void 0) {
        const _errs1 = errors;
        if (typeof data.groupArn !== "string") {
          validate26.errors = [{ instancePath: instancePath + "/groupArn", schemaPath: "#/properties/groupArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.groupId !== void 0) {
          const _errs3 = errors;
          if (typeof data.groupId !== "string") {
            validate26.errors = [{ instancePath: instancePath + "/groupId", schemaPath: "#/properties/groupId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
      }
    } else {
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate28.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.eventType === void 0 && (missing0 = "eventType") || data.eventId === void 0 && (missing0 = "eventId") || data.timestamp === void 0 && (missing0 = "timestamp") || data.operation === void 0 && (missing0 = "operation") || data.accountId === void 0 && (missing0 = "accountId") || data.thingGroupId === void 0 && (missing0 = "thingGroupId") || data.thingGroupName === void 0 && (missing0 = "thingGroupName") || data.versionNumber === void 0 && (missing0 = "versionNumber")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventType !== void 0) {
          const _errs1 = errors;
          if ("THING_GROUP_EVENT" !== data.eventType) {
            validate21.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/const", keyword: "const", params: { allowedValue: "THING_GROUP_EVENT" }, message: "must be equal to constant" }];
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
                  if (data.thingGroupId !== void 0) {
                    const _errs7 = errors;
                    if (typeof data.thingGroupId !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/thingGroupId", schemaPath: "#/properties/thingGroupId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.thingGroupName !== void 0) {
                      const _errs9 = errors;
                      if (typeof data.thingGroupName !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/thingGroupName", schemaPath: "#/properties/thingGroupName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.versionNumber !== void 0) {
                        let data7 = data.versionNumber;
                        const _errs11 = errors;
                        if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                          validate21.errors = [{ instancePath: instancePath + "/versionNumber", schemaPath: "#/properties/versionNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        var valid0 = _errs11 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.parentGroupName !== void 0) {
                          let data8 = data.parentGroupName;
                          const _errs13 = errors;
                          if (typeof data8 !== "string" && data8 !== null) {
                            validate21.errors = [{ instancePath: instancePath + "/parentGroupName", schemaPath: "#/properties/parentGroupName/type", keyword: "type", params: { type: schema6.properties.parentGroupName.type }, message: "must be string,null" }];
                            return false;
                          }
                          var valid0 = _errs13 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.parentGroupId !== void 0) {
                            let data9 = data.parentGroupId;
                            const _errs15 = errors;
                            if (typeof data9 !== "string" && data9 !== null) {
                              validate21.errors = [{ instancePath: instancePath + "/parentGroupId", schemaPath: "#/properties/parentGroupId/type", keyword: "type", params: { type: schema6.properties.parentGroupId.type }, message: "must be string,null" }];
                              return false;
                            }
                            var valid0 = _errs15 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.description !== void 0) {
                              let data10 = data.description;
                              const _errs17 = errors;
                              if (typeof data10 !== "string" && data10 !== null) {
                                validate21.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema6.properties.description.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid0 = _errs17 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.rootToParentThingGroups !== void 0) {
                                let data11 = data.rootToParentThingGroups;
                                const _errs19 = errors;
                                const _errs20 = errors;
                                let valid1 = false;
                                const _errs21 = errors;
                                if (errors === _errs21) {
                                  if (Array.isArray(data11)) {
                                    var valid2 = true;
                                    const len0 = data11.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      const _errs23 = errors;
                                      if (!validate26(data11[i0], { instancePath: instancePath + "/rootToParentThingGroups/" + i0, parentData: data11, parentDataProperty: i0, rootData })) {
                                        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid2 = _errs23 === errors;
                                      if (!valid2) {
                                        break;
                                      }
                                    }
                                  } else {
                                    const err0 = { instancePath: instancePath + "/rootToParentThingGroups", schemaPath: "#/properties/rootToParentThingGroups/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err0];
                                    } else {
                                      vErrors.push(err0);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid0 = _errs21 === errors;
                                valid1 = valid1 || _valid0;
                                if (!valid1) {
                                  const _errs24 = errors;
                                  if (data11 !== null) {
                                    const err1 = { instancePath: instancePath + "/rootToParentThingGroups", schemaPath: "#/properties/rootToParentThingGroups/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                    if (vErrors === null) {
                                      vErrors = [err1];
                                    } else {
                                      vErrors.push(err1);
                                    }
                                    errors++;
                                  }
                                  var _valid0 = _errs24 === errors;
                                  valid1 = valid1 || _valid0;
                                }
                                if (!valid1) {
                                  const err2 = { instancePath: instancePath + "/rootToParentThingGroups", schemaPath: "#/properties/rootToParentThingGroups/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err2];
                                  } else {
                                    vErrors.push(err2);
                                  }
                                  errors++;
                                  validate21.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs20;
                                  if (vErrors !== null) {
                                    if (_errs20) {
                                      vErrors.length = _errs20;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs19 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.attributes !== void 0) {
                                  const _errs26 = errors;
                                  if (!validate28(data.attributes, { instancePath: instancePath + "/attributes", parentData: data, parentDataProperty: "attributes", rootData })) {
                                    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs26 === errors;
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

// check:iot.registry-thing-group-event.check.js
function d_IoTRegistryThingGroupReference(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v14 = x.groupArn;
    if (v14 !== void 0) {
      if (!(typeof v14 === "string")) return false;
    }
  }
  {
    const v15 = x.groupId;
    if (v15 !== void 0) {
      if (!(typeof v15 === "string")) return false;
    }
  }
  return true;
}
function b0(x) {
  if (!Array.isArray(x)) return false;
  for (let v13 = 0; v13 < x.length; v13++) {
    const v12 = x[v13];
    if (!d_IoTRegistryThingGroupReference(v12)) return false;
  }
  return true;
}
function d_IoTRegistryAttributes(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v17 in x) {
    const v18 = x[v17];
    if (!(typeof v18 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.eventType;
    if (v0 === void 0) return false;
    if (!(v0 === "THING_GROUP_EVENT")) return false;
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
    const v5 = x.thingGroupId;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.thingGroupName;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.versionNumber;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "number" && !(v7 % 1) && !isNaN(v7) && isFinite(v7))) return false;
  }
  {
    const v8 = x.parentGroupName;
    if (v8 !== void 0) {
      if (!(typeof v8 === "string" || v8 === null)) return false;
    }
  }
  {
    const v9 = x.parentGroupId;
    if (v9 !== void 0) {
      if (!(typeof v9 === "string" || v9 === null)) return false;
    }
  }
  {
    const v10 = x.description;
    if (v10 !== void 0) {
      if (!(typeof v10 === "string" || v10 === null)) return false;
    }
  }
  {
    const v11 = x.rootToParentThingGroups;
    if (v11 !== void 0) {
      if (!(b0(v11) || v11 === null)) return false;
    }
  }
  {
    const v16 = x.attributes;
    if (v16 !== void 0) {
      if (!d_IoTRegistryAttributes(v16)) return false;
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

// iot.registry-thing-group-event.entry.ts
var validate = withStandardSchema(checked(check, iot_registry_thing_group_event_standalone_default), "iot.registry-thing-group-event");
export {
  validate as default,
  validate
};
