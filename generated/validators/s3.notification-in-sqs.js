// Generated from schemas/s3/notification-in-sqs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.notification-in-sqs.standalone.js
var s3_notification_in_sqs_standalone_default = validate20;
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
      if (data.ApproximateReceiveCount === void 0 && (missing0 = "ApproximateReceiveCount") || data.SentTimestamp === void 0 && (missing0 = "SentTimestamp") || data.SenderId === void 0 && (missing0 = "SenderId") || data.ApproximateFirstReceiveTimestamp === void 0 && (missing0 = "ApproximateFirstReceiveTimestamp")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.ApproximateReceiveCount !== void 0) {
          const _errs1 = errors;
          if (typeof data.ApproximateReceiveCount !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/ApproximateReceiveCount", schemaPath: "#/properties/ApproximateReceiveCount/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.SentTimestamp !== void 0) {
            const _errs3 = errors;
            if (typeof data.SentTimestamp !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/SentTimestamp", schemaPath: "#/$defs/EpochMillisString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.SenderId !== void 0) {
              const _errs6 = errors;
              if (typeof data.SenderId !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/SenderId", schemaPath: "#/properties/SenderId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.ApproximateFirstReceiveTimestamp !== void 0) {
                const _errs8 = errors;
                if (typeof data.ApproximateFirstReceiveTimestamp !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/ApproximateFirstReceiveTimestamp", schemaPath: "#/$defs/EpochMillisString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.SequenceNumber !== void 0) {
                  const _errs11 = errors;
                  if (typeof data.SequenceNumber !== "string") {
                    validate22.errors = [{ instancePath: instancePath + "/SequenceNumber", schemaPath: "#/properties/SequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.MessageGroupId !== void 0) {
                    const _errs13 = errors;
                    if (typeof data.MessageGroupId !== "string") {
                      validate22.errors = [{ instancePath: instancePath + "/MessageGroupId", schemaPath: "#/properties/MessageGroupId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.MessageDeduplicationId !== void 0) {
                      const _errs15 = errors;
                      if (typeof data.MessageDeduplicationId !== "string") {
                        validate22.errors = [{ instancePath: instancePath + "/MessageDeduplicationId", schemaPath: "#/properties/MessageDeduplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs15 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.AWSTraceHeader !== void 0) {
                        const _errs17 = errors;
                        if (typeof data.AWSTraceHeader !== "string") {
                          validate22.errors = [{ instancePath: instancePath + "/AWSTraceHeader", schemaPath: "#/properties/AWSTraceHeader/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.DeadLetterQueueSourceArn !== void 0) {
                          const _errs19 = errors;
                          if (typeof data.DeadLetterQueueSourceArn !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/DeadLetterQueueSourceArn", schemaPath: "#/properties/DeadLetterQueueSourceArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs19 === errors;
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
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "ApproximateReceiveCount": true, "SentTimestamp": true, "SenderId": true, "ApproximateFirstReceiveTimestamp": true, "SequenceNumber": true, "MessageGroupId": true, "MessageDeduplicationId": true, "AWSTraceHeader": true, "DeadLetterQueueSourceArn": true }, "dynamicProps": false, "dynamicItems": false };
var schema36 = { "type": "object", "required": ["dataType"], "properties": { "stringValue": { "type": ["string", "null"] }, "binaryValue": { "anyOf": [{ "$ref": "#/$defs/Base64String" }, { "type": "null" }] }, "stringListValues": { "type": "array", "items": { "type": "string" } }, "binaryListValues": { "type": "array", "items": { "type": "string" } }, "dataType": { "type": "string" } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dataType === void 0 && (missing0 = "dataType")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.stringValue !== void 0) {
          let data0 = data.stringValue;
          const _errs1 = errors;
          if (typeof data0 !== "string" && data0 !== null) {
            validate24.errors = [{ instancePath: instancePath + "/stringValue", schemaPath: "#/properties/stringValue/type", keyword: "type", params: { type: schema36.properties.stringValue.type }, message: "must be string,null" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.binaryValue !== void 0) {
            let data1 = data.binaryValue;
            const _errs3 = errors;
            const _errs4 = errors;
            let valid1 = false;
            const _errs5 = errors;
            if (typeof data1 !== "string") {
              const err0 = { instancePath: instancePath + "/binaryValue", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            var _valid0 = _errs5 === errors;
            valid1 = valid1 || _valid0;
            const _errs8 = errors;
            if (data1 !== null) {
              const err1 = { instancePath: instancePath + "/binaryValue", schemaPath: "#/properties/binaryValue/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            var _valid0 = _errs8 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
              const err2 = { instancePath: instancePath + "/binaryValue", schemaPath: "#/properties/binaryValue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
              validate24.errors = vErrors;
              return false;
            } else {
              errors = _errs4;
              if (vErrors !== null) {
                if (_errs4) {
                  vErrors.length = _errs4;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.stringListValues !== void 0) {
              let data2 = data.stringListValues;
              const _errs10 = errors;
              if (errors === _errs10) {
                if (Array.isArray(data2)) {
                  var valid3 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs12 = errors;
                    if (typeof data2[i0] !== "string") {
                      validate24.errors = [{ instancePath: instancePath + "/stringListValues/" + i0, schemaPath: "#/properties/stringListValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid3 = _errs12 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                } else {
                  validate24.errors = [{ instancePath: instancePath + "/stringListValues", schemaPath: "#/properties/stringListValues/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs10 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.binaryListValues !== void 0) {
                let data4 = data.binaryListValues;
                const _errs14 = errors;
                if (errors === _errs14) {
                  if (Array.isArray(data4)) {
                    var valid4 = true;
                    const len1 = data4.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs16 = errors;
                      if (typeof data4[i1] !== "string") {
                        validate24.errors = [{ instancePath: instancePath + "/binaryListValues/" + i1, schemaPath: "#/properties/binaryListValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid4 = _errs16 === errors;
                      if (!valid4) {
                        break;
                      }
                    }
                  } else {
                    validate24.errors = [{ instancePath: instancePath + "/binaryListValues", schemaPath: "#/properties/binaryListValues/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs14 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.dataType !== void 0) {
                  const _errs18 = errors;
                  if (typeof data.dataType !== "string") {
                    validate24.errors = [{ instancePath: instancePath + "/dataType", schemaPath: "#/properties/dataType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs18 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "stringValue": true, "binaryValue": true, "stringListValues": true, "binaryListValues": true, "dataType": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.messageId === void 0 && (missing0 = "messageId") || data.receiptHandle === void 0 && (missing0 = "receiptHandle") || data.body === void 0 && (missing0 = "body") || data.attributes === void 0 && (missing0 = "attributes") || data.messageAttributes === void 0 && (missing0 = "messageAttributes") || data.md5OfBody === void 0 && (missing0 = "md5OfBody") || data.eventSource === void 0 && (missing0 = "eventSource") || data.eventSourceARN === void 0 && (missing0 = "eventSourceARN") || data.awsRegion === void 0 && (missing0 = "awsRegion")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageId !== void 0) {
          const _errs1 = errors;
          if (typeof data.messageId !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.receiptHandle !== void 0) {
            const _errs3 = errors;
            if (typeof data.receiptHandle !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/receiptHandle", schemaPath: "#/properties/receiptHandle/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.body !== void 0) {
              const _errs5 = errors;
              if (typeof data.body !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.attributes !== void 0) {
                const _errs7 = errors;
                if (!validate22(data.attributes, { instancePath: instancePath + "/attributes", parentData: data, parentDataProperty: "attributes", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.messageAttributes !== void 0) {
                  let data4 = data.messageAttributes;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                      for (const key0 in data4) {
                        const _errs11 = errors;
                        if (!validate24(data4[key0], { instancePath: instancePath + "/messageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key0, rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs11 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/messageAttributes", schemaPath: "#/properties/messageAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.md5OfBody !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.md5OfBody !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/md5OfBody", schemaPath: "#/$defs/Md5Hex/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.md5OfMessageAttributes !== void 0) {
                      let data7 = data.md5OfMessageAttributes;
                      const _errs15 = errors;
                      const _errs16 = errors;
                      let valid3 = false;
                      const _errs17 = errors;
                      if (typeof data7 !== "string") {
                        const err0 = { instancePath: instancePath + "/md5OfMessageAttributes", schemaPath: "#/$defs/Md5Hex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                      var _valid0 = _errs17 === errors;
                      valid3 = valid3 || _valid0;
                      const _errs20 = errors;
                      if (data7 !== null) {
                        const err1 = { instancePath: instancePath + "/md5OfMessageAttributes", schemaPath: "#/properties/md5OfMessageAttributes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                      var _valid0 = _errs20 === errors;
                      valid3 = valid3 || _valid0;
                      if (!valid3) {
                        const err2 = { instancePath: instancePath + "/md5OfMessageAttributes", schemaPath: "#/properties/md5OfMessageAttributes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                        validate21.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs16;
                        if (vErrors !== null) {
                          if (_errs16) {
                            vErrors.length = _errs16;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs15 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.eventSource !== void 0) {
                        const _errs22 = errors;
                        if ("aws:sqs" !== data.eventSource) {
                          validate21.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:sqs" }, message: "must be equal to constant" }];
                          return false;
                        }
                        var valid0 = _errs22 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.eventSourceARN !== void 0) {
                          const _errs23 = errors;
                          if (typeof data.eventSourceARN !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/eventSourceARN", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs23 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.awsRegion !== void 0) {
                            const _errs26 = errors;
                            if (typeof data.awsRegion !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/awsRegion", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "messageId": true, "receiptHandle": true, "body": true, "attributes": true, "messageAttributes": true, "md5OfBody": true, "md5OfMessageAttributes": true, "eventSource": true, "eventSourceARN": true, "awsRegion": true }, "dynamicProps": false, "dynamicItems": false };
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

// s3.notification-in-sqs.entry.ts
withStandardSchema(s3_notification_in_sqs_standalone_default, "s3.notification-in-sqs");
export {
  s3_notification_in_sqs_standalone_default as default,
  s3_notification_in_sqs_standalone_default as validate
};
