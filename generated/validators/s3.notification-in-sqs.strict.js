// Generated from schemas/s3/notification-in-sqs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.notification-in-sqs.strict.standalone.js
var outer = validate20;
var pattern4 = new RegExp("^[0-9]+$", "u");
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
          let data0 = data.ApproximateReceiveCount;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (!pattern4.test(data0)) {
                validate22.errors = [{ instancePath: instancePath + "/ApproximateReceiveCount", schemaPath: "#/properties/ApproximateReceiveCount/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' }];
                return false;
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/ApproximateReceiveCount", schemaPath: "#/properties/ApproximateReceiveCount/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.SentTimestamp !== void 0) {
            let data1 = data.SentTimestamp;
            const _errs3 = errors;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (typeof data1 === "string") {
                if (!pattern4.test(data1)) {
                  validate22.errors = [{ instancePath: instancePath + "/SentTimestamp", schemaPath: "#/$defs/EpochMillisString/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' }];
                  return false;
                }
              } else {
                validate22.errors = [{ instancePath: instancePath + "/SentTimestamp", schemaPath: "#/$defs/EpochMillisString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
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
                let data3 = data.ApproximateFirstReceiveTimestamp;
                const _errs8 = errors;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (typeof data3 === "string") {
                    if (!pattern4.test(data3)) {
                      validate22.errors = [{ instancePath: instancePath + "/ApproximateFirstReceiveTimestamp", schemaPath: "#/$defs/EpochMillisString/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' }];
                      return false;
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/ApproximateFirstReceiveTimestamp", schemaPath: "#/$defs/EpochMillisString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
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
var schema36 = { "type": "object", "required": ["dataType"], "properties": { "stringValue": { "type": ["string", "null"] }, "binaryValue": { "anyOf": [{ "$ref": "#/$defs/Base64String" }, { "type": "null" }] }, "stringListValues": { "type": "array", "items": { "type": "string" } }, "binaryListValues": { "type": "array", "items": { "type": "string" } }, "dataType": { "type": "string", "pattern": "^(String|Number|Binary)(\\..+)?$" } } };
var pattern7 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
var pattern8 = new RegExp("^(String|Number|Binary)(\\..+)?$", "u");
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
            const _errs6 = errors;
            if (errors === _errs6) {
              if (typeof data1 === "string") {
                if (!pattern7.test(data1)) {
                  const err0 = { instancePath: instancePath + "/binaryValue", schemaPath: "#/$defs/Base64String/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
              } else {
                const err1 = { instancePath: instancePath + "/binaryValue", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
            var _valid0 = _errs5 === errors;
            valid1 = valid1 || _valid0;
            const _errs8 = errors;
            if (data1 !== null) {
              const err2 = { instancePath: instancePath + "/binaryValue", schemaPath: "#/properties/binaryValue/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            var _valid0 = _errs8 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
              const err3 = { instancePath: instancePath + "/binaryValue", schemaPath: "#/properties/binaryValue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
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
                  let data6 = data.dataType;
                  const _errs18 = errors;
                  if (errors === _errs18) {
                    if (typeof data6 === "string") {
                      if (!pattern8.test(data6)) {
                        validate24.errors = [{ instancePath: instancePath + "/dataType", schemaPath: "#/properties/dataType/pattern", keyword: "pattern", params: { pattern: "^(String|Number|Binary)(\\..+)?$" }, message: 'must match pattern "^(String|Number|Binary)(\\..+)?$"' }];
                        return false;
                      }
                    } else {
                      validate24.errors = [{ instancePath: instancePath + "/dataType", schemaPath: "#/properties/dataType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
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
var pattern9 = new RegExp("^[0-9a-f]{32}$", "u");
var pattern11 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
var pattern12 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
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
                    let data6 = data.md5OfBody;
                    const _errs12 = errors;
                    const _errs13 = errors;
                    if (errors === _errs13) {
                      if (typeof data6 === "string") {
                        if (!pattern9.test(data6)) {
                          validate21.errors = [{ instancePath: instancePath + "/md5OfBody", schemaPath: "#/$defs/Md5Hex/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                          return false;
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/md5OfBody", schemaPath: "#/$defs/Md5Hex/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
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
                      const _errs18 = errors;
                      if (errors === _errs18) {
                        if (typeof data7 === "string") {
                          if (!pattern9.test(data7)) {
                            const err0 = { instancePath: instancePath + "/md5OfMessageAttributes", schemaPath: "#/$defs/Md5Hex/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                        } else {
                          const err1 = { instancePath: instancePath + "/md5OfMessageAttributes", schemaPath: "#/$defs/Md5Hex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                        }
                      }
                      var _valid0 = _errs17 === errors;
                      valid3 = valid3 || _valid0;
                      const _errs20 = errors;
                      if (data7 !== null) {
                        const err2 = { instancePath: instancePath + "/md5OfMessageAttributes", schemaPath: "#/properties/md5OfMessageAttributes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                      }
                      var _valid0 = _errs20 === errors;
                      valid3 = valid3 || _valid0;
                      if (!valid3) {
                        const err3 = { instancePath: instancePath + "/md5OfMessageAttributes", schemaPath: "#/properties/md5OfMessageAttributes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
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
                          let data9 = data.eventSourceARN;
                          const _errs23 = errors;
                          const _errs24 = errors;
                          if (errors === _errs24) {
                            if (typeof data9 === "string") {
                              if (!pattern11.test(data9)) {
                                validate21.errors = [{ instancePath: instancePath + "/eventSourceARN", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                                return false;
                              }
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/eventSourceARN", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid0 = _errs23 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.awsRegion !== void 0) {
                            let data10 = data.awsRegion;
                            const _errs26 = errors;
                            const _errs27 = errors;
                            if (errors === _errs27) {
                              if (typeof data10 === "string") {
                                if (!pattern12.test(data10)) {
                                  validate21.errors = [{ instancePath: instancePath + "/awsRegion", schemaPath: "#/$defs/AwsRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
                                  return false;
                                }
                              } else {
                                validate21.errors = [{ instancePath: instancePath + "/awsRegion", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
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
              if (data0.length < 1) {
                validate20.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                return false;
              } else {
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
var carried0_0 = validate27;
var pattern13 = new RegExp("^2\\.[0-9]+$", "u");
var pattern15 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
var pattern16 = new RegExp("^[A-Z][A-Za-z]*(:[A-Za-z]+)*$", "u");
var schema53 = { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "size": { "type": "integer", "minimum": 0 }, "eTag": { "type": "string" }, "versionId": { "type": ["string", "null"] }, "sequencer": { "type": "string" } } };
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
      if (data.name === void 0 && (missing0 = "name") || data.ownerIdentity === void 0 && (missing0 = "ownerIdentity") || data.arn === void 0 && (missing0 = "arn")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate30.errors = [{ instancePath: instancePath + "/ownerIdentity", schemaPath: "#/$defs/S3UserIdentity/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.principalId !== void 0) {
                    if (typeof data1.principalId !== "string") {
                      validate30.errors = [{ instancePath: instancePath + "/ownerIdentity/principalId", schemaPath: "#/$defs/S3UserIdentity/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              } else {
                validate30.errors = [{ instancePath: instancePath + "/ownerIdentity", schemaPath: "#/$defs/S3UserIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.arn !== void 0) {
              let data3 = data.arn;
              const _errs8 = errors;
              const _errs9 = errors;
              if (errors === _errs9) {
                if (typeof data3 === "string") {
                  if (!pattern11.test(data3)) {
                    validate30.errors = [{ instancePath: instancePath + "/arn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                    return false;
                  }
                } else {
                  validate30.errors = [{ instancePath: instancePath + "/arn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
    } else {
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": { "name": true, "ownerIdentity": true, "arn": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.s3SchemaVersion === void 0 && (missing0 = "s3SchemaVersion") || data.configurationId === void 0 && (missing0 = "configurationId") || data.bucket === void 0 && (missing0 = "bucket") || data.object === void 0 && (missing0 = "object")) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.s3SchemaVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.s3SchemaVersion !== "string") {
            validate29.errors = [{ instancePath: instancePath + "/s3SchemaVersion", schemaPath: "#/properties/s3SchemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate29.errors = [{ instancePath: instancePath + "/configurationId", schemaPath: "#/properties/configurationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.bucket !== void 0) {
              const _errs5 = errors;
              if (!validate30(data.bucket, { instancePath: instancePath + "/bucket", parentData: data, parentDataProperty: "bucket", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
                      validate29.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/$defs/S3Object/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data3.key !== void 0) {
                        const _errs9 = errors;
                        if (typeof data3.key !== "string") {
                          validate29.errors = [{ instancePath: instancePath + "/object/key", schemaPath: "#/$defs/S3Object/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            validate29.errors = [{ instancePath: instancePath + "/object/size", schemaPath: "#/$defs/S3Object/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs11) {
                            if (typeof data5 == "number" && isFinite(data5)) {
                              if (data5 < 0 || isNaN(data5)) {
                                validate29.errors = [{ instancePath: instancePath + "/object/size", schemaPath: "#/$defs/S3Object/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                return false;
                              }
                            }
                          }
                          var valid2 = _errs11 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data3.eTag !== void 0) {
                            const _errs13 = errors;
                            if (typeof data3.eTag !== "string") {
                              validate29.errors = [{ instancePath: instancePath + "/object/eTag", schemaPath: "#/$defs/S3Object/properties/eTag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate29.errors = [{ instancePath: instancePath + "/object/versionId", schemaPath: "#/$defs/S3Object/properties/versionId/type", keyword: "type", params: { type: schema53.properties.versionId.type }, message: "must be string,null" }];
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
                                  validate29.errors = [{ instancePath: instancePath + "/object/sequencer", schemaPath: "#/$defs/S3Object/properties/sequencer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate29.errors = [{ instancePath: instancePath + "/object", schemaPath: "#/$defs/S3Object/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": { "s3SchemaVersion": true, "configurationId": true, "bucket": true, "object": true }, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
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
        validate34.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.lifecycleRestorationExpiryTime !== void 0) {
          let data0 = data.lifecycleRestorationExpiryTime;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (!pattern15.test(data0)) {
                validate34.errors = [{ instancePath: instancePath + "/lifecycleRestorationExpiryTime", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
                return false;
              }
            } else {
              validate34.errors = [{ instancePath: instancePath + "/lifecycleRestorationExpiryTime", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.lifecycleRestoreStorageClass !== void 0) {
            const _errs4 = errors;
            if (typeof data.lifecycleRestoreStorageClass !== "string") {
              validate34.errors = [{ instancePath: instancePath + "/lifecycleRestoreStorageClass", schemaPath: "#/properties/lifecycleRestoreStorageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
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
validate34.evaluated = { "props": { "lifecycleRestorationExpiryTime": true, "lifecycleRestoreStorageClass": true }, "dynamicProps": false, "dynamicItems": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
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
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.restoreEventData !== void 0) {
          if (!validate34(data.restoreEventData, { instancePath: instancePath + "/restoreEventData", parentData: data, parentDataProperty: "restoreEventData", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
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
validate33.evaluated = { "props": { "restoreEventData": true }, "dynamicProps": false, "dynamicItems": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
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
        validate37.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.replicationRuleId !== void 0) {
          const _errs1 = errors;
          if (typeof data.replicationRuleId !== "string") {
            validate37.errors = [{ instancePath: instancePath + "/replicationRuleId", schemaPath: "#/properties/replicationRuleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.destinationBucket !== void 0) {
            let data1 = data.destinationBucket;
            const _errs3 = errors;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (typeof data1 === "string") {
                if (!pattern11.test(data1)) {
                  validate37.errors = [{ instancePath: instancePath + "/destinationBucket", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                  return false;
                }
              } else {
                validate37.errors = [{ instancePath: instancePath + "/destinationBucket", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.s3Operation !== void 0) {
              const _errs6 = errors;
              if (typeof data.s3Operation !== "string") {
                validate37.errors = [{ instancePath: instancePath + "/s3Operation", schemaPath: "#/properties/s3Operation/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.requestTime !== void 0) {
                let data3 = data.requestTime;
                const _errs8 = errors;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (typeof data3 === "string") {
                    if (!pattern15.test(data3)) {
                      validate37.errors = [{ instancePath: instancePath + "/requestTime", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
                      return false;
                    }
                  } else {
                    validate37.errors = [{ instancePath: instancePath + "/requestTime", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.failureReason !== void 0) {
                  const _errs11 = errors;
                  if (typeof data.failureReason !== "string") {
                    validate37.errors = [{ instancePath: instancePath + "/failureReason", schemaPath: "#/properties/failureReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate37.errors = [{ instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate37.errors = [{ instancePath: instancePath + "/replicationTime", schemaPath: "#/properties/replicationTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": { "replicationRuleId": true, "destinationBucket": true, "s3Operation": true, "requestTime": true, "failureReason": true, "threshold": true, "replicationTime": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.eventVersion === void 0 && (missing0 = "eventVersion") || data.eventSource === void 0 && (missing0 = "eventSource") || data.awsRegion === void 0 && (missing0 = "awsRegion") || data.eventTime === void 0 && (missing0 = "eventTime") || data.eventName === void 0 && (missing0 = "eventName") || data.userIdentity === void 0 && (missing0 = "userIdentity") || data.requestParameters === void 0 && (missing0 = "requestParameters") || data.responseElements === void 0 && (missing0 = "responseElements") || data.s3 === void 0 && (missing0 = "s3")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventVersion !== void 0) {
          let data0 = data.eventVersion;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (!pattern13.test(data0)) {
                validate28.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/pattern", keyword: "pattern", params: { pattern: "^2\\.[0-9]+$" }, message: 'must match pattern "^2\\.[0-9]+$"' }];
                return false;
              }
            } else {
              validate28.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate28.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:s3" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.awsRegion !== void 0) {
              let data2 = data.awsRegion;
              const _errs4 = errors;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data2 === "string") {
                  if (!pattern12.test(data2)) {
                    validate28.errors = [{ instancePath: instancePath + "/awsRegion", schemaPath: "#/$defs/AwsRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
                    return false;
                  }
                } else {
                  validate28.errors = [{ instancePath: instancePath + "/awsRegion", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.eventTime !== void 0) {
                let data3 = data.eventTime;
                const _errs7 = errors;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (typeof data3 === "string") {
                    if (!pattern15.test(data3)) {
                      validate28.errors = [{ instancePath: instancePath + "/eventTime", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
                      return false;
                    }
                  } else {
                    validate28.errors = [{ instancePath: instancePath + "/eventTime", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.eventName !== void 0) {
                  let data4 = data.eventName;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (typeof data4 === "string") {
                      if (!pattern16.test(data4)) {
                        validate28.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Za-z]*(:[A-Za-z]+)*$" }, message: 'must match pattern "^[A-Z][A-Za-z]*(:[A-Za-z]+)*$"' }];
                        return false;
                      }
                    } else {
                      validate28.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
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
                          validate28.errors = [{ instancePath: instancePath + "/userIdentity", schemaPath: "#/$defs/S3UserIdentity/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          if (data5.principalId !== void 0) {
                            if (typeof data5.principalId !== "string") {
                              validate28.errors = [{ instancePath: instancePath + "/userIdentity/principalId", schemaPath: "#/$defs/S3UserIdentity/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate28.errors = [{ instancePath: instancePath + "/userIdentity", schemaPath: "#/$defs/S3UserIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                            validate28.errors = [{ instancePath: instancePath + "/requestParameters", schemaPath: "#/$defs/S3RequestParameters/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                            return false;
                          } else {
                            if (data7.sourceIPAddress !== void 0) {
                              if (typeof data7.sourceIPAddress !== "string") {
                                validate28.errors = [{ instancePath: instancePath + "/requestParameters/sourceIPAddress", schemaPath: "#/$defs/S3RequestParameters/properties/sourceIPAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          }
                        } else {
                          validate28.errors = [{ instancePath: instancePath + "/requestParameters", schemaPath: "#/$defs/S3RequestParameters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                              validate28.errors = [{ instancePath: instancePath + "/responseElements", schemaPath: "#/$defs/S3ResponseElements/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                              return false;
                            } else {
                              if (data9["x-amz-request-id"] !== void 0) {
                                const _errs25 = errors;
                                if (typeof data9["x-amz-request-id"] !== "string") {
                                  validate28.errors = [{ instancePath: instancePath + "/responseElements/x-amz-request-id", schemaPath: "#/$defs/S3ResponseElements/properties/x-amz-request-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                    validate28.errors = [{ instancePath: instancePath + "/responseElements/x-amz-id-2", schemaPath: "#/$defs/S3ResponseElements/properties/x-amz-id-2/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid8 = _errs27 === errors;
                                } else {
                                  var valid8 = true;
                                }
                              }
                            }
                          } else {
                            validate28.errors = [{ instancePath: instancePath + "/responseElements", schemaPath: "#/$defs/S3ResponseElements/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                          if (!validate29(data.s3, { instancePath: instancePath + "/s3", parentData: data, parentDataProperty: "s3", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs29 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.glacierEventData !== void 0) {
                            const _errs30 = errors;
                            if (!validate33(data.glacierEventData, { instancePath: instancePath + "/glacierEventData", parentData: data, parentDataProperty: "glacierEventData", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
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
                                    validate28.errors = [{ instancePath: instancePath + "/lifecycleEventData", schemaPath: "#/$defs/S3LifecycleEventData/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                    return false;
                                  } else {
                                    if (data14.transitionEventData !== void 0) {
                                      let data15 = data14.transitionEventData;
                                      const _errs34 = errors;
                                      if (errors === _errs34) {
                                        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                          let missing5;
                                          if (data15.destinationStorageClass === void 0 && (missing5 = "destinationStorageClass")) {
                                            validate28.errors = [{ instancePath: instancePath + "/lifecycleEventData/transitionEventData", schemaPath: "#/$defs/S3LifecycleEventData/properties/transitionEventData/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                            return false;
                                          } else {
                                            if (data15.destinationStorageClass !== void 0) {
                                              if (typeof data15.destinationStorageClass !== "string") {
                                                validate28.errors = [{ instancePath: instancePath + "/lifecycleEventData/transitionEventData/destinationStorageClass", schemaPath: "#/$defs/S3LifecycleEventData/properties/transitionEventData/properties/destinationStorageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                          }
                                        } else {
                                          validate28.errors = [{ instancePath: instancePath + "/lifecycleEventData/transitionEventData", schemaPath: "#/$defs/S3LifecycleEventData/properties/transitionEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate28.errors = [{ instancePath: instancePath + "/lifecycleEventData", schemaPath: "#/$defs/S3LifecycleEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                      validate28.errors = [{ instancePath: instancePath + "/intelligentTieringEventData", schemaPath: "#/$defs/S3IntelligentTieringEventData/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                      return false;
                                    } else {
                                      if (data17.destinationAccessTier !== void 0) {
                                        if (typeof data17.destinationAccessTier !== "string") {
                                          validate28.errors = [{ instancePath: instancePath + "/intelligentTieringEventData/destinationAccessTier", schemaPath: "#/$defs/S3IntelligentTieringEventData/properties/destinationAccessTier/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                    }
                                  } else {
                                    validate28.errors = [{ instancePath: instancePath + "/intelligentTieringEventData", schemaPath: "#/$defs/S3IntelligentTieringEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                  if (!validate37(data.replicationEventData, { instancePath: instancePath + "/replicationEventData", parentData: data, parentDataProperty: "replicationEventData", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
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
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": { "eventVersion": true, "eventSource": true, "awsRegion": true, "eventTime": true, "eventName": true, "userIdentity": true, "requestParameters": true, "responseElements": true, "s3": true, "glacierEventData": true, "lifecycleEventData": true, "intelligentTieringEventData": true, "replicationEventData": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Records === void 0 && (missing0 = "Records")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Records !== void 0) {
          let data0 = data.Records;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                validate27.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                return false;
              } else {
                var valid1 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs3 = errors;
                  if (!validate28(data0[i0], { instancePath: instancePath + "/Records/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs3 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            } else {
              validate27.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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
validate27.evaluated = { "props": { "Records": true }, "dynamicProps": false, "dynamicItems": false };
var carried0_1 = validate40;
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Service === void 0 && (missing0 = "Service") || data.Event === void 0 && (missing0 = "Event") || data.Time === void 0 && (missing0 = "Time") || data.Bucket === void 0 && (missing0 = "Bucket") || data.RequestId === void 0 && (missing0 = "RequestId") || data.HostId === void 0 && (missing0 = "HostId")) {
        validate40.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Service !== void 0) {
          const _errs1 = errors;
          if ("Amazon S3" !== data.Service) {
            validate40.errors = [{ instancePath: instancePath + "/Service", schemaPath: "#/properties/Service/const", keyword: "const", params: { allowedValue: "Amazon S3" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Event !== void 0) {
            const _errs2 = errors;
            if ("s3:TestEvent" !== data.Event) {
              validate40.errors = [{ instancePath: instancePath + "/Event", schemaPath: "#/properties/Event/const", keyword: "const", params: { allowedValue: "s3:TestEvent" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.Time !== void 0) {
              let data2 = data.Time;
              const _errs3 = errors;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data2 === "string") {
                  if (!pattern15.test(data2)) {
                    validate40.errors = [{ instancePath: instancePath + "/Time", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
                    return false;
                  }
                } else {
                  validate40.errors = [{ instancePath: instancePath + "/Time", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.Bucket !== void 0) {
                const _errs6 = errors;
                if (typeof data.Bucket !== "string") {
                  validate40.errors = [{ instancePath: instancePath + "/Bucket", schemaPath: "#/properties/Bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.RequestId !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.RequestId !== "string") {
                    validate40.errors = [{ instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.HostId !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.HostId !== "string") {
                      validate40.errors = [{ instancePath: instancePath + "/HostId", schemaPath: "#/properties/HostId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
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
      }
    } else {
      validate40.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": { "Service": true, "Event": true, "Time": true, "Bucket": true, "RequestId": true, "HostId": true }, "dynamicProps": false, "dynamicItems": false };

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

// s3.notification-in-sqs.strict.entry.ts
var validate = withCarried(outer, [{ "at": "/Records/*/body", "decode": ["json"], "id": ["s3.notification", "s3.test-event"] }], [[carried0_0, carried0_1]]);
withStandardSchema(validate, "s3.notification-in-sqs");
export {
  validate as default,
  validate
};
