// Generated from schemas/cloudwatch/logs-data-in-firehose.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.logs-data-in-firehose.standalone.js
var outer = validate21;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
    return false;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.shardId === void 0 && (missing0 = "shardId") || data.partitionKey === void 0 && (missing0 = "partitionKey") || data.approximateArrivalTimestamp === void 0 && (missing0 = "approximateArrivalTimestamp") || data.sequenceNumber === void 0 && (missing0 = "sequenceNumber")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.shardId !== void 0) {
          const _errs1 = errors;
          if (typeof data.shardId !== "string") {
            validate33.errors = [{ instancePath: instancePath + "/shardId", schemaPath: "#/properties/shardId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.partitionKey !== void 0) {
            const _errs3 = errors;
            if (typeof data.partitionKey !== "string") {
              validate33.errors = [{ instancePath: instancePath + "/partitionKey", schemaPath: "#/properties/partitionKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.approximateArrivalTimestamp !== void 0) {
              const _errs5 = errors;
              if (!validate29(data.approximateArrivalTimestamp, { instancePath: instancePath + "/approximateArrivalTimestamp", parentData: data, parentDataProperty: "approximateArrivalTimestamp", rootData })) {
                vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sequenceNumber !== void 0) {
                const _errs6 = errors;
                if (typeof data.sequenceNumber !== "string") {
                  validate33.errors = [{ instancePath: instancePath + "/sequenceNumber", schemaPath: "#/properties/sequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.subsequenceNumber !== void 0) {
                  let data4 = data.subsequenceNumber;
                  const _errs8 = errors;
                  const _errs9 = errors;
                  let valid1 = false;
                  const _errs10 = errors;
                  if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                    const err0 = { instancePath: instancePath + "/subsequenceNumber", schemaPath: "#/properties/subsequenceNumber/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs10 === errors;
                  valid1 = valid1 || _valid0;
                  if (!valid1) {
                    const _errs12 = errors;
                    if (typeof data4 !== "string") {
                      const err1 = { instancePath: instancePath + "/subsequenceNumber", schemaPath: "#/properties/subsequenceNumber/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err1];
                      } else {
                        vErrors.push(err1);
                      }
                      errors++;
                    }
                    var _valid0 = _errs12 === errors;
                    valid1 = valid1 || _valid0;
                  }
                  if (!valid1) {
                    const err2 = { instancePath: instancePath + "/subsequenceNumber", schemaPath: "#/properties/subsequenceNumber/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate33.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs9;
                    if (vErrors !== null) {
                      if (_errs9) {
                        vErrors.length = _errs9;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
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
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.recordId === void 0 && (missing0 = "recordId") || data.approximateArrivalTimestamp === void 0 && (missing0 = "approximateArrivalTimestamp") || data.data === void 0 && (missing0 = "data")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.recordId !== void 0) {
          const _errs1 = errors;
          if (typeof data.recordId !== "string") {
            validate28.errors = [{ instancePath: instancePath + "/recordId", schemaPath: "#/properties/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.approximateArrivalTimestamp !== void 0) {
            const _errs3 = errors;
            if (!validate29(data.approximateArrivalTimestamp, { instancePath: instancePath + "/approximateArrivalTimestamp", parentData: data, parentDataProperty: "approximateArrivalTimestamp", rootData })) {
              vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== void 0) {
              const _errs4 = errors;
              if (!validate31(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData })) {
                vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.kinesisRecordMetadata !== void 0) {
                const _errs5 = errors;
                if (!validate33(data.kinesisRecordMetadata, { instancePath: instancePath + "/kinesisRecordMetadata", parentData: data, parentDataProperty: "kinesisRecordMetadata", rootData })) {
                  vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
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
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.invocationId === void 0 && (missing0 = "invocationId") || data.deliveryStreamArn === void 0 && (missing0 = "deliveryStreamArn") || data.region === void 0 && (missing0 = "region") || data.records === void 0 && (missing0 = "records")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.invocationId !== void 0) {
          const _errs1 = errors;
          if (typeof data.invocationId !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/invocationId", schemaPath: "#/properties/invocationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.deliveryStreamArn !== void 0) {
            const _errs3 = errors;
            if (!validate23(data.deliveryStreamArn, { instancePath: instancePath + "/deliveryStreamArn", parentData: data, parentDataProperty: "deliveryStreamArn", rootData })) {
              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sourceKinesisStreamArn !== void 0) {
              const _errs4 = errors;
              if (!validate23(data.sourceKinesisStreamArn, { instancePath: instancePath + "/sourceKinesisStreamArn", parentData: data, parentDataProperty: "sourceKinesisStreamArn", rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.region !== void 0) {
                const _errs5 = errors;
                if (!validate26(data.region, { instancePath: instancePath + "/region", parentData: data, parentDataProperty: "region", rootData })) {
                  vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.records !== void 0) {
                  let data4 = data.records;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (Array.isArray(data4)) {
                      var valid1 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs8 = errors;
                        if (!validate28(data4[i0], { instancePath: instancePath + "/records/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
                          vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs8 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate22.errors = [{ instancePath: instancePath + "/records", schemaPath: "#/properties/records/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var carried0_0 = validate38;
var schema15 = { "type": "object", "required": ["messageType", "owner", "logGroup", "logStream", "subscriptionFilters", "logEvents"], "properties": { "messageType": { "enum": ["DATA_MESSAGE", "CONTROL_MESSAGE"] }, "owner": { "type": "string" }, "logGroup": { "type": "string" }, "logStream": { "type": "string" }, "subscriptionFilters": { "type": "array", "items": { "type": "string" } }, "logEvents": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchLogsLogEvent" } }, "policyLevel": { "type": "string" } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate41.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
    return false;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.timestamp === void 0 && (missing0 = "timestamp") || data.message === void 0 && (missing0 = "message")) {
        validate40.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          const _errs1 = errors;
          if (typeof data.id !== "string") {
            validate40.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.timestamp !== void 0) {
            const _errs3 = errors;
            if (!validate41(data.timestamp, { instancePath: instancePath + "/timestamp", parentData: data, parentDataProperty: "timestamp", rootData })) {
              vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.message !== void 0) {
              const _errs4 = errors;
              if (typeof data.message !== "string") {
                validate40.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.extractedFields !== void 0) {
                let data3 = data.extractedFields;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      const _errs9 = errors;
                      if (typeof data3[key0] !== "string") {
                        validate40.errors = [{ instancePath: instancePath + "/extractedFields/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/extractedFields/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs9 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate40.errors = [{ instancePath: instancePath + "/extractedFields", schemaPath: "#/properties/extractedFields/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate40.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.messageType === void 0 && (missing0 = "messageType") || data.owner === void 0 && (missing0 = "owner") || data.logGroup === void 0 && (missing0 = "logGroup") || data.logStream === void 0 && (missing0 = "logStream") || data.subscriptionFilters === void 0 && (missing0 = "subscriptionFilters") || data.logEvents === void 0 && (missing0 = "logEvents")) {
        validate39.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageType !== void 0) {
          let data0 = data.messageType;
          const _errs1 = errors;
          if (!(data0 === "DATA_MESSAGE" || data0 === "CONTROL_MESSAGE")) {
            validate39.errors = [{ instancePath: instancePath + "/messageType", schemaPath: "#/properties/messageType/enum", keyword: "enum", params: { allowedValues: schema15.properties.messageType.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.owner !== void 0) {
            const _errs2 = errors;
            if (typeof data.owner !== "string") {
              validate39.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.logGroup !== void 0) {
              const _errs4 = errors;
              if (typeof data.logGroup !== "string") {
                validate39.errors = [{ instancePath: instancePath + "/logGroup", schemaPath: "#/properties/logGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.logStream !== void 0) {
                const _errs6 = errors;
                if (typeof data.logStream !== "string") {
                  validate39.errors = [{ instancePath: instancePath + "/logStream", schemaPath: "#/properties/logStream/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.subscriptionFilters !== void 0) {
                  let data4 = data.subscriptionFilters;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (Array.isArray(data4)) {
                      var valid1 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs10 = errors;
                        if (typeof data4[i0] !== "string") {
                          validate39.errors = [{ instancePath: instancePath + "/subscriptionFilters/" + i0, schemaPath: "#/properties/subscriptionFilters/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs10 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate39.errors = [{ instancePath: instancePath + "/subscriptionFilters", schemaPath: "#/properties/subscriptionFilters/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.logEvents !== void 0) {
                    let data6 = data.logEvents;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (Array.isArray(data6)) {
                        var valid2 = true;
                        const len1 = data6.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          const _errs14 = errors;
                          if (!validate40(data6[i1], { instancePath: instancePath + "/logEvents/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
                            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs14 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      } else {
                        validate39.errors = [{ instancePath: instancePath + "/logEvents", schemaPath: "#/properties/logEvents/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.policyLevel !== void 0) {
                      const _errs15 = errors;
                      if (typeof data.policyLevel !== "string") {
                        validate39.errors = [{ instancePath: instancePath + "/policyLevel", schemaPath: "#/properties/policyLevel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate39(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
    errors = vErrors.length;
  }
  validate38.errors = vErrors;
  return errors === 0;
}

// check:cloudwatch.logs-data-in-firehose.check.js
function d_FirehoseTransformationBatch(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.invocationId;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.deliveryStreamArn;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.sourceKinesisStreamArn;
    if (v2 !== void 0) {
      if (!(typeof v2 === "string")) return false;
    }
  }
  {
    const v3 = x.region;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.records;
    if (v4 === void 0) return false;
    if (!Array.isArray(v4)) return false;
    for (let v6 = 0; v6 < v4.length; v6++) {
      const v5 = v4[v6];
      if (!d_FirehoseTransformationRecord(v5)) return false;
    }
  }
  return true;
}
function d_FirehoseTransformationRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v7 = x.recordId;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.approximateArrivalTimestamp;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "number" && !(v8 % 1) && !isNaN(v8) && isFinite(v8))) return false;
  }
  {
    const v9 = x.data;
    if (v9 === void 0) return false;
    if (!(typeof v9 === "string")) return false;
  }
  {
    const v10 = x.kinesisRecordMetadata;
    if (v10 !== void 0) {
      if (!d_FirehoseKinesisRecordMetadata(v10)) return false;
    }
  }
  return true;
}
function d_FirehoseKinesisRecordMetadata(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v11 = x.shardId;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  {
    const v12 = x.partitionKey;
    if (v12 === void 0) return false;
    if (!(typeof v12 === "string")) return false;
  }
  {
    const v13 = x.approximateArrivalTimestamp;
    if (v13 === void 0) return false;
    if (!(typeof v13 === "number" && !(v13 % 1) && !isNaN(v13) && isFinite(v13))) return false;
  }
  {
    const v14 = x.sequenceNumber;
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string")) return false;
  }
  {
    const v15 = x.subsequenceNumber;
    if (v15 !== void 0) {
      if (!(typeof v15 === "number" && !(v15 % 1) && !isNaN(v15) && isFinite(v15) || typeof v15 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!d_FirehoseTransformationBatch(x)) return false;
  return true;
}

// check0_0:cloudwatch.logs-data-in-firehose.check0_0.js
function d_CloudWatchLogsData(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.messageType;
    if (v0 === void 0) return false;
    if (!(v0 === "DATA_MESSAGE" || v0 === "CONTROL_MESSAGE")) return false;
  }
  {
    const v1 = x.owner;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.logGroup;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.logStream;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.subscriptionFilters;
    if (v4 === void 0) return false;
    if (!Array.isArray(v4)) return false;
    for (let v6 = 0; v6 < v4.length; v6++) {
      const v5 = v4[v6];
      if (!(typeof v5 === "string")) return false;
    }
  }
  {
    const v7 = x.logEvents;
    if (v7 === void 0) return false;
    if (!Array.isArray(v7)) return false;
    for (let v9 = 0; v9 < v7.length; v9++) {
      const v8 = v7[v9];
      if (!d_CloudWatchLogsLogEvent(v8)) return false;
    }
  }
  {
    const v16 = x.policyLevel;
    if (v16 !== void 0) {
      if (!(typeof v16 === "string")) return false;
    }
  }
  return true;
}
function d_CloudWatchLogsLogEvent(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v10 = x.id;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "string")) return false;
  }
  {
    const v11 = x.timestamp;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "number" && !(v11 % 1) && !isNaN(v11) && isFinite(v11))) return false;
  }
  {
    const v12 = x.message;
    if (v12 === void 0) return false;
    if (!(typeof v12 === "string")) return false;
  }
  {
    const v13 = x.extractedFields;
    if (v13 !== void 0) {
      if (!(v13 !== null && typeof v13 === "object" && !Array.isArray(v13))) return false;
      for (const v14 in v13) {
        const v15 = v13[v14];
        if (!(typeof v15 === "string")) return false;
      }
    }
  }
  return true;
}
function check2(x) {
  if (!d_CloudWatchLogsData(x)) return false;
  return true;
}

// generator/runtime/ajv/checked.ts
function checked(check3, report) {
  function validate2(value) {
    if (check3(value)) {
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
var escapeToken = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
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

// generator/runtime/carried.ts
import { gunzipSync } from "node:zlib";
var own = Object.prototype.hasOwnProperty;
function valuesAt(root, at) {
  const segments = tokens(at);
  let frontier = [{ pointer: "", value: root }];
  for (const segment of segments) {
    const next = [];
    for (const { pointer, value } of frontier) {
      if (segment === "*" && Array.isArray(value)) value.forEach((v, i) => next.push({ pointer: `${pointer}/${i}`, value: v }));
      else if (value !== null && typeof value === "object" && own.call(value, segment))
        next.push({ pointer: `${pointer}/${escapeToken(segment)}`, value: value[segment] });
    }
    frontier = next;
  }
  return frontier;
}
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function decodeValue(input, steps, maxBytes = 256 * 1024 * 1024) {
  let current = input;
  for (const step of steps) {
    try {
      if (step === "base64") {
        if (typeof current !== "string") return { error: "expected a base64 string" };
        if (current.length % 4 !== 0 || !BASE64.test(current)) return { error: "is not valid base64" };
        current = Buffer.from(current, "base64");
      } else if (step === "gzip") {
        if (!(current instanceof Uint8Array)) return { error: "expected bytes to gunzip" };
        current = gunzipSync(current, { maxOutputLength: maxBytes });
      } else {
        const text = current instanceof Uint8Array ? new TextDecoder("utf-8", { fatal: true }).decode(current) : current;
        if (typeof text !== "string") return { error: "expected JSON text" };
        current = JSON.parse(text);
      }
    } catch (error) {
      return { error: `${step} decoding failed: ${error.message}` };
    }
  }
  return { value: current };
}
function checkCarried(root, carries, check3, firstProblem = false) {
  const out = [];
  for (let n = 0; n < carries.length; n++) {
    const c = carries[n];
    for (const { pointer, value } of valuesAt(root, c.at)) {
      const decoded = decodeValue(value, c.decode);
      let problem;
      if (decoded.error !== void 0) {
        problem = { code: "E_DECODE", pointer, carry: n, message: `carried payload ${decoded.error} (${c.decode.join(" \u2192 ")})`, params: { steps: c.decode } };
      } else {
        const inner = check3(n, decoded.value);
        if (inner === null) {
          out.push({ pointer, carry: n, ok: true, value: decoded.value });
          continue;
        }
        const expected = c.def !== void 0 ? [c.def] : [...c.id ?? []];
        const where = `${inner?.instancePath || "/"} ${inner?.message ?? ""}`.trim();
        const message = c.def !== void 0 ? `carried ${c.def} is invalid: ${where}` : `carried payload is not a valid ${expected.join(" or ")}: ${where}`;
        problem = { code: "E_NESTED", pointer, carry: n, message, params: { expected, inner } };
      }
      out.push({ pointer, carry: n, ok: false, problem });
      if (firstProblem) return out;
    }
  }
  return out;
}
function carriedProblems(root, carries, check3, firstOnly = false) {
  return checkCarried(root, carries, check3, firstOnly).flatMap((p) => p.ok ? [] : [p.problem]);
}
function carriedError(p) {
  return {
    instancePath: p.pointer + (p.params.inner?.instancePath ?? ""),
    schemaPath: `#/x-lambda/carries/${p.carry}`,
    // The registry keyword that failed; params.code says how (E_DECODE or E_NESTED), as the CLI does.
    keyword: "carries",
    params: { code: p.code, payload: p.pointer, ...p.params },
    message: p.message
  };
}
function withCarried(outer2, carries, checks, every = false) {
  const check3 = (n, value) => {
    const alternatives = checks[n];
    for (const v of alternatives) if (v(value)) return null;
    return alternatives[0].errors?.[0];
  };
  const validate2 = ((data) => {
    if (!outer2(data)) {
      validate2.errors = outer2.errors;
      return false;
    }
    const failed = carriedProblems(data, carries, check3, !every);
    validate2.errors = failed.length > 0 ? failed.map(carriedError) : null;
    return failed.length === 0;
  });
  validate2.errors = null;
  validate2.carried = { carries, check: check3 };
  return validate2;
}

// cloudwatch.logs-data-in-firehose.entry.ts
var validate = withCarried(checked(check, outer), [{ "at": "/records/*/data", "decode": ["base64", "gzip", "json"], "id": ["cloudwatch.logs-data"] }], [[checked(check2, carried0_0)]]);
withStandardSchema(validate, "cloudwatch.logs-data-in-firehose");
export {
  validate as default,
  validate
};
