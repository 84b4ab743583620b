// Generated from schemas/cloudwatch/logs-data-in-kinesis.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.logs-data-in-kinesis.standalone.js
var outer = validate20;
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
      if (data.kinesisSchemaVersion === void 0 && (missing0 = "kinesisSchemaVersion") || data.partitionKey === void 0 && (missing0 = "partitionKey") || data.sequenceNumber === void 0 && (missing0 = "sequenceNumber") || data.data === void 0 && (missing0 = "data") || data.approximateArrivalTimestamp === void 0 && (missing0 = "approximateArrivalTimestamp")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.kinesisSchemaVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.kinesisSchemaVersion !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/kinesisSchemaVersion", schemaPath: "#/properties/kinesisSchemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate22.errors = [{ instancePath: instancePath + "/partitionKey", schemaPath: "#/properties/partitionKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sequenceNumber !== void 0) {
              const _errs5 = errors;
              if (typeof data.sequenceNumber !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/sequenceNumber", schemaPath: "#/properties/sequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.data !== void 0) {
                const _errs7 = errors;
                if (typeof data.data !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.approximateArrivalTimestamp !== void 0) {
                  let data4 = data.approximateArrivalTimestamp;
                  const _errs10 = errors;
                  if (!(typeof data4 == "number" && isFinite(data4))) {
                    validate22.errors = [{ instancePath: instancePath + "/approximateArrivalTimestamp", schemaPath: "#/$defs/EpochSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.encryptionType !== void 0) {
                    const _errs13 = errors;
                    if (typeof data.encryptionType !== "string") {
                      validate22.errors = [{ instancePath: instancePath + "/encryptionType", schemaPath: "#/properties/encryptionType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
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
validate22.evaluated = { "props": { "kinesisSchemaVersion": true, "partitionKey": true, "sequenceNumber": true, "data": true, "approximateArrivalTimestamp": true, "encryptionType": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.kinesis === void 0 && (missing0 = "kinesis") || data.eventSource === void 0 && (missing0 = "eventSource") || data.eventVersion === void 0 && (missing0 = "eventVersion") || data.eventID === void 0 && (missing0 = "eventID") || data.eventName === void 0 && (missing0 = "eventName") || data.invokeIdentityArn === void 0 && (missing0 = "invokeIdentityArn") || data.awsRegion === void 0 && (missing0 = "awsRegion") || data.eventSourceARN === void 0 && (missing0 = "eventSourceARN")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.kinesis !== void 0) {
          const _errs1 = errors;
          if (!validate22(data.kinesis, { instancePath: instancePath + "/kinesis", parentData: data, parentDataProperty: "kinesis", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventSource !== void 0) {
            const _errs2 = errors;
            if ("aws:kinesis" !== data.eventSource) {
              validate21.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:kinesis" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.eventVersion !== void 0) {
              const _errs3 = errors;
              if (typeof data.eventVersion !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.eventID !== void 0) {
                const _errs5 = errors;
                if (typeof data.eventID !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/eventID", schemaPath: "#/properties/eventID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.eventName !== void 0) {
                  const _errs7 = errors;
                  if ("aws:kinesis:record" !== data.eventName) {
                    validate21.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/const", keyword: "const", params: { allowedValue: "aws:kinesis:record" }, message: "must be equal to constant" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.invokeIdentityArn !== void 0) {
                    const _errs8 = errors;
                    if (typeof data.invokeIdentityArn !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/invokeIdentityArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.awsRegion !== void 0) {
                      const _errs11 = errors;
                      if (typeof data.awsRegion !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/awsRegion", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.eventSourceARN !== void 0) {
                        const _errs14 = errors;
                        if (typeof data.eventSourceARN !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/eventSourceARN", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "kinesis": true, "eventSource": true, "eventVersion": true, "eventID": true, "eventName": true, "invokeIdentityArn": true, "awsRegion": true, "eventSourceARN": true }, "dynamicProps": false, "dynamicItems": false };
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
var carried0_0 = validate25;
var schema40 = { "type": "object", "required": ["messageType", "owner", "logGroup", "logStream", "subscriptionFilters", "logEvents"], "properties": { "messageType": { "enum": ["DATA_MESSAGE", "CONTROL_MESSAGE"] }, "owner": { "type": "string" }, "logGroup": { "type": "string" }, "logStream": { "type": "string" }, "subscriptionFilters": { "type": "array", "items": { "type": "string" } }, "logEvents": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchLogsLogEvent" } }, "policyLevel": { "type": "string" } } };
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
      if (data.id === void 0 && (missing0 = "id") || data.timestamp === void 0 && (missing0 = "timestamp") || data.message === void 0 && (missing0 = "message")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          const _errs1 = errors;
          if (typeof data.id !== "string") {
            validate27.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate27.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.message !== void 0) {
              const _errs6 = errors;
              if (typeof data.message !== "string") {
                validate27.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate27.errors = [{ instancePath: instancePath + "/extractedFields/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/extractedFields/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs11 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate27.errors = [{ instancePath: instancePath + "/extractedFields", schemaPath: "#/properties/extractedFields/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": { "id": true, "timestamp": true, "message": true, "extractedFields": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.messageType === void 0 && (missing0 = "messageType") || data.owner === void 0 && (missing0 = "owner") || data.logGroup === void 0 && (missing0 = "logGroup") || data.logStream === void 0 && (missing0 = "logStream") || data.subscriptionFilters === void 0 && (missing0 = "subscriptionFilters") || data.logEvents === void 0 && (missing0 = "logEvents")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageType !== void 0) {
          let data0 = data.messageType;
          const _errs1 = errors;
          if (!(data0 === "DATA_MESSAGE" || data0 === "CONTROL_MESSAGE")) {
            validate26.errors = [{ instancePath: instancePath + "/messageType", schemaPath: "#/properties/messageType/enum", keyword: "enum", params: { allowedValues: schema40.properties.messageType.enum }, message: "must be equal to one of the allowed values" }];
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
              validate26.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate26.errors = [{ instancePath: instancePath + "/logGroup", schemaPath: "#/properties/logGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate26.errors = [{ instancePath: instancePath + "/logStream", schemaPath: "#/properties/logStream/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate26.errors = [{ instancePath: instancePath + "/subscriptionFilters/" + i0, schemaPath: "#/properties/subscriptionFilters/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs10 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate26.errors = [{ instancePath: instancePath + "/subscriptionFilters", schemaPath: "#/properties/subscriptionFilters/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                          if (!validate27(data6[i1], { instancePath: instancePath + "/logEvents/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs14 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      } else {
                        validate26.errors = [{ instancePath: instancePath + "/logEvents", schemaPath: "#/properties/logEvents/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                        validate26.errors = [{ instancePath: instancePath + "/policyLevel", schemaPath: "#/properties/policyLevel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": { "messageType": true, "owner": true, "logGroup": true, "logStream": true, "subscriptionFilters": true, "logEvents": true, "policyLevel": true }, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
    errors = vErrors.length;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "messageType": true, "owner": true, "logGroup": true, "logStream": true, "subscriptionFilters": true, "logEvents": true, "policyLevel": true }, "dynamicProps": false, "dynamicItems": false };

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

// cloudwatch.logs-data-in-kinesis.entry.ts
var validate = withCarried(outer, [{ "at": "/Records/*/kinesis/data", "decode": ["base64", "gzip", "json"], "id": ["cloudwatch.logs-data"] }], [[carried0_0]]);
withStandardSchema(validate, "cloudwatch.logs-data-in-kinesis");
export {
  validate as default,
  validate
};
