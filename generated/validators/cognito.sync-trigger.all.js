// Generated from schemas/cognito/sync-trigger.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.sync-trigger.all.standalone.js
var validateAll = validate20;
var schema33 = { "type": "object", "required": ["op"], "properties": { "oldValue": { "type": ["string", "null"] }, "newValue": { "type": ["string", "null"] }, "op": { "enum": ["replace", "remove"] } } };
var pattern4 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
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
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.eventType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventType" }, message: "must have required property 'eventType'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.region === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.identityPoolId === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identityPoolId" }, message: "must have required property 'identityPoolId'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.identityId === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identityId" }, message: "must have required property 'identityId'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.datasetName === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "datasetName" }, message: "must have required property 'datasetName'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.datasetRecords === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "datasetRecords" }, message: "must have required property 'datasetRecords'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.version !== void 0) {
      if (2 !== data.version) {
        const err7 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 2 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.eventType !== void 0) {
      if ("SyncTrigger" !== data.eventType) {
        const err8 = { instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/const", keyword: "const", params: { allowedValue: "SyncTrigger" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data2 = data.region;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err9 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.identityPoolId !== void 0) {
      if (typeof data.identityPoolId !== "string") {
        const err11 = { instancePath: instancePath + "/identityPoolId", schemaPath: "#/properties/identityPoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.identityId !== void 0) {
      if (typeof data.identityId !== "string") {
        const err12 = { instancePath: instancePath + "/identityId", schemaPath: "#/properties/identityId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.datasetName !== void 0) {
      if (typeof data.datasetName !== "string") {
        const err13 = { instancePath: instancePath + "/datasetName", schemaPath: "#/properties/datasetName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.datasetRecords !== void 0) {
      let data6 = data.datasetRecords;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key0 in data6) {
          let data7 = data6[key0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.op === void 0) {
              const err14 = { instancePath: instancePath + "/datasetRecords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoSyncDatasetRecord/required", keyword: "required", params: { missingProperty: "op" }, message: "must have required property 'op'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data7.oldValue !== void 0) {
              let data8 = data7.oldValue;
              if (typeof data8 !== "string" && data8 !== null) {
                const err15 = { instancePath: instancePath + "/datasetRecords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/oldValue", schemaPath: "#/$defs/CognitoSyncDatasetRecord/properties/oldValue/type", keyword: "type", params: { type: schema33.properties.oldValue.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data7.newValue !== void 0) {
              let data9 = data7.newValue;
              if (typeof data9 !== "string" && data9 !== null) {
                const err16 = { instancePath: instancePath + "/datasetRecords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/newValue", schemaPath: "#/$defs/CognitoSyncDatasetRecord/properties/newValue/type", keyword: "type", params: { type: schema33.properties.newValue.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data7.op !== void 0) {
              let data10 = data7.op;
              if (!(data10 === "replace" || data10 === "remove")) {
                const err17 = { instancePath: instancePath + "/datasetRecords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/op", schemaPath: "#/$defs/CognitoSyncDatasetRecord/properties/op/enum", keyword: "enum", params: { allowedValues: schema33.properties.op.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/datasetRecords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/CognitoSyncDatasetRecord/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/datasetRecords", schemaPath: "#/properties/datasetRecords/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "eventType": true, "region": true, "identityPoolId": true, "identityId": true, "datasetName": true, "datasetRecords": true }, "dynamicProps": false, "dynamicItems": false };

// cognito.sync-trigger.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
