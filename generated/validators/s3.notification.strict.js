// Generated from schemas/s3/notification.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.notification.strict.standalone.js
var s3_notification_strict_standalone_default = validate21;
var pattern0 = new RegExp("^2\\.[0-9]+$", "u");
var pattern3 = new RegExp("^[A-Z][A-Za-z]*(:[A-Za-z]+)*$", "u");
var pattern1 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern1.test(data)) {
        validate23.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
        return false;
      }
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var pattern2 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern2.test(data)) {
        validate25.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
        return false;
      }
    } else {
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.principalId === void 0 && (missing0 = "principalId")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.principalId !== void 0) {
          if (typeof data.principalId !== "string") {
            validate27.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
        }
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.sourceIPAddress === void 0 && (missing0 = "sourceIPAddress")) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.sourceIPAddress !== void 0) {
          if (typeof data.sourceIPAddress !== "string") {
            validate29.errors = [{ instancePath: instancePath + "/sourceIPAddress", schemaPath: "#/properties/sourceIPAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
        }
      }
    } else {
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["x-amz-request-id"] === void 0 && (missing0 = "x-amz-request-id") || data["x-amz-id-2"] === void 0 && (missing0 = "x-amz-id-2")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["x-amz-request-id"] !== void 0) {
          const _errs1 = errors;
          if (typeof data["x-amz-request-id"] !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/x-amz-request-id", schemaPath: "#/properties/x-amz-request-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["x-amz-id-2"] !== void 0) {
            const _errs3 = errors;
            if (typeof data["x-amz-id-2"] !== "string") {
              validate31.errors = [{ instancePath: instancePath + "/x-amz-id-2", schemaPath: "#/properties/x-amz-id-2/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern4.test(data)) {
        validate36.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
        return false;
      }
    } else {
      validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.ownerIdentity === void 0 && (missing0 = "ownerIdentity") || data.arn === void 0 && (missing0 = "arn")) {
        validate34.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate34.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.ownerIdentity !== void 0) {
            const _errs3 = errors;
            if (!validate27(data.ownerIdentity, { instancePath: instancePath + "/ownerIdentity", parentData: data, parentDataProperty: "ownerIdentity", rootData })) {
              vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.arn !== void 0) {
              const _errs4 = errors;
              if (!validate36(data.arn, { instancePath: instancePath + "/arn", parentData: data, parentDataProperty: "arn", rootData })) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
var schema16 = { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "size": { "type": "integer", "minimum": 0 }, "eTag": { "type": "string" }, "versionId": { "type": ["string", "null"] }, "sequencer": { "type": "string" } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.key === void 0 && (missing0 = "key")) {
        validate39.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.key !== void 0) {
          const _errs1 = errors;
          if (typeof data.key !== "string") {
            validate39.errors = [{ instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.size !== void 0) {
            let data1 = data.size;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate39.errors = [{ instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 < 0 || isNaN(data1)) {
                  validate39.errors = [{ instancePath: instancePath + "/size", schemaPath: "#/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.eTag !== void 0) {
              const _errs5 = errors;
              if (typeof data.eTag !== "string") {
                validate39.errors = [{ instancePath: instancePath + "/eTag", schemaPath: "#/properties/eTag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.versionId !== void 0) {
                let data3 = data.versionId;
                const _errs7 = errors;
                if (typeof data3 !== "string" && data3 !== null) {
                  validate39.errors = [{ instancePath: instancePath + "/versionId", schemaPath: "#/properties/versionId/type", keyword: "type", params: { type: schema16.properties.versionId.type }, message: "must be string,null" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.sequencer !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.sequencer !== "string") {
                    validate39.errors = [{ instancePath: instancePath + "/sequencer", schemaPath: "#/properties/sequencer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.s3SchemaVersion === void 0 && (missing0 = "s3SchemaVersion") || data.configurationId === void 0 && (missing0 = "configurationId") || data.bucket === void 0 && (missing0 = "bucket") || data.object === void 0 && (missing0 = "object")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.s3SchemaVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.s3SchemaVersion !== "string") {
            validate33.errors = [{ instancePath: instancePath + "/s3SchemaVersion", schemaPath: "#/properties/s3SchemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.configurationId !== void 0) {
            const _errs3 = errors;
            if (typeof data.configurationId !== "string") {
              validate33.errors = [{ instancePath: instancePath + "/configurationId", schemaPath: "#/properties/configurationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.bucket !== void 0) {
              const _errs5 = errors;
              if (!validate34(data.bucket, { instancePath: instancePath + "/bucket", parentData: data, parentDataProperty: "bucket", rootData })) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.object !== void 0) {
                const _errs6 = errors;
                if (!validate39(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData })) {
                  vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.lifecycleRestorationExpiryTime === void 0 && (missing0 = "lifecycleRestorationExpiryTime") || data.lifecycleRestoreStorageClass === void 0 && (missing0 = "lifecycleRestoreStorageClass")) {
        validate43.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.lifecycleRestorationExpiryTime !== void 0) {
          const _errs1 = errors;
          if (!validate25(data.lifecycleRestorationExpiryTime, { instancePath: instancePath + "/lifecycleRestorationExpiryTime", parentData: data, parentDataProperty: "lifecycleRestorationExpiryTime", rootData })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.lifecycleRestoreStorageClass !== void 0) {
            const _errs2 = errors;
            if (typeof data.lifecycleRestoreStorageClass !== "string") {
              validate43.errors = [{ instancePath: instancePath + "/lifecycleRestoreStorageClass", schemaPath: "#/properties/lifecycleRestoreStorageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate43.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.restoreEventData === void 0 && (missing0 = "restoreEventData")) {
        validate42.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.restoreEventData !== void 0) {
          if (!validate43(data.restoreEventData, { instancePath: instancePath + "/restoreEventData", parentData: data, parentDataProperty: "restoreEventData", rootData })) {
            vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      validate42.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.transitionEventData === void 0 && (missing0 = "transitionEventData")) {
        validate47.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.transitionEventData !== void 0) {
          let data0 = data.transitionEventData;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.destinationStorageClass === void 0 && (missing1 = "destinationStorageClass")) {
                validate47.errors = [{ instancePath: instancePath + "/transitionEventData", schemaPath: "#/properties/transitionEventData/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.destinationStorageClass !== void 0) {
                  if (typeof data0.destinationStorageClass !== "string") {
                    validate47.errors = [{ instancePath: instancePath + "/transitionEventData/destinationStorageClass", schemaPath: "#/properties/transitionEventData/properties/destinationStorageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
              }
            } else {
              validate47.errors = [{ instancePath: instancePath + "/transitionEventData", schemaPath: "#/properties/transitionEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate47.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate47.errors = vErrors;
  return errors === 0;
}
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.destinationAccessTier === void 0 && (missing0 = "destinationAccessTier")) {
        validate49.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.destinationAccessTier !== void 0) {
          if (typeof data.destinationAccessTier !== "string") {
            validate49.errors = [{ instancePath: instancePath + "/destinationAccessTier", schemaPath: "#/properties/destinationAccessTier/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
        }
      }
    } else {
      validate49.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate49.errors = vErrors;
  return errors === 0;
}
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.replicationRuleId === void 0 && (missing0 = "replicationRuleId") || data.destinationBucket === void 0 && (missing0 = "destinationBucket") || data.s3Operation === void 0 && (missing0 = "s3Operation") || data.requestTime === void 0 && (missing0 = "requestTime")) {
        validate51.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.replicationRuleId !== void 0) {
          const _errs1 = errors;
          if (typeof data.replicationRuleId !== "string") {
            validate51.errors = [{ instancePath: instancePath + "/replicationRuleId", schemaPath: "#/properties/replicationRuleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.destinationBucket !== void 0) {
            const _errs3 = errors;
            if (!validate36(data.destinationBucket, { instancePath: instancePath + "/destinationBucket", parentData: data, parentDataProperty: "destinationBucket", rootData })) {
              vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.s3Operation !== void 0) {
              const _errs4 = errors;
              if (typeof data.s3Operation !== "string") {
                validate51.errors = [{ instancePath: instancePath + "/s3Operation", schemaPath: "#/properties/s3Operation/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.requestTime !== void 0) {
                const _errs6 = errors;
                if (!validate25(data.requestTime, { instancePath: instancePath + "/requestTime", parentData: data, parentDataProperty: "requestTime", rootData })) {
                  vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.failureReason !== void 0) {
                  const _errs7 = errors;
                  if (typeof data.failureReason !== "string") {
                    validate51.errors = [{ instancePath: instancePath + "/failureReason", schemaPath: "#/properties/failureReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.threshold !== void 0) {
                    const _errs9 = errors;
                    if (typeof data.threshold !== "string") {
                      validate51.errors = [{ instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.replicationTime !== void 0) {
                      const _errs11 = errors;
                      if (typeof data.replicationTime !== "string") {
                        validate51.errors = [{ instancePath: instancePath + "/replicationTime", schemaPath: "#/properties/replicationTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs11 === errors;
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
    } else {
      validate51.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate51.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.eventVersion === void 0 && (missing0 = "eventVersion") || data.eventSource === void 0 && (missing0 = "eventSource") || data.awsRegion === void 0 && (missing0 = "awsRegion") || data.eventTime === void 0 && (missing0 = "eventTime") || data.eventName === void 0 && (missing0 = "eventName") || data.userIdentity === void 0 && (missing0 = "userIdentity") || data.requestParameters === void 0 && (missing0 = "requestParameters") || data.responseElements === void 0 && (missing0 = "responseElements") || data.s3 === void 0 && (missing0 = "s3")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventVersion !== void 0) {
          let data0 = data.eventVersion;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (!pattern0.test(data0)) {
                validate22.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/pattern", keyword: "pattern", params: { pattern: "^2\\.[0-9]+$" }, message: 'must match pattern "^2\\.[0-9]+$"' }];
                return false;
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventSource !== void 0) {
            const _errs3 = errors;
            if ("aws:s3" !== data.eventSource) {
              validate22.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:s3" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.awsRegion !== void 0) {
              const _errs4 = errors;
              if (!validate23(data.awsRegion, { instancePath: instancePath + "/awsRegion", parentData: data, parentDataProperty: "awsRegion", rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.eventTime !== void 0) {
                const _errs5 = errors;
                if (!validate25(data.eventTime, { instancePath: instancePath + "/eventTime", parentData: data, parentDataProperty: "eventTime", rootData })) {
                  vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.eventName !== void 0) {
                  let data4 = data.eventName;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (typeof data4 === "string") {
                      if (!pattern3.test(data4)) {
                        validate22.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Za-z]*(:[A-Za-z]+)*$" }, message: 'must match pattern "^[A-Z][A-Za-z]*(:[A-Za-z]+)*$"' }];
                        return false;
                      }
                    } else {
                      validate22.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.userIdentity !== void 0) {
                    const _errs8 = errors;
                    if (!validate27(data.userIdentity, { instancePath: instancePath + "/userIdentity", parentData: data, parentDataProperty: "userIdentity", rootData })) {
                      vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.requestParameters !== void 0) {
                      const _errs9 = errors;
                      if (!validate29(data.requestParameters, { instancePath: instancePath + "/requestParameters", parentData: data, parentDataProperty: "requestParameters", rootData })) {
                        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.responseElements !== void 0) {
                        const _errs10 = errors;
                        if (!validate31(data.responseElements, { instancePath: instancePath + "/responseElements", parentData: data, parentDataProperty: "responseElements", rootData })) {
                          vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs10 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.s3 !== void 0) {
                          const _errs11 = errors;
                          if (!validate33(data.s3, { instancePath: instancePath + "/s3", parentData: data, parentDataProperty: "s3", rootData })) {
                            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs11 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.glacierEventData !== void 0) {
                            const _errs12 = errors;
                            if (!validate42(data.glacierEventData, { instancePath: instancePath + "/glacierEventData", parentData: data, parentDataProperty: "glacierEventData", rootData })) {
                              vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs12 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.lifecycleEventData !== void 0) {
                              const _errs13 = errors;
                              if (!validate47(data.lifecycleEventData, { instancePath: instancePath + "/lifecycleEventData", parentData: data, parentDataProperty: "lifecycleEventData", rootData })) {
                                vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                                errors = vErrors.length;
                              }
                              var valid0 = _errs13 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.intelligentTieringEventData !== void 0) {
                                const _errs14 = errors;
                                if (!validate49(data.intelligentTieringEventData, { instancePath: instancePath + "/intelligentTieringEventData", parentData: data, parentDataProperty: "intelligentTieringEventData", rootData })) {
                                  vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs14 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.replicationEventData !== void 0) {
                                  const _errs15 = errors;
                                  if (!validate51(data.replicationEventData, { instancePath: instancePath + "/replicationEventData", parentData: data, parentDataProperty: "replicationEventData", rootData })) {
                                    vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs15 === errors;
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Records === void 0 && (missing0 = "Records")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Records !== void 0) {
          let data0 = data.Records;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                validate21.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                return false;
              } else {
                var valid1 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs3 = errors;
                  if (!validate22(data0[i0], { instancePath: instancePath + "/Records/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs3 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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

// check:s3.notification.strict.check.js
function p0(s) {
  let i = 0;
  let c;
  c = s.charCodeAt(i);
  if (!(c === 50)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 46)) return false;
  i++;
  {
    const start = i;
    while (i < s.length) {
      c = s.charCodeAt(i);
      if (!(c >= 48 && c <= 57)) break;
      i++;
    }
    if (i - start < 1) return false;
  }
  return i === s.length;
}
var p1 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
var p2 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
var p3 = new RegExp("^[A-Z][A-Za-z]*(:[A-Za-z]+)*$", "u");
function p4(s) {
  let i = 0;
  let c;
  c = s.charCodeAt(i);
  if (!(c === 97)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 114)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 110)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 58)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 97)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 119)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 115)) return false;
  i++;
  {
    const start = i;
    while (i < s.length) {
      c = s.charCodeAt(i);
      if (!(c >= 97 && c <= 122 || c === 45)) break;
      i++;
    }
  }
  c = s.charCodeAt(i);
  if (!(c === 58)) return false;
  i++;
  return true;
}
function d_S3EventRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v3 = x.eventVersion;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
    if (!p0(v3)) return false;
  }
  {
    const v4 = x.eventSource;
    if (v4 === void 0) return false;
    if (!(v4 === "aws:s3")) return false;
  }
  {
    const v5 = x.awsRegion;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string" && p1.test(v5))) return false;
  }
  {
    const v6 = x.eventTime;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string" && p2.test(v6))) return false;
  }
  {
    const v7 = x.eventName;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
    if (!p3.test(v7)) return false;
  }
  {
    const v8 = x.userIdentity;
    if (v8 === void 0) return false;
    if (!d_S3UserIdentity(v8)) return false;
  }
  {
    const v10 = x.requestParameters;
    if (v10 === void 0) return false;
    if (!d_S3RequestParameters(v10)) return false;
  }
  {
    const v12 = x.responseElements;
    if (v12 === void 0) return false;
    if (!d_S3ResponseElements(v12)) return false;
  }
  {
    const v15 = x.s3;
    if (v15 === void 0) return false;
    if (!d_S3Entity(v15)) return false;
  }
  {
    const v28 = x.glacierEventData;
    if (v28 !== void 0) {
      if (!d_S3GlacierEventData(v28)) return false;
    }
  }
  {
    const v32 = x.lifecycleEventData;
    if (v32 !== void 0) {
      if (!d_S3LifecycleEventData(v32)) return false;
    }
  }
  {
    const v35 = x.intelligentTieringEventData;
    if (v35 !== void 0) {
      if (!d_S3IntelligentTieringEventData(v35)) return false;
    }
  }
  {
    const v37 = x.replicationEventData;
    if (v37 !== void 0) {
      if (!d_S3ReplicationEventData(v37)) return false;
    }
  }
  return true;
}
function d_S3UserIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v9 = x.principalId;
    if (v9 === void 0) return false;
    if (!(typeof v9 === "string")) return false;
  }
  return true;
}
function d_S3RequestParameters(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v11 = x.sourceIPAddress;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  return true;
}
function d_S3ResponseElements(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v13 = x["x-amz-request-id"];
    if (v13 === void 0) return false;
    if (!(typeof v13 === "string")) return false;
  }
  {
    const v14 = x["x-amz-id-2"];
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string")) return false;
  }
  return true;
}
function d_S3Entity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v16 = x.s3SchemaVersion;
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x.configurationId;
    if (v17 === void 0) return false;
    if (!(typeof v17 === "string")) return false;
  }
  {
    const v18 = x.bucket;
    if (v18 === void 0) return false;
    if (!d_S3Bucket(v18)) return false;
  }
  {
    const v22 = x.object;
    if (v22 === void 0) return false;
    if (!d_S3Object(v22)) return false;
  }
  return true;
}
function d_S3Bucket(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v19 = x.name;
    if (v19 === void 0) return false;
    if (!(typeof v19 === "string")) return false;
  }
  {
    const v20 = x.ownerIdentity;
    if (v20 === void 0) return false;
    if (!d_S3UserIdentity(v20)) return false;
  }
  {
    const v21 = x.arn;
    if (v21 === void 0) return false;
    if (!(typeof v21 === "string" && p4(v21))) return false;
  }
  return true;
}
function d_S3Object(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v23 = x.key;
    if (v23 === void 0) return false;
    if (!(typeof v23 === "string")) return false;
  }
  {
    const v24 = x.size;
    if (v24 !== void 0) {
      if (!(typeof v24 === "number" && !(v24 % 1) && !isNaN(v24) && isFinite(v24))) return false;
      if (!(v24 >= 0)) return false;
    }
  }
  {
    const v25 = x.eTag;
    if (v25 !== void 0) {
      if (!(typeof v25 === "string")) return false;
    }
  }
  {
    const v26 = x.versionId;
    if (v26 !== void 0) {
      if (!(typeof v26 === "string" || v26 === null)) return false;
    }
  }
  {
    const v27 = x.sequencer;
    if (v27 !== void 0) {
      if (!(typeof v27 === "string")) return false;
    }
  }
  return true;
}
function d_S3GlacierEventData(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v29 = x.restoreEventData;
    if (v29 === void 0) return false;
    if (!d_S3RestoreEventData(v29)) return false;
  }
  return true;
}
function d_S3RestoreEventData(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v30 = x.lifecycleRestorationExpiryTime;
    if (v30 === void 0) return false;
    if (!(typeof v30 === "string" && p2.test(v30))) return false;
  }
  {
    const v31 = x.lifecycleRestoreStorageClass;
    if (v31 === void 0) return false;
    if (!(typeof v31 === "string")) return false;
  }
  return true;
}
function d_S3LifecycleEventData(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v33 = x.transitionEventData;
    if (v33 === void 0) return false;
    if (!(v33 !== null && typeof v33 === "object" && !Array.isArray(v33))) return false;
    {
      const v34 = v33.destinationStorageClass;
      if (v34 === void 0) return false;
      if (!(typeof v34 === "string")) return false;
    }
  }
  return true;
}
function d_S3IntelligentTieringEventData(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v36 = x.destinationAccessTier;
    if (v36 === void 0) return false;
    if (!(typeof v36 === "string")) return false;
  }
  return true;
}
function d_S3ReplicationEventData(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v38 = x.replicationRuleId;
    if (v38 === void 0) return false;
    if (!(typeof v38 === "string")) return false;
  }
  {
    const v39 = x.destinationBucket;
    if (v39 === void 0) return false;
    if (!(typeof v39 === "string" && p4(v39))) return false;
  }
  {
    const v40 = x.s3Operation;
    if (v40 === void 0) return false;
    if (!(typeof v40 === "string")) return false;
  }
  {
    const v41 = x.requestTime;
    if (v41 === void 0) return false;
    if (!(typeof v41 === "string" && p2.test(v41))) return false;
  }
  {
    const v42 = x.failureReason;
    if (v42 !== void 0) {
      if (!(typeof v42 === "string")) return false;
    }
  }
  {
    const v43 = x.threshold;
    if (v43 !== void 0) {
      if (!(typeof v43 === "string")) return false;
    }
  }
  {
    const v44 = x.replicationTime;
    if (v44 !== void 0) {
      if (!(typeof v44 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.Records;
    if (v0 === void 0) return false;
    if (!Array.isArray(v0)) return false;
    if (!(v0.length >= 1)) return false;
    for (let v2 = 0; v2 < v0.length; v2++) {
      const v1 = v0[v2];
      if (!d_S3EventRecord(v1)) return false;
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

// s3.notification.strict.entry.ts
var validate = withStandardSchema(checked(check, s3_notification_strict_standalone_default), "s3.notification");
export {
  validate as default,
  validate
};
