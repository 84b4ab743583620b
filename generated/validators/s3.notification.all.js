// Generated from schemas/s3/notification.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.notification.all.standalone.js
var validateAll = validate20;
var pattern4 = new RegExp("^2\\.[0-9]+$", "u");
var pattern5 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
var pattern6 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
var pattern7 = new RegExp("^[A-Z][A-Za-z]*(:[A-Za-z]+)*$", "u");
var schema42 = { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "size": { "type": "integer", "minimum": 0 }, "eTag": { "type": "string" }, "versionId": { "type": ["string", "null"] }, "sequencer": { "type": "string" } } };
var pattern8 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.ownerIdentity === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ownerIdentity" }, message: "must have required property 'ownerIdentity'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.arn === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "arn" }, message: "must have required property 'arn'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.ownerIdentity !== void 0) {
      let data1 = data.ownerIdentity;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.principalId === void 0) {
          const err4 = { instancePath: instancePath + "/ownerIdentity", schemaPath: "#/$defs/S3UserIdentity/required", keyword: "required", params: { missingProperty: "principalId" }, message: "must have required property 'principalId'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.principalId !== void 0) {
          if (typeof data1.principalId !== "string") {
            const err5 = { instancePath: instancePath + "/ownerIdentity/principalId", schemaPath: "#/$defs/S3UserIdentity/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/ownerIdentity", schemaPath: "#/$defs/S3UserIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.arn !== void 0) {
      let data3 = data.arn;
      if (typeof data3 === "string") {
        if (!pattern8.test(data3)) {
          const err7 = { instancePath: instancePath + "/arn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/arn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "name": true, "ownerIdentity": true, "arn": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.s3SchemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "s3SchemaVersion" }, message: "must have required property 's3SchemaVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.configurationId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "configurationId" }, message: "must have required property 'configurationId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.bucket === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bucket" }, message: "must have required property 'bucket'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.object === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property 'object'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.s3SchemaVersion !== void 0) {
      if (typeof data.s3SchemaVersion !== "string") {
        const err4 = { instancePath: instancePath + "/s3SchemaVersion", schemaPath: "#/properties/s3SchemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.configurationId !== void 0) {
      if (typeof data.configurationId !== "string") {
        const err5 = { instancePath: instancePath + "/configurationId", schemaPath: "#/properties/configurationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.bucket !== void 0) {
      if (!validate23(data.bucket, { instancePath: instancePath + "/bucket", parentData: data, parentDataProperty: "bucket", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.object !== void 0) {
      let data3 = data.object;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.key === void 0) {
          const err6 = { instancePath: instancePath + "/object", schemaPath: "#/$defs/S3Object/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data3.key !== void 0) {
          if (typeof data3.key !== "string") {
            const err7 = { instancePath: instancePath + "/object/key", schemaPath: "#/$defs/S3Object/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data3.size !== void 0) {
          let data5 = data3.size;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err8 = { instancePath: instancePath + "/object/size", schemaPath: "#/$defs/S3Object/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err9 = { instancePath: instancePath + "/object/size", schemaPath: "#/$defs/S3Object/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
        }
        if (data3.eTag !== void 0) {
          if (typeof data3.eTag !== "string") {
            const err10 = { instancePath: instancePath + "/object/eTag", schemaPath: "#/$defs/S3Object/properties/eTag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.versionId !== void 0) {
          let data7 = data3.versionId;
          if (typeof data7 !== "string" && data7 !== null) {
            const err11 = { instancePath: instancePath + "/object/versionId", schemaPath: "#/$defs/S3Object/properties/versionId/type", keyword: "type", params: { type: schema42.properties.versionId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.sequencer !== void 0) {
          if (typeof data3.sequencer !== "string") {
            const err12 = { instancePath: instancePath + "/object/sequencer", schemaPath: "#/$defs/S3Object/properties/sequencer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/object", schemaPath: "#/$defs/S3Object/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "s3SchemaVersion": true, "configurationId": true, "bucket": true, "object": true }, "dynamicProps": false, "dynamicItems": false };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.lifecycleRestorationExpiryTime === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lifecycleRestorationExpiryTime" }, message: "must have required property 'lifecycleRestorationExpiryTime'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.lifecycleRestoreStorageClass === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lifecycleRestoreStorageClass" }, message: "must have required property 'lifecycleRestoreStorageClass'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.lifecycleRestorationExpiryTime !== void 0) {
      let data0 = data.lifecycleRestorationExpiryTime;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err2 = { instancePath: instancePath + "/lifecycleRestorationExpiryTime", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/lifecycleRestorationExpiryTime", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.lifecycleRestoreStorageClass !== void 0) {
      if (typeof data.lifecycleRestoreStorageClass !== "string") {
        const err4 = { instancePath: instancePath + "/lifecycleRestoreStorageClass", schemaPath: "#/properties/lifecycleRestoreStorageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": { "lifecycleRestorationExpiryTime": true, "lifecycleRestoreStorageClass": true }, "dynamicProps": false, "dynamicItems": false };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.restoreEventData === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "restoreEventData" }, message: "must have required property 'restoreEventData'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.restoreEventData !== void 0) {
      if (!validate27(data.restoreEventData, { instancePath: instancePath + "/restoreEventData", parentData: data, parentDataProperty: "restoreEventData", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": { "restoreEventData": true }, "dynamicProps": false, "dynamicItems": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.replicationRuleId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "replicationRuleId" }, message: "must have required property 'replicationRuleId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.destinationBucket === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "destinationBucket" }, message: "must have required property 'destinationBucket'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.s3Operation === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "s3Operation" }, message: "must have required property 's3Operation'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.requestTime === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestTime" }, message: "must have required property 'requestTime'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.replicationRuleId !== void 0) {
      if (typeof data.replicationRuleId !== "string") {
        const err4 = { instancePath: instancePath + "/replicationRuleId", schemaPath: "#/properties/replicationRuleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.destinationBucket !== void 0) {
      let data1 = data.destinationBucket;
      if (typeof data1 === "string") {
        if (!pattern8.test(data1)) {
          const err5 = { instancePath: instancePath + "/destinationBucket", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/destinationBucket", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.s3Operation !== void 0) {
      if (typeof data.s3Operation !== "string") {
        const err7 = { instancePath: instancePath + "/s3Operation", schemaPath: "#/properties/s3Operation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.requestTime !== void 0) {
      let data3 = data.requestTime;
      if (typeof data3 === "string") {
        if (!pattern6.test(data3)) {
          const err8 = { instancePath: instancePath + "/requestTime", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/requestTime", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.failureReason !== void 0) {
      if (typeof data.failureReason !== "string") {
        const err10 = { instancePath: instancePath + "/failureReason", schemaPath: "#/properties/failureReason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.threshold !== void 0) {
      if (typeof data.threshold !== "string") {
        const err11 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.replicationTime !== void 0) {
      if (typeof data.replicationTime !== "string") {
        const err12 = { instancePath: instancePath + "/replicationTime", schemaPath: "#/properties/replicationTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": { "replicationRuleId": true, "destinationBucket": true, "s3Operation": true, "requestTime": true, "failureReason": true, "threshold": true, "replicationTime": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.eventVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventVersion" }, message: "must have required property 'eventVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.eventSource === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventSource" }, message: "must have required property 'eventSource'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.awsRegion === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "awsRegion" }, message: "must have required property 'awsRegion'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.eventTime === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventTime" }, message: "must have required property 'eventTime'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.eventName === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventName" }, message: "must have required property 'eventName'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.userIdentity === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "userIdentity" }, message: "must have required property 'userIdentity'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.requestParameters === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestParameters" }, message: "must have required property 'requestParameters'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.responseElements === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "responseElements" }, message: "must have required property 'responseElements'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.s3 === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "s3" }, message: "must have required property 's3'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.eventVersion !== void 0) {
      let data0 = data.eventVersion;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err9 = { instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/pattern", keyword: "pattern", params: { pattern: "^2\\.[0-9]+$" }, message: 'must match pattern "^2\\.[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.eventSource !== void 0) {
      if ("aws:s3" !== data.eventSource) {
        const err11 = { instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:s3" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.awsRegion !== void 0) {
      let data2 = data.awsRegion;
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err12 = { instancePath: instancePath + "/awsRegion", schemaPath: "#/$defs/AwsRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/awsRegion", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.eventTime !== void 0) {
      let data3 = data.eventTime;
      if (typeof data3 === "string") {
        if (!pattern6.test(data3)) {
          const err14 = { instancePath: instancePath + "/eventTime", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/eventTime", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.eventName !== void 0) {
      let data4 = data.eventName;
      if (typeof data4 === "string") {
        if (!pattern7.test(data4)) {
          const err16 = { instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Za-z]*(:[A-Za-z]+)*$" }, message: 'must match pattern "^[A-Z][A-Za-z]*(:[A-Za-z]+)*$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.userIdentity !== void 0) {
      let data5 = data.userIdentity;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.principalId === void 0) {
          const err18 = { instancePath: instancePath + "/userIdentity", schemaPath: "#/$defs/S3UserIdentity/required", keyword: "required", params: { missingProperty: "principalId" }, message: "must have required property 'principalId'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data5.principalId !== void 0) {
          if (typeof data5.principalId !== "string") {
            const err19 = { instancePath: instancePath + "/userIdentity/principalId", schemaPath: "#/$defs/S3UserIdentity/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/userIdentity", schemaPath: "#/$defs/S3UserIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.requestParameters !== void 0) {
      let data7 = data.requestParameters;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.sourceIPAddress === void 0) {
          const err21 = { instancePath: instancePath + "/requestParameters", schemaPath: "#/$defs/S3RequestParameters/required", keyword: "required", params: { missingProperty: "sourceIPAddress" }, message: "must have required property 'sourceIPAddress'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data7.sourceIPAddress !== void 0) {
          if (typeof data7.sourceIPAddress !== "string") {
            const err22 = { instancePath: instancePath + "/requestParameters/sourceIPAddress", schemaPath: "#/$defs/S3RequestParameters/properties/sourceIPAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/requestParameters", schemaPath: "#/$defs/S3RequestParameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.responseElements !== void 0) {
      let data9 = data.responseElements;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9["x-amz-request-id"] === void 0) {
          const err24 = { instancePath: instancePath + "/responseElements", schemaPath: "#/$defs/S3ResponseElements/required", keyword: "required", params: { missingProperty: "x-amz-request-id" }, message: "must have required property 'x-amz-request-id'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data9["x-amz-id-2"] === void 0) {
          const err25 = { instancePath: instancePath + "/responseElements", schemaPath: "#/$defs/S3ResponseElements/required", keyword: "required", params: { missingProperty: "x-amz-id-2" }, message: "must have required property 'x-amz-id-2'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data9["x-amz-request-id"] !== void 0) {
          if (typeof data9["x-amz-request-id"] !== "string") {
            const err26 = { instancePath: instancePath + "/responseElements/x-amz-request-id", schemaPath: "#/$defs/S3ResponseElements/properties/x-amz-request-id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data9["x-amz-id-2"] !== void 0) {
          if (typeof data9["x-amz-id-2"] !== "string") {
            const err27 = { instancePath: instancePath + "/responseElements/x-amz-id-2", schemaPath: "#/$defs/S3ResponseElements/properties/x-amz-id-2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/responseElements", schemaPath: "#/$defs/S3ResponseElements/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.s3 !== void 0) {
      if (!validate22(data.s3, { instancePath: instancePath + "/s3", parentData: data, parentDataProperty: "s3", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.glacierEventData !== void 0) {
      if (!validate26(data.glacierEventData, { instancePath: instancePath + "/glacierEventData", parentData: data, parentDataProperty: "glacierEventData", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.lifecycleEventData !== void 0) {
      let data14 = data.lifecycleEventData;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.transitionEventData === void 0) {
          const err29 = { instancePath: instancePath + "/lifecycleEventData", schemaPath: "#/$defs/S3LifecycleEventData/required", keyword: "required", params: { missingProperty: "transitionEventData" }, message: "must have required property 'transitionEventData'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data14.transitionEventData !== void 0) {
          let data15 = data14.transitionEventData;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.destinationStorageClass === void 0) {
              const err30 = { instancePath: instancePath + "/lifecycleEventData/transitionEventData", schemaPath: "#/$defs/S3LifecycleEventData/properties/transitionEventData/required", keyword: "required", params: { missingProperty: "destinationStorageClass" }, message: "must have required property 'destinationStorageClass'" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data15.destinationStorageClass !== void 0) {
              if (typeof data15.destinationStorageClass !== "string") {
                const err31 = { instancePath: instancePath + "/lifecycleEventData/transitionEventData/destinationStorageClass", schemaPath: "#/$defs/S3LifecycleEventData/properties/transitionEventData/properties/destinationStorageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/lifecycleEventData/transitionEventData", schemaPath: "#/$defs/S3LifecycleEventData/properties/transitionEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/lifecycleEventData", schemaPath: "#/$defs/S3LifecycleEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.intelligentTieringEventData !== void 0) {
      let data17 = data.intelligentTieringEventData;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.destinationAccessTier === void 0) {
          const err34 = { instancePath: instancePath + "/intelligentTieringEventData", schemaPath: "#/$defs/S3IntelligentTieringEventData/required", keyword: "required", params: { missingProperty: "destinationAccessTier" }, message: "must have required property 'destinationAccessTier'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data17.destinationAccessTier !== void 0) {
          if (typeof data17.destinationAccessTier !== "string") {
            const err35 = { instancePath: instancePath + "/intelligentTieringEventData/destinationAccessTier", schemaPath: "#/$defs/S3IntelligentTieringEventData/properties/destinationAccessTier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/intelligentTieringEventData", schemaPath: "#/$defs/S3IntelligentTieringEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.replicationEventData !== void 0) {
      if (!validate30(data.replicationEventData, { instancePath: instancePath + "/replicationEventData", parentData: data, parentDataProperty: "replicationEventData", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "eventVersion": true, "eventSource": true, "awsRegion": true, "eventTime": true, "eventName": true, "userIdentity": true, "requestParameters": true, "responseElements": true, "s3": true, "glacierEventData": true, "lifecycleEventData": true, "intelligentTieringEventData": true, "replicationEventData": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.Records === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Records" }, message: "must have required property 'Records'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Records !== void 0) {
      let data0 = data.Records;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err1 = { instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data0[i0], { instancePath: instancePath + "/Records/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "Records": true }, "dynamicProps": false, "dynamicItems": false };

// s3.notification.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
