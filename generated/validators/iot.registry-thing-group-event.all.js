// Generated from schemas/iot/registry-thing-group-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.registry-thing-group-event.all.standalone.js
var validateAll = validate20;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.eventType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventType" }, message: "must have required property 'eventType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.eventId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventId" }, message: "must have required property 'eventId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.timestamp === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timestamp" }, message: "must have required property 'timestamp'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.operation === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operation" }, message: "must have required property 'operation'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.accountId === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accountId" }, message: "must have required property 'accountId'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.thingGroupId === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "thingGroupId" }, message: "must have required property 'thingGroupId'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.thingGroupName === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "thingGroupName" }, message: "must have required property 'thingGroupName'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.versionNumber === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "versionNumber" }, message: "must have required property 'versionNumber'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.eventType !== void 0) {
      if ("THING_GROUP_EVENT" !== data.eventType) {
        const err8 = { instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/const", keyword: "const", params: { allowedValue: "THING_GROUP_EVENT" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.eventId !== void 0) {
      if (typeof data.eventId !== "string") {
        const err9 = { instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.timestamp !== void 0) {
      let data2 = data.timestamp;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err11 = { instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.operation !== void 0) {
      let data3 = data.operation;
      if (!(data3 === "CREATED" || data3 === "UPDATED" || data3 === "DELETED")) {
        const err12 = { instancePath: instancePath + "/operation", schemaPath: "#/properties/operation/enum", keyword: "enum", params: { allowedValues: schema31.properties.operation.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.accountId !== void 0) {
      let data4 = data.accountId;
      if (typeof data4 === "string") {
        if (!pattern4.test(data4)) {
          const err13 = { instancePath: instancePath + "/accountId", schemaPath: "#/$defs/AwsAccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/accountId", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.thingGroupId !== void 0) {
      if (typeof data.thingGroupId !== "string") {
        const err15 = { instancePath: instancePath + "/thingGroupId", schemaPath: "#/properties/thingGroupId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.thingGroupName !== void 0) {
      if (typeof data.thingGroupName !== "string") {
        const err16 = { instancePath: instancePath + "/thingGroupName", schemaPath: "#/properties/thingGroupName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.versionNumber !== void 0) {
      let data7 = data.versionNumber;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err17 = { instancePath: instancePath + "/versionNumber", schemaPath: "#/properties/versionNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.parentGroupName !== void 0) {
      let data8 = data.parentGroupName;
      if (typeof data8 !== "string" && data8 !== null) {
        const err18 = { instancePath: instancePath + "/parentGroupName", schemaPath: "#/properties/parentGroupName/type", keyword: "type", params: { type: schema31.properties.parentGroupName.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.parentGroupId !== void 0) {
      let data9 = data.parentGroupId;
      if (typeof data9 !== "string" && data9 !== null) {
        const err19 = { instancePath: instancePath + "/parentGroupId", schemaPath: "#/properties/parentGroupId/type", keyword: "type", params: { type: schema31.properties.parentGroupId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data10 = data.description;
      if (typeof data10 !== "string" && data10 !== null) {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema31.properties.description.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.rootToParentThingGroups !== void 0) {
      let data11 = data.rootToParentThingGroups;
      const _errs24 = errors;
      let valid3 = false;
      const _errs25 = errors;
      if (Array.isArray(data11)) {
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data12 = data11[i0];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.groupArn !== void 0) {
              if (typeof data12.groupArn !== "string") {
                const err21 = { instancePath: instancePath + "/rootToParentThingGroups/" + i0 + "/groupArn", schemaPath: "#/$defs/IoTRegistryThingGroupReference/properties/groupArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data12.groupId !== void 0) {
              if (typeof data12.groupId !== "string") {
                const err22 = { instancePath: instancePath + "/rootToParentThingGroups/" + i0 + "/groupId", schemaPath: "#/$defs/IoTRegistryThingGroupReference/properties/groupId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/rootToParentThingGroups/" + i0, schemaPath: "#/$defs/IoTRegistryThingGroupReference/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/rootToParentThingGroups", schemaPath: "#/properties/rootToParentThingGroups/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid0 = _errs25 === errors;
      valid3 = valid3 || _valid0;
      const _errs34 = errors;
      if (data11 !== null) {
        const err25 = { instancePath: instancePath + "/rootToParentThingGroups", schemaPath: "#/properties/rootToParentThingGroups/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid0 = _errs34 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err26 = { instancePath: instancePath + "/rootToParentThingGroups", schemaPath: "#/properties/rootToParentThingGroups/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
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
    }
    if (data.attributes !== void 0) {
      let data15 = data.attributes;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key0 in data15) {
          if (typeof data15[key0] !== "string") {
            const err27 = { instancePath: instancePath + "/attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/IoTRegistryAttributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/attributes", schemaPath: "#/$defs/IoTRegistryAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "eventType": true, "eventId": true, "timestamp": true, "operation": true, "accountId": true, "thingGroupId": true, "thingGroupName": true, "versionNumber": true, "parentGroupName": true, "parentGroupId": true, "description": true, "rootToParentThingGroups": true, "attributes": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_0 = validate21;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.groupArn !== void 0) {
          if (typeof data0.groupArn !== "string") {
            const err0 = { instancePath: instancePath + "/" + i0 + "/groupArn", schemaPath: "#/$defs/IoTRegistryThingGroupReference/properties/groupArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data0.groupId !== void 0) {
          if (typeof data0.groupId !== "string") {
            const err1 = { instancePath: instancePath + "/" + i0 + "/groupId", schemaPath: "#/$defs/IoTRegistryThingGroupReference/properties/groupId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/IoTRegistryThingGroupReference/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate22;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "dynamicProps": false, "dynamicItems": false };

// iot.registry-thing-group-event.all.entry.ts
var branches = {
  "#/properties/rootToParentThingGroups/anyOf": [branch0_0, branch0_1]
};
export {
  branches,
  validateAll
};
