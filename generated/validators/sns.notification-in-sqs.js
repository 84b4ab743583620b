// Generated from schemas/sns/notification-in-sqs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:sns.notification-in-sqs.standalone.js
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
var carried0 = validate27;
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
      if (data.Type === void 0 && (missing0 = "Type") || data.MessageId === void 0 && (missing0 = "MessageId") || data.TopicArn === void 0 && (missing0 = "TopicArn") || data.Message === void 0 && (missing0 = "Message") || data.Timestamp === void 0 && (missing0 = "Timestamp") || data.UnsubscribeURL === void 0 && (missing0 = "UnsubscribeURL")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Type !== void 0) {
          const _errs1 = errors;
          if ("Notification" !== data.Type) {
            validate27.errors = [{ instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/const", keyword: "const", params: { allowedValue: "Notification" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.MessageId !== void 0) {
            const _errs2 = errors;
            if (typeof data.MessageId !== "string") {
              validate27.errors = [{ instancePath: instancePath + "/MessageId", schemaPath: "#/properties/MessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.SequenceNumber !== void 0) {
              const _errs4 = errors;
              if (typeof data.SequenceNumber !== "string") {
                validate27.errors = [{ instancePath: instancePath + "/SequenceNumber", schemaPath: "#/properties/SequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.TopicArn !== void 0) {
                const _errs6 = errors;
                if (typeof data.TopicArn !== "string") {
                  validate27.errors = [{ instancePath: instancePath + "/TopicArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.Subject !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.Subject !== "string") {
                    validate27.errors = [{ instancePath: instancePath + "/Subject", schemaPath: "#/properties/Subject/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.Message !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.Message !== "string") {
                      validate27.errors = [{ instancePath: instancePath + "/Message", schemaPath: "#/properties/Message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.Timestamp !== void 0) {
                      const _errs13 = errors;
                      if (typeof data.Timestamp !== "string") {
                        validate27.errors = [{ instancePath: instancePath + "/Timestamp", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.SignatureVersion !== void 0) {
                        const _errs16 = errors;
                        if (typeof data.SignatureVersion !== "string") {
                          validate27.errors = [{ instancePath: instancePath + "/SignatureVersion", schemaPath: "#/properties/SignatureVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.Signature !== void 0) {
                          const _errs18 = errors;
                          if (typeof data.Signature !== "string") {
                            validate27.errors = [{ instancePath: instancePath + "/Signature", schemaPath: "#/properties/Signature/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.SigningCertURL !== void 0) {
                            const _errs20 = errors;
                            if (typeof data.SigningCertURL !== "string") {
                              validate27.errors = [{ instancePath: instancePath + "/SigningCertURL", schemaPath: "#/properties/SigningCertURL/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.UnsubscribeURL !== void 0) {
                              const _errs22 = errors;
                              if (typeof data.UnsubscribeURL !== "string") {
                                validate27.errors = [{ instancePath: instancePath + "/UnsubscribeURL", schemaPath: "#/properties/UnsubscribeURL/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs22 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.MessageAttributes !== void 0) {
                                let data11 = data.MessageAttributes;
                                const _errs24 = errors;
                                if (errors === _errs24) {
                                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                    for (const key0 in data11) {
                                      let data12 = data11[key0];
                                      const _errs27 = errors;
                                      const _errs28 = errors;
                                      if (errors === _errs28) {
                                        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                          let missing1;
                                          if (data12.Type === void 0 && (missing1 = "Type") || data12.Value === void 0 && (missing1 = "Value")) {
                                            validate27.errors = [{ instancePath: instancePath + "/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/SnsMessageAttribute/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                            return false;
                                          } else {
                                            if (data12.Type !== void 0) {
                                              const _errs30 = errors;
                                              if (typeof data12.Type !== "string") {
                                                validate27.errors = [{ instancePath: instancePath + "/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/Type", schemaPath: "#/$defs/SnsMessageAttribute/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid5 = _errs30 === errors;
                                            } else {
                                              var valid5 = true;
                                            }
                                            if (valid5) {
                                              if (data12.Value !== void 0) {
                                                const _errs32 = errors;
                                                if (typeof data12.Value !== "string") {
                                                  validate27.errors = [{ instancePath: instancePath + "/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/Value", schemaPath: "#/$defs/SnsMessageAttribute/properties/Value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid5 = _errs32 === errors;
                                              } else {
                                                var valid5 = true;
                                              }
                                            }
                                          }
                                        } else {
                                          validate27.errors = [{ instancePath: instancePath + "/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/SnsMessageAttribute/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs27 === errors;
                                      if (!valid3) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate27.errors = [{ instancePath: instancePath + "/MessageAttributes", schemaPath: "#/properties/MessageAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs24 === errors;
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
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": { "Type": true, "MessageId": true, "SequenceNumber": true, "TopicArn": true, "Subject": true, "Message": true, "Timestamp": true, "SignatureVersion": true, "Signature": true, "SigningCertURL": true, "UnsubscribeURL": true, "MessageAttributes": true }, "dynamicProps": false, "dynamicItems": false };

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

// sns.notification-in-sqs.entry.ts
var validate = withCarried(outer, [{ "at": "/Records/*/body", "decode": ["json"], "def": "SnsHttpNotification" }], [[carried0]]);
withStandardSchema(validate, "sns.notification-in-sqs");
export {
  validate as default,
  validate
};
