// Generated from schemas/s3/notification.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.notification.standalone.js
var s3_notification_standalone_default = validate20;
var schema42 = { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "size": { "type": "integer" }, "eTag": { "type": "string" }, "versionId": { "type": ["string", "null"] }, "sequencer": { "type": "string" } } };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.ownerIdentity === void 0 && (missing0 = "ownerIdentity") || data.arn === void 0 && (missing0 = "arn")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.ownerIdentity !== void 0) {
            let data1 = data.ownerIdentity;
            const _errs3 = errors;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing1;
                if (data1.principalId === void 0 && (missing1 = "principalId")) {
                  validate23.errors = [{ instancePath: instancePath + "/ownerIdentity", schemaPath: "#/$defs/S3UserIdentity/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.principalId !== void 0) {
                    if (typeof data1.principalId !== "string") {
                      validate23.errors = [{ instancePath: instancePath + "/ownerIdentity/principalId", schemaPath: "#/$defs/S3UserIdentity/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              } else {
                validate23.errors = [{ instancePath: instancePath + "/ownerIdentity", schemaPath: "#/$defs/S3UserIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.arn !== void 0) {
              const _errs8 = errors;
              if (typeof data.arn !== "string") {
                validate23.errors = [{ instancePath: instancePath + "/arn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs8 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.s3SchemaVersion === void 0 && (missing0 = "s3SchemaVersion") || data.configurationId === void 0 && (missing0 = "configurationId") || data.bucket === void 0 && (missing0 = "bucket") || data.object === void 0 && (missing0 = "object")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.s3SchemaVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.s3SchemaVersion !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/s3SchemaVersion", schemaPath: "#/properties/s3SchemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate22.errors = [{ instancePath: instancePath + "/configurationId", schemaPath: "#/properties/configurationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.bucket !== void 0) {
              const _errs5 = errors;
              if (!validate23(data.bucket, { instancePath: instancePath + "/bucket", parentData: data, parentDataProperty: "bucket", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.object !== void 0) {
                let data3 = data.object;
                const _errs6 = errors;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    let missing1;
                    if (data3.key === void 0 && (missing1 = "key")) {
                      validate22.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/$defs/S3Object/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data3.key !== void 0) {
                        const _errs9 = errors;
                        if (typeof data3.key !== "string") {
                          validate22.errors = [{ instancePath: instancePath + "/object/key", schemaPath: "#/$defs/S3Object/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs9 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data3.size !== void 0) {
                          let data5 = data3.size;
                          const _errs11 = errors;
                          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                            validate22.errors = [{ instancePath: instancePath + "/object/size", schemaPath: "#/$defs/S3Object/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          var valid2 = _errs11 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data3.eTag !== void 0) {
                            const _errs13 = errors;
                            if (typeof data3.eTag !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/object/eTag", schemaPath: "#/$defs/S3Object/properties/eTag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs13 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data3.versionId !== void 0) {
                              let data7 = data3.versionId;
                              const _errs15 = errors;
                              if (typeof data7 !== "string" && data7 !== null) {
                                validate22.errors = [{ instancePath: instancePath + "/object/versionId", schemaPath: "#/$defs/S3Object/properties/versionId/type", keyword: "type", params: { type: schema42.properties.versionId.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid2 = _errs15 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data3.sequencer !== void 0) {
                                const _errs17 = errors;
                                if (typeof data3.sequencer !== "string") {
                                  validate22.errors = [{ instancePath: instancePath + "/object/sequencer", schemaPath: "#/$defs/S3Object/properties/sequencer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs17 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/$defs/S3Object/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.lifecycleRestorationExpiryTime === void 0 && (missing0 = "lifecycleRestorationExpiryTime") || data.lifecycleRestoreStorageClass === void 0 && (missing0 = "lifecycleRestoreStorageClass")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.lifecycleRestorationExpiryTime !== void 0) {
          const _errs1 = errors;
          if (typeof data.lifecycleRestorationExpiryTime !== "string") {
            validate27.errors = [{ instancePath: instancePath + "/lifecycleRestorationExpiryTime", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.lifecycleRestoreStorageClass !== void 0) {
            const _errs4 = errors;
            if (typeof data.lifecycleRestoreStorageClass !== "string") {
              validate27.errors = [{ instancePath: instancePath + "/lifecycleRestoreStorageClass", schemaPath: "#/properties/lifecycleRestoreStorageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.restoreEventData === void 0 && (missing0 = "restoreEventData")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.restoreEventData !== void 0) {
          if (!validate27(data.restoreEventData, { instancePath: instancePath + "/restoreEventData", parentData: data, parentDataProperty: "restoreEventData", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.replicationRuleId === void 0 && (missing0 = "replicationRuleId") || data.destinationBucket === void 0 && (missing0 = "destinationBucket") || data.s3Operation === void 0 && (missing0 = "s3Operation") || data.requestTime === void 0 && (missing0 = "requestTime")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.replicationRuleId !== void 0) {
          const _errs1 = errors;
          if (typeof data.replicationRuleId !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/replicationRuleId", schemaPath: "#/properties/replicationRuleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.destinationBucket !== void 0) {
            const _errs3 = errors;
            if (typeof data.destinationBucket !== "string") {
              validate30.errors = [{ instancePath: instancePath + "/destinationBucket", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.s3Operation !== void 0) {
              const _errs6 = errors;
              if (typeof data.s3Operation !== "string") {
                validate30.errors = [{ instancePath: instancePath + "/s3Operation", schemaPath: "#/properties/s3Operation/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.requestTime !== void 0) {
                const _errs8 = errors;
                if (typeof data.requestTime !== "string") {
                  validate30.errors = [{ instancePath: instancePath + "/requestTime", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.failureReason !== void 0) {
                  const _errs11 = errors;
                  if (typeof data.failureReason !== "string") {
                    validate30.errors = [{ instancePath: instancePath + "/failureReason", schemaPath: "#/properties/failureReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.threshold !== void 0) {
                    const _errs13 = errors;
                    if (typeof data.threshold !== "string") {
                      validate30.errors = [{ instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.replicationTime !== void 0) {
                      const _errs15 = errors;
                      if (typeof data.replicationTime !== "string") {
                        validate30.errors = [{ instancePath: instancePath + "/replicationTime", schemaPath: "#/properties/replicationTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
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
    } else {
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.eventVersion === void 0 && (missing0 = "eventVersion") || data.eventSource === void 0 && (missing0 = "eventSource") || data.awsRegion === void 0 && (missing0 = "awsRegion") || data.eventTime === void 0 && (missing0 = "eventTime") || data.eventName === void 0 && (missing0 = "eventName") || data.userIdentity === void 0 && (missing0 = "userIdentity") || data.requestParameters === void 0 && (missing0 = "requestParameters") || data.responseElements === void 0 && (missing0 = "responseElements") || data.s3 === void 0 && (missing0 = "s3")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.eventVersion !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventSource !== void 0) {
            const _errs3 = errors;
            if ("aws:s3" !== data.eventSource) {
              validate21.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:s3" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.awsRegion !== void 0) {
              const _errs4 = errors;
              if (typeof data.awsRegion !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/awsRegion", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.eventTime !== void 0) {
                const _errs7 = errors;
                if (typeof data.eventTime !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/eventTime", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.eventName !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.eventName !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.userIdentity !== void 0) {
                    let data5 = data.userIdentity;
                    const _errs12 = errors;
                    const _errs13 = errors;
                    if (errors === _errs13) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        let missing1;
                        if (data5.principalId === void 0 && (missing1 = "principalId")) {
                          validate21.errors = [{ instancePath: instancePath + "/userIdentity", schemaPath: "#/$defs/S3UserIdentity/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          if (data5.principalId !== void 0) {
                            if (typeof data5.principalId !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/userIdentity/principalId", schemaPath: "#/$defs/S3UserIdentity/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/userIdentity", schemaPath: "#/$defs/S3UserIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.requestParameters !== void 0) {
                      let data7 = data.requestParameters;
                      const _errs17 = errors;
                      const _errs18 = errors;
                      if (errors === _errs18) {
                        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                          let missing2;
                          if (data7.sourceIPAddress === void 0 && (missing2 = "sourceIPAddress")) {
                            validate21.errors = [{ instancePath: instancePath + "/requestParameters", schemaPath: "#/$defs/S3RequestParameters/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                            return false;
                          } else {
                            if (data7.sourceIPAddress !== void 0) {
                              if (typeof data7.sourceIPAddress !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/requestParameters/sourceIPAddress", schemaPath: "#/$defs/S3RequestParameters/properties/sourceIPAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/requestParameters", schemaPath: "#/$defs/S3RequestParameters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs17 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.responseElements !== void 0) {
                        let data9 = data.responseElements;
                        const _errs22 = errors;
                        const _errs23 = errors;
                        if (errors === _errs23) {
                          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            let missing3;
                            if (data9["x-amz-request-id"] === void 0 && (missing3 = "x-amz-request-id") || data9["x-amz-id-2"] === void 0 && (missing3 = "x-amz-id-2")) {
                              validate21.errors = [{ instancePath: instancePath + "/responseElements", schemaPath: "#/$defs/S3ResponseElements/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                              return false;
                            } else {
                              if (data9["x-amz-request-id"] !== void 0) {
                                const _errs25 = errors;
                                if (typeof data9["x-amz-request-id"] !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/responseElements/x-amz-request-id", schemaPath: "#/$defs/S3ResponseElements/properties/x-amz-request-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid8 = _errs25 === errors;
                              } else {
                                var valid8 = true;
                              }
                              if (valid8) {
                                if (data9["x-amz-id-2"] !== void 0) {
                                  const _errs27 = errors;
                                  if (typeof data9["x-amz-id-2"] !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/responseElements/x-amz-id-2", schemaPath: "#/$defs/S3ResponseElements/properties/x-amz-id-2/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid8 = _errs27 === errors;
                                } else {
                                  var valid8 = true;
                                }
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/responseElements", schemaPath: "#/$defs/S3ResponseElements/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs22 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.s3 !== void 0) {
                          const _errs29 = errors;
                          if (!validate22(data.s3, { instancePath: instancePath + "/s3", parentData: data, parentDataProperty: "s3", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs29 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.glacierEventData !== void 0) {
                            const _errs30 = errors;
                            if (!validate26(data.glacierEventData, { instancePath: instancePath + "/glacierEventData", parentData: data, parentDataProperty: "glacierEventData", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs30 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.lifecycleEventData !== void 0) {
                              let data14 = data.lifecycleEventData;
                              const _errs31 = errors;
                              const _errs32 = errors;
                              if (errors === _errs32) {
                                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                  let missing4;
                                  if (data14.transitionEventData === void 0 && (missing4 = "transitionEventData")) {
                                    validate21.errors = [{ instancePath: instancePath + "/lifecycleEventData", schemaPath: "#/$defs/S3LifecycleEventData/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                    return false;
                                  } else {
                                    if (data14.transitionEventData !== void 0) {
                                      let data15 = data14.transitionEventData;
                                      const _errs34 = errors;
                                      if (errors === _errs34) {
                                        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                          let missing5;
                                          if (data15.destinationStorageClass === void 0 && (missing5 = "destinationStorageClass")) {
                                            validate21.errors = [{ instancePath: instancePath + "/lifecycleEventData/transitionEventData", schemaPath: "#/$defs/S3LifecycleEventData/properties/transitionEventData/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                            return false;
                                          } else {
                                            if (data15.destinationStorageClass !== void 0) {
                                              if (typeof data15.destinationStorageClass !== "string") {
                                                validate21.errors = [{ instancePath: instancePath + "/lifecycleEventData/transitionEventData/destinationStorageClass", schemaPath: "#/$defs/S3LifecycleEventData/properties/transitionEventData/properties/destinationStorageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                          }
                                        } else {
                                          validate21.errors = [{ instancePath: instancePath + "/lifecycleEventData/transitionEventData", schemaPath: "#/$defs/S3LifecycleEventData/properties/transitionEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/lifecycleEventData", schemaPath: "#/$defs/S3LifecycleEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs31 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.intelligentTieringEventData !== void 0) {
                                let data17 = data.intelligentTieringEventData;
                                const _errs38 = errors;
                                const _errs39 = errors;
                                if (errors === _errs39) {
                                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                    let missing6;
                                    if (data17.destinationAccessTier === void 0 && (missing6 = "destinationAccessTier")) {
                                      validate21.errors = [{ instancePath: instancePath + "/intelligentTieringEventData", schemaPath: "#/$defs/S3IntelligentTieringEventData/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                      return false;
                                    } else {
                                      if (data17.destinationAccessTier !== void 0) {
                                        if (typeof data17.destinationAccessTier !== "string") {
                                          validate21.errors = [{ instancePath: instancePath + "/intelligentTieringEventData/destinationAccessTier", schemaPath: "#/$defs/S3IntelligentTieringEventData/properties/destinationAccessTier/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                    }
                                  } else {
                                    validate21.errors = [{ instancePath: instancePath + "/intelligentTieringEventData", schemaPath: "#/$defs/S3IntelligentTieringEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs38 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.replicationEventData !== void 0) {
                                  const _errs43 = errors;
                                  if (!validate30(data.replicationEventData, { instancePath: instancePath + "/replicationEventData", parentData: data, parentDataProperty: "replicationEventData", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs43 === errors;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Records === void 0 && (missing0 = "Records")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Records !== void 0) {
          let data0 = data.Records;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs3 = errors;
                if (!validate21(data0[i0], { instancePath: instancePath + "/Records/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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
validate20.evaluated = { "props": { "Records": true }, "dynamicProps": false, "dynamicItems": false };

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

// s3.notification.entry.ts
withStandardSchema(s3_notification_standalone_default, "s3.notification");
export {
  s3_notification_standalone_default as default,
  s3_notification_standalone_default as validate
};
