// Generated from schemas/cloudwatch/logs-data-in-firehose.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.logs-data-in-firehose.strict.standalone.js
var outer = validate20;
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
var pattern6 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
var pattern7 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
var pattern8 = new RegExp("^[0-9]+$", "u");
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
      if (data.shardId === void 0 && (missing0 = "shardId") || data.partitionKey === void 0 && (missing0 = "partitionKey") || data.approximateArrivalTimestamp === void 0 && (missing0 = "approximateArrivalTimestamp") || data.sequenceNumber === void 0 && (missing0 = "sequenceNumber")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.shardId !== void 0) {
          const _errs1 = errors;
          if (typeof data.shardId !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/shardId", schemaPath: "#/properties/shardId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate23.errors = [{ instancePath: instancePath + "/partitionKey", schemaPath: "#/properties/partitionKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.approximateArrivalTimestamp !== void 0) {
              let data2 = data.approximateArrivalTimestamp;
              const _errs5 = errors;
              const _errs6 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                validate23.errors = [{ instancePath: instancePath + "/approximateArrivalTimestamp", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              if (errors === _errs6) {
                if (typeof data2 == "number" && isFinite(data2)) {
                  if (data2 < 0 || isNaN(data2)) {
                    validate23.errors = [{ instancePath: instancePath + "/approximateArrivalTimestamp", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sequenceNumber !== void 0) {
                let data3 = data.sequenceNumber;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (typeof data3 === "string") {
                    if (!pattern8.test(data3)) {
                      validate23.errors = [{ instancePath: instancePath + "/sequenceNumber", schemaPath: "#/properties/sequenceNumber/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' }];
                      return false;
                    }
                  } else {
                    validate23.errors = [{ instancePath: instancePath + "/sequenceNumber", schemaPath: "#/properties/sequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.subsequenceNumber !== void 0) {
                  let data4 = data.subsequenceNumber;
                  const _errs10 = errors;
                  const _errs11 = errors;
                  let valid2 = false;
                  const _errs12 = errors;
                  if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                    const err0 = { instancePath: instancePath + "/subsequenceNumber", schemaPath: "#/properties/subsequenceNumber/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  if (errors === _errs12) {
                    if (typeof data4 == "number" && isFinite(data4)) {
                      if (data4 < 0 || isNaN(data4)) {
                        const err1 = { instancePath: instancePath + "/subsequenceNumber", schemaPath: "#/properties/subsequenceNumber/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                    }
                  }
                  var _valid0 = _errs12 === errors;
                  valid2 = valid2 || _valid0;
                  const _errs14 = errors;
                  if (errors === _errs14) {
                    if (typeof data4 === "string") {
                      if (!pattern8.test(data4)) {
                        const err2 = { instancePath: instancePath + "/subsequenceNumber", schemaPath: "#/properties/subsequenceNumber/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                      }
                    } else {
                      const err3 = { instancePath: instancePath + "/subsequenceNumber", schemaPath: "#/properties/subsequenceNumber/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err3];
                      } else {
                        vErrors.push(err3);
                      }
                      errors++;
                    }
                  }
                  var _valid0 = _errs14 === errors;
                  valid2 = valid2 || _valid0;
                  if (!valid2) {
                    const err4 = { instancePath: instancePath + "/subsequenceNumber", schemaPath: "#/properties/subsequenceNumber/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                    validate23.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs11;
                    if (vErrors !== null) {
                      if (_errs11) {
                        vErrors.length = _errs11;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
              }
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
validate23.evaluated = { "props": { "shardId": true, "partitionKey": true, "approximateArrivalTimestamp": true, "sequenceNumber": true, "subsequenceNumber": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.recordId === void 0 && (missing0 = "recordId") || data.approximateArrivalTimestamp === void 0 && (missing0 = "approximateArrivalTimestamp") || data.data === void 0 && (missing0 = "data")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.recordId !== void 0) {
          const _errs1 = errors;
          if (typeof data.recordId !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/recordId", schemaPath: "#/properties/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.approximateArrivalTimestamp !== void 0) {
            let data1 = data.approximateArrivalTimestamp;
            const _errs3 = errors;
            const _errs4 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate22.errors = [{ instancePath: instancePath + "/approximateArrivalTimestamp", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs4) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 < 0 || isNaN(data1)) {
                  validate22.errors = [{ instancePath: instancePath + "/approximateArrivalTimestamp", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== void 0) {
              let data2 = data.data;
              const _errs6 = errors;
              const _errs7 = errors;
              if (errors === _errs7) {
                if (typeof data2 === "string") {
                  if (!pattern7.test(data2)) {
                    validate22.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/$defs/Base64String/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' }];
                    return false;
                  }
                } else {
                  validate22.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.kinesisRecordMetadata !== void 0) {
                const _errs9 = errors;
                if (!validate23(data.kinesisRecordMetadata, { instancePath: instancePath + "/kinesisRecordMetadata", parentData: data, parentDataProperty: "kinesisRecordMetadata", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs9 === errors;
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
validate22.evaluated = { "props": { "recordId": true, "approximateArrivalTimestamp": true, "data": true, "kinesisRecordMetadata": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.invocationId === void 0 && (missing0 = "invocationId") || data.deliveryStreamArn === void 0 && (missing0 = "deliveryStreamArn") || data.region === void 0 && (missing0 = "region") || data.records === void 0 && (missing0 = "records")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.invocationId !== void 0) {
          const _errs1 = errors;
          if (typeof data.invocationId !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/invocationId", schemaPath: "#/properties/invocationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.deliveryStreamArn !== void 0) {
            let data1 = data.deliveryStreamArn;
            const _errs3 = errors;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (typeof data1 === "string") {
                if (!pattern4.test(data1)) {
                  validate21.errors = [{ instancePath: instancePath + "/deliveryStreamArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                  return false;
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/deliveryStreamArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sourceKinesisStreamArn !== void 0) {
              let data2 = data.sourceKinesisStreamArn;
              const _errs6 = errors;
              const _errs7 = errors;
              if (errors === _errs7) {
                if (typeof data2 === "string") {
                  if (!pattern4.test(data2)) {
                    validate21.errors = [{ instancePath: instancePath + "/sourceKinesisStreamArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                    return false;
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/sourceKinesisStreamArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.region !== void 0) {
                let data3 = data.region;
                const _errs9 = errors;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (typeof data3 === "string") {
                    if (!pattern6.test(data3)) {
                      validate21.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
                      return false;
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.records !== void 0) {
                  let data4 = data.records;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (Array.isArray(data4)) {
                      if (data4.length < 1) {
                        validate21.errors = [{ instancePath: instancePath + "/records", schemaPath: "#/properties/records/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                        return false;
                      } else {
                        var valid4 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs14 = errors;
                          if (!validate22(data4[i0], { instancePath: instancePath + "/records/" + i0, parentData: data4, parentDataProperty: i0, rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                            errors = vErrors.length;
                          }
                          var valid4 = _errs14 === errors;
                          if (!valid4) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/records", schemaPath: "#/properties/records/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
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
validate21.evaluated = { "props": { "invocationId": true, "deliveryStreamArn": true, "sourceKinesisStreamArn": true, "region": true, "records": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "invocationId": true, "deliveryStreamArn": true, "sourceKinesisStreamArn": true, "region": true, "records": true }, "dynamicProps": false, "dynamicItems": false };
var carried0_0 = validate27;
var schema42 = { "type": "object", "required": ["messageType", "owner", "logGroup", "logStream", "subscriptionFilters", "logEvents"], "properties": { "messageType": { "enum": ["DATA_MESSAGE", "CONTROL_MESSAGE"] }, "owner": { "type": "string" }, "logGroup": { "type": "string" }, "logStream": { "type": "string" }, "subscriptionFilters": { "type": "array", "items": { "type": "string" } }, "logEvents": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchLogsLogEvent" } }, "policyLevel": { "type": "string" } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.timestamp === void 0 && (missing0 = "timestamp") || data.message === void 0 && (missing0 = "message")) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          const _errs1 = errors;
          if (typeof data.id !== "string") {
            validate29.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.timestamp !== void 0) {
            let data1 = data.timestamp;
            const _errs3 = errors;
            const _errs4 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate29.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs4) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 < 0 || isNaN(data1)) {
                  validate29.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.message !== void 0) {
              const _errs6 = errors;
              if (typeof data.message !== "string") {
                validate29.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.extractedFields !== void 0) {
                let data3 = data.extractedFields;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      const _errs11 = errors;
                      if (typeof data3[key0] !== "string") {
                        validate29.errors = [{ instancePath: instancePath + "/extractedFields/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/extractedFields/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs11 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate29.errors = [{ instancePath: instancePath + "/extractedFields", schemaPath: "#/properties/extractedFields/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
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
    } else {
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": { "id": true, "timestamp": true, "message": true, "extractedFields": true }, "dynamicProps": false, "dynamicItems": false };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.messageType === void 0 && (missing0 = "messageType") || data.owner === void 0 && (missing0 = "owner") || data.logGroup === void 0 && (missing0 = "logGroup") || data.logStream === void 0 && (missing0 = "logStream") || data.subscriptionFilters === void 0 && (missing0 = "subscriptionFilters") || data.logEvents === void 0 && (missing0 = "logEvents")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageType !== void 0) {
          let data0 = data.messageType;
          const _errs1 = errors;
          if (!(data0 === "DATA_MESSAGE" || data0 === "CONTROL_MESSAGE")) {
            validate28.errors = [{ instancePath: instancePath + "/messageType", schemaPath: "#/properties/messageType/enum", keyword: "enum", params: { allowedValues: schema42.properties.messageType.enum }, message: "must be equal to one of the allowed values" }];
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
              validate28.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate28.errors = [{ instancePath: instancePath + "/logGroup", schemaPath: "#/properties/logGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate28.errors = [{ instancePath: instancePath + "/logStream", schemaPath: "#/properties/logStream/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate28.errors = [{ instancePath: instancePath + "/subscriptionFilters/" + i0, schemaPath: "#/properties/subscriptionFilters/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs10 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate28.errors = [{ instancePath: instancePath + "/subscriptionFilters", schemaPath: "#/properties/subscriptionFilters/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                          if (!validate29(data6[i1], { instancePath: instancePath + "/logEvents/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs14 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      } else {
                        validate28.errors = [{ instancePath: instancePath + "/logEvents", schemaPath: "#/properties/logEvents/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                        validate28.errors = [{ instancePath: instancePath + "/policyLevel", schemaPath: "#/properties/policyLevel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": { "messageType": true, "owner": true, "logGroup": true, "logStream": true, "subscriptionFilters": true, "logEvents": true, "policyLevel": true }, "dynamicProps": false, "dynamicItems": false };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate28(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
    errors = vErrors.length;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": { "messageType": true, "owner": true, "logGroup": true, "logStream": true, "subscriptionFilters": true, "logEvents": true, "policyLevel": true }, "dynamicProps": false, "dynamicItems": false };

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
function checkCarried(root, carries, check, firstProblem = false) {
  const out = [];
  for (let n = 0; n < carries.length; n++) {
    const c = carries[n];
    for (const { pointer, value } of valuesAt(root, c.at)) {
      const decoded = decodeValue(value, c.decode);
      let problem;
      if (decoded.error !== void 0) {
        problem = { code: "E_DECODE", pointer, carry: n, message: `carried payload ${decoded.error} (${c.decode.join(" \u2192 ")})`, params: { steps: c.decode } };
      } else {
        const inner = check(n, decoded.value);
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
function withCarried(outer2, carries, checks) {
  const check = (n, value) => {
    const alternatives = checks[n];
    for (const v of alternatives) if (v(value)) return null;
    return alternatives[0].errors?.[0];
  };
  const validate2 = ((data) => {
    if (!outer2(data)) {
      validate2.errors = outer2.errors;
      return false;
    }
    const failed = checkCarried(data, carries, check, true).find((p) => !p.ok);
    validate2.errors = failed ? [carriedError(failed.problem)] : null;
    return !failed;
  });
  validate2.errors = null;
  validate2.carried = { carries, check };
  return validate2;
}

// cloudwatch.logs-data-in-firehose.strict.entry.ts
var validate = withCarried(outer, [{ "at": "/records/*/data", "decode": ["base64", "gzip", "json"], "id": ["cloudwatch.logs-data"] }], [[carried0_0]]);
withStandardSchema(validate, "cloudwatch.logs-data-in-firehose");
export {
  validate as default,
  validate
};
