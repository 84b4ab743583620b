// Generated from schemas/iot/registry-thing-group-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.registry-thing-group-event.strict.standalone.js
var iot_registry_thing_group_event_strict_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:iot.registry-thing-group-event", "type": "object", "required": ["eventType", "eventId", "timestamp", "operation", "accountId", "thingGroupId", "thingGroupName", "versionNumber"], "properties": { "eventType": { "const": "THING_GROUP_EVENT" }, "eventId": { "type": "string" }, "timestamp": { "$ref": "#/$defs/EpochMillis" }, "operation": { "enum": ["CREATED", "UPDATED", "DELETED"] }, "accountId": { "$ref": "#/$defs/AwsAccountId" }, "thingGroupId": { "type": "string" }, "thingGroupName": { "type": "string" }, "versionNumber": { "type": "integer" }, "parentGroupName": { "type": ["string", "null"] }, "parentGroupId": { "type": ["string", "null"] }, "description": { "type": ["string", "null"] }, "rootToParentThingGroups": { "anyOf": [{ "type": "array", "items": { "$ref": "#/$defs/IoTRegistryThingGroupReference" } }, { "type": "null" }] }, "attributes": { "$ref": "#/$defs/IoTRegistryAttributes" } }, "$defs": { "AwsAccountId": { "type": "string", "pattern": "^[0-9]{12}$" }, "EpochMillis": { "type": "integer", "minimum": 0 }, "IoTRegistryAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "IoTRegistryThingGroupReference": { "type": "object", "properties": { "groupArn": { "type": "string" }, "groupId": { "type": "string" } } } } };
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
      if (data.eventType === void 0 && (missing0 = "eventType") || data.eventId === void 0 && (missing0 = "eventId") || data.timestamp === void 0 && (missing0 = "timestamp") || data.operation === void 0 && (missing0 = "operation") || data.accountId === void 0 && (missing0 = "accountId") || data.thingGroupId === void 0 && (missing0 = "thingGroupId") || data.thingGroupName === void 0 && (missing0 = "thingGroupName") || data.versionNumber === void 0 && (missing0 = "versionNumber")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventType !== void 0) {
          const _errs1 = errors;
          if ("THING_GROUP_EVENT" !== data.eventType) {
            validate20.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/const", keyword: "const", params: { allowedValue: "THING_GROUP_EVENT" }, message: "must be equal to constant" }];
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
                  if (data.thingGroupId !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.thingGroupId !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/thingGroupId", schemaPath: "#/properties/thingGroupId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.thingGroupName !== void 0) {
                      const _errs13 = errors;
                      if (typeof data.thingGroupName !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/thingGroupName", schemaPath: "#/properties/thingGroupName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.versionNumber !== void 0) {
                        let data7 = data.versionNumber;
                        const _errs15 = errors;
                        if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                          validate20.errors = [{ instancePath: instancePath + "/versionNumber", schemaPath: "#/properties/versionNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.parentGroupName !== void 0) {
                          let data8 = data.parentGroupName;
                          const _errs17 = errors;
                          if (typeof data8 !== "string" && data8 !== null) {
                            validate20.errors = [{ instancePath: instancePath + "/parentGroupName", schemaPath: "#/properties/parentGroupName/type", keyword: "type", params: { type: schema31.properties.parentGroupName.type }, message: "must be string,null" }];
                            return false;
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.parentGroupId !== void 0) {
                            let data9 = data.parentGroupId;
                            const _errs19 = errors;
                            if (typeof data9 !== "string" && data9 !== null) {
                              validate20.errors = [{ instancePath: instancePath + "/parentGroupId", schemaPath: "#/properties/parentGroupId/type", keyword: "type", params: { type: schema31.properties.parentGroupId.type }, message: "must be string,null" }];
                              return false;
                            }
                            var valid0 = _errs19 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.description !== void 0) {
                              let data10 = data.description;
                              const _errs21 = errors;
                              if (typeof data10 !== "string" && data10 !== null) {
                                validate20.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema31.properties.description.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid0 = _errs21 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.rootToParentThingGroups !== void 0) {
                                let data11 = data.rootToParentThingGroups;
                                const _errs23 = errors;
                                const _errs24 = errors;
                                let valid3 = false;
                                const _errs25 = errors;
                                if (errors === _errs25) {
                                  if (Array.isArray(data11)) {
                                    var valid4 = true;
                                    const len0 = data11.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      let data12 = data11[i0];
                                      const _errs27 = errors;
                                      const _errs28 = errors;
                                      if (errors === _errs28) {
                                        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                          if (data12.groupArn !== void 0) {
                                            const _errs30 = errors;
                                            if (typeof data12.groupArn !== "string") {
                                              const err0 = { instancePath: instancePath + "/rootToParentThingGroups/" + i0 + "/groupArn", schemaPath: "#/$defs/IoTRegistryThingGroupReference/properties/groupArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                              if (vErrors === null) {
                                                vErrors = [err0];
                                              } else {
                                                vErrors.push(err0);
                                              }
                                              errors++;
                                            }
                                            var valid6 = _errs30 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data12.groupId !== void 0) {
                                              const _errs32 = errors;
                                              if (typeof data12.groupId !== "string") {
                                                const err1 = { instancePath: instancePath + "/rootToParentThingGroups/" + i0 + "/groupId", schemaPath: "#/$defs/IoTRegistryThingGroupReference/properties/groupId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                  vErrors = [err1];
                                                } else {
                                                  vErrors.push(err1);
                                                }
                                                errors++;
                                              }
                                              var valid6 = _errs32 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                          }
                                        } else {
                                          const err2 = { instancePath: instancePath + "/rootToParentThingGroups/" + i0, schemaPath: "#/$defs/IoTRegistryThingGroupReference/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                          if (vErrors === null) {
                                            vErrors = [err2];
                                          } else {
                                            vErrors.push(err2);
                                          }
                                          errors++;
                                        }
                                      }
                                      var valid4 = _errs27 === errors;
                                      if (!valid4) {
                                        break;
                                      }
                                    }
                                  } else {
                                    const err3 = { instancePath: instancePath + "/rootToParentThingGroups", schemaPath: "#/properties/rootToParentThingGroups/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err3];
                                    } else {
                                      vErrors.push(err3);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid0 = _errs25 === errors;
                                valid3 = valid3 || _valid0;
                                const _errs34 = errors;
                                if (data11 !== null) {
                                  const err4 = { instancePath: instancePath + "/rootToParentThingGroups", schemaPath: "#/properties/rootToParentThingGroups/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                  if (vErrors === null) {
                                    vErrors = [err4];
                                  } else {
                                    vErrors.push(err4);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs34 === errors;
                                valid3 = valid3 || _valid0;
                                if (!valid3) {
                                  const err5 = { instancePath: instancePath + "/rootToParentThingGroups", schemaPath: "#/properties/rootToParentThingGroups/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err5];
                                  } else {
                                    vErrors.push(err5);
                                  }
                                  errors++;
                                  validate20.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs24;
                                  if (vErrors !== null) {
                                    if (_errs24) {
                                      vErrors.length = _errs24;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs23 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.attributes !== void 0) {
                                  let data15 = data.attributes;
                                  const _errs36 = errors;
                                  const _errs37 = errors;
                                  if (errors === _errs37) {
                                    if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                      for (const key0 in data15) {
                                        const _errs40 = errors;
                                        if (typeof data15[key0] !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/IoTRegistryAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid8 = _errs40 === errors;
                                        if (!valid8) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/attributes", schemaPath: "#/$defs/IoTRegistryAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs36 === errors;
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "eventType": true, "eventId": true, "timestamp": true, "operation": true, "accountId": true, "thingGroupId": true, "thingGroupName": true, "versionNumber": true, "parentGroupName": true, "parentGroupId": true, "description": true, "rootToParentThingGroups": true, "attributes": true }, "dynamicProps": false, "dynamicItems": false };

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

// iot.registry-thing-group-event.strict.entry.ts
withStandardSchema(iot_registry_thing_group_event_strict_standalone_default, "iot.registry-thing-group-event");
export {
  iot_registry_thing_group_event_strict_standalone_default as default,
  iot_registry_thing_group_event_strict_standalone_default as validate
};
