// Generated from schemas/s3/notification-in-sqs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.notification-in-sqs.strict.standalone.js
var outer = validate21;
var pattern0 = new RegExp("^[0-9]+$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate24.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' }];
        return false;
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.ApproximateReceiveCount === void 0 && (missing0 = "ApproximateReceiveCount") || data.SentTimestamp === void 0 && (missing0 = "SentTimestamp") || data.SenderId === void 0 && (missing0 = "SenderId") || data.ApproximateFirstReceiveTimestamp === void 0 && (missing0 = "ApproximateFirstReceiveTimestamp")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.ApproximateReceiveCount !== void 0) {
          let data0 = data.ApproximateReceiveCount;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (!pattern0.test(data0)) {
                validate23.errors = [{ instancePath: instancePath + "/ApproximateReceiveCount", schemaPath: "#/properties/ApproximateReceiveCount/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' }];
                return false;
              }
            } else {
              validate23.errors = [{ instancePath: instancePath + "/ApproximateReceiveCount", schemaPath: "#/properties/ApproximateReceiveCount/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.SentTimestamp !== void 0) {
            const _errs3 = errors;
            if (!validate24(data.SentTimestamp, { instancePath: instancePath + "/SentTimestamp", parentData: data, parentDataProperty: "SentTimestamp", rootData })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.SenderId !== void 0) {
              const _errs4 = errors;
              if (typeof data.SenderId !== "string") {
                validate23.errors = [{ instancePath: instancePath + "/SenderId", schemaPath: "#/properties/SenderId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.ApproximateFirstReceiveTimestamp !== void 0) {
                const _errs6 = errors;
                if (!validate24(data.ApproximateFirstReceiveTimestamp, { instancePath: instancePath + "/ApproximateFirstReceiveTimestamp", parentData: data, parentDataProperty: "ApproximateFirstReceiveTimestamp", rootData })) {
                  vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.SequenceNumber !== void 0) {
                  const _errs7 = errors;
                  if (typeof data.SequenceNumber !== "string") {
                    validate23.errors = [{ instancePath: instancePath + "/SequenceNumber", schemaPath: "#/properties/SequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.MessageGroupId !== void 0) {
                    const _errs9 = errors;
                    if (typeof data.MessageGroupId !== "string") {
                      validate23.errors = [{ instancePath: instancePath + "/MessageGroupId", schemaPath: "#/properties/MessageGroupId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.MessageDeduplicationId !== void 0) {
                      const _errs11 = errors;
                      if (typeof data.MessageDeduplicationId !== "string") {
                        validate23.errors = [{ instancePath: instancePath + "/MessageDeduplicationId", schemaPath: "#/properties/MessageDeduplicationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.AWSTraceHeader !== void 0) {
                        const _errs13 = errors;
                        if (typeof data.AWSTraceHeader !== "string") {
                          validate23.errors = [{ instancePath: instancePath + "/AWSTraceHeader", schemaPath: "#/properties/AWSTraceHeader/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.DeadLetterQueueSourceArn !== void 0) {
                          const _errs15 = errors;
                          if (typeof data.DeadLetterQueueSourceArn !== "string") {
                            validate23.errors = [{ instancePath: instancePath + "/DeadLetterQueueSourceArn", schemaPath: "#/properties/DeadLetterQueueSourceArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
var schema10 = { "type": "object", "required": ["dataType"], "properties": { "stringValue": { "type": ["string", "null"] }, "binaryValue": { "anyOf": [{ "$ref": "#/$defs/Base64String" }, { "type": "null" }] }, "stringListValues": { "type": "array", "items": { "type": "string" } }, "binaryListValues": { "type": "array", "items": { "type": "string" } }, "dataType": { "type": "string", "pattern": "^(String|Number|Binary)(\\..+)?$" } } };
var pattern2 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern2.test(data)) {
        validate29.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' }];
        return false;
      }
    } else {
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var pattern3 = new RegExp("^(String|Number|Binary)(\\..+)?$", "u");
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dataType === void 0 && (missing0 = "dataType")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.stringValue !== void 0) {
          let data0 = data.stringValue;
          const _errs1 = errors;
          if (typeof data0 !== "string" && data0 !== null) {
            validate28.errors = [{ instancePath: instancePath + "/stringValue", schemaPath: "#/properties/stringValue/type", keyword: "type", params: { type: schema10.properties.stringValue.type }, message: "must be string,null" }];
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
            if (!validate29(data1, { instancePath: instancePath + "/binaryValue", parentData: data, parentDataProperty: "binaryValue", rootData })) {
              vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs5 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
              const _errs6 = errors;
              if (data1 !== null) {
                const err0 = { instancePath: instancePath + "/binaryValue", schemaPath: "#/properties/binaryValue/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err0];
                } else {
                  vErrors.push(err0);
                }
                errors++;
              }
              var _valid0 = _errs6 === errors;
              valid1 = valid1 || _valid0;
            }
            if (!valid1) {
              const err1 = { instancePath: instancePath + "/binaryValue", schemaPath: "#/properties/binaryValue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
              validate28.errors = vErrors;
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
              const _errs8 = errors;
              if (errors === _errs8) {
                if (Array.isArray(data2)) {
                  var valid2 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs10 = errors;
                    if (typeof data2[i0] !== "string") {
                      validate28.errors = [{ instancePath: instancePath + "/stringListValues/" + i0, schemaPath: "#/properties/stringListValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate28.errors = [{ instancePath: instancePath + "/stringListValues", schemaPath: "#/properties/stringListValues/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs8 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.binaryListValues !== void 0) {
                let data4 = data.binaryListValues;
                const _errs12 = errors;
                if (errors === _errs12) {
                  if (Array.isArray(data4)) {
                    var valid3 = true;
                    const len1 = data4.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs14 = errors;
                      if (typeof data4[i1] !== "string") {
                        validate28.errors = [{ instancePath: instancePath + "/binaryListValues/" + i1, schemaPath: "#/properties/binaryListValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs14 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate28.errors = [{ instancePath: instancePath + "/binaryListValues", schemaPath: "#/properties/binaryListValues/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs12 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.dataType !== void 0) {
                  let data6 = data.dataType;
                  const _errs16 = errors;
                  if (errors === _errs16) {
                    if (typeof data6 === "string") {
                      if (!pattern3.test(data6)) {
                        validate28.errors = [{ instancePath: instancePath + "/dataType", schemaPath: "#/properties/dataType/pattern", keyword: "pattern", params: { pattern: "^(String|Number|Binary)(\\..+)?$" }, message: 'must match pattern "^(String|Number|Binary)(\\..+)?$"' }];
                        return false;
                      }
                    } else {
                      validate28.errors = [{ instancePath: instancePath + "/dataType", schemaPath: "#/properties/dataType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs16 === errors;
                } else {
                  var valid0 = true;
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
var pattern4 = new RegExp("^[0-9a-f]{32}$", "u");
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern4.test(data)) {
        validate32.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
        return false;
      }
    } else {
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var pattern5 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern5.test(data)) {
        validate35.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
        return false;
      }
    } else {
      validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var pattern6 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern6.test(data)) {
        validate37.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
        return false;
      }
    } else {
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.messageId === void 0 && (missing0 = "messageId") || data.receiptHandle === void 0 && (missing0 = "receiptHandle") || data.body === void 0 && (missing0 = "body") || data.attributes === void 0 && (missing0 = "attributes") || data.messageAttributes === void 0 && (missing0 = "messageAttributes") || data.md5OfBody === void 0 && (missing0 = "md5OfBody") || data.eventSource === void 0 && (missing0 = "eventSource") || data.eventSourceARN === void 0 && (missing0 = "eventSourceARN") || data.awsRegion === void 0 && (missing0 = "awsRegion")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageId !== void 0) {
          const _errs1 = errors;
          if (typeof data.messageId !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate22.errors = [{ instancePath: instancePath + "/receiptHandle", schemaPath: "#/properties/receiptHandle/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate22.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.attributes !== void 0) {
                const _errs7 = errors;
                if (!validate23(data.attributes, { instancePath: instancePath + "/attributes", parentData: data, parentDataProperty: "attributes", rootData })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
                        if (!validate28(data4[key0], { instancePath: instancePath + "/messageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key0, rootData })) {
                          vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs11 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate22.errors = [{ instancePath: instancePath + "/messageAttributes", schemaPath: "#/properties/messageAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                    if (!validate32(data.md5OfBody, { instancePath: instancePath + "/md5OfBody", parentData: data, parentDataProperty: "md5OfBody", rootData })) {
                      vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.md5OfMessageAttributes !== void 0) {
                      let data7 = data.md5OfMessageAttributes;
                      const _errs13 = errors;
                      const _errs14 = errors;
                      let valid2 = false;
                      const _errs15 = errors;
                      if (!validate32(data7, { instancePath: instancePath + "/md5OfMessageAttributes", parentData: data, parentDataProperty: "md5OfMessageAttributes", rootData })) {
                        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                        errors = vErrors.length;
                      }
                      var _valid0 = _errs15 === errors;
                      valid2 = valid2 || _valid0;
                      if (!valid2) {
                        const _errs16 = errors;
                        if (data7 !== null) {
                          const err0 = { instancePath: instancePath + "/md5OfMessageAttributes", schemaPath: "#/properties/md5OfMessageAttributes/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                          if (vErrors === null) {
                            vErrors = [err0];
                          } else {
                            vErrors.push(err0);
                          }
                          errors++;
                        }
                        var _valid0 = _errs16 === errors;
                        valid2 = valid2 || _valid0;
                      }
                      if (!valid2) {
                        const err1 = { instancePath: instancePath + "/md5OfMessageAttributes", schemaPath: "#/properties/md5OfMessageAttributes/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                        validate22.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs14;
                        if (vErrors !== null) {
                          if (_errs14) {
                            vErrors.length = _errs14;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.eventSource !== void 0) {
                        const _errs18 = errors;
                        if ("aws:sqs" !== data.eventSource) {
                          validate22.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:sqs" }, message: "must be equal to constant" }];
                          return false;
                        }
                        var valid0 = _errs18 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.eventSourceARN !== void 0) {
                          const _errs19 = errors;
                          if (!validate35(data.eventSourceARN, { instancePath: instancePath + "/eventSourceARN", parentData: data, parentDataProperty: "eventSourceARN", rootData })) {
                            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.awsRegion !== void 0) {
                            const _errs20 = errors;
                            if (!validate37(data.awsRegion, { instancePath: instancePath + "/awsRegion", parentData: data, parentDataProperty: "awsRegion", rootData })) {
                              vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs20 === errors;
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
var carried0_0 = validate40;
var pattern7 = new RegExp("^2\\.[0-9]+$", "u");
var pattern10 = new RegExp("^[A-Z][A-Za-z]*(:[A-Za-z]+)*$", "u");
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern6.test(data)) {
        validate42.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
        return false;
      }
    } else {
      validate42.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
var pattern9 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern9.test(data)) {
        validate44.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
        return false;
      }
    } else {
      validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.principalId === void 0 && (missing0 = "principalId")) {
        validate46.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.principalId !== void 0) {
          if (typeof data.principalId !== "string") {
            validate46.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
        }
      }
    } else {
      validate46.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate46.errors = vErrors;
  return errors === 0;
}
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.sourceIPAddress === void 0 && (missing0 = "sourceIPAddress")) {
        validate48.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.sourceIPAddress !== void 0) {
          if (typeof data.sourceIPAddress !== "string") {
            validate48.errors = [{ instancePath: instancePath + "/sourceIPAddress", schemaPath: "#/properties/sourceIPAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
        }
      }
    } else {
      validate48.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["x-amz-request-id"] === void 0 && (missing0 = "x-amz-request-id") || data["x-amz-id-2"] === void 0 && (missing0 = "x-amz-id-2")) {
        validate50.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["x-amz-request-id"] !== void 0) {
          const _errs1 = errors;
          if (typeof data["x-amz-request-id"] !== "string") {
            validate50.errors = [{ instancePath: instancePath + "/x-amz-request-id", schemaPath: "#/properties/x-amz-request-id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate50.errors = [{ instancePath: instancePath + "/x-amz-id-2", schemaPath: "#/properties/x-amz-id-2/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate50.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate50.errors = vErrors;
  return errors === 0;
}
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern5.test(data)) {
        validate55.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
        return false;
      }
    } else {
      validate55.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate55.errors = vErrors;
  return errors === 0;
}
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.ownerIdentity === void 0 && (missing0 = "ownerIdentity") || data.arn === void 0 && (missing0 = "arn")) {
        validate53.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate53.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.ownerIdentity !== void 0) {
            const _errs3 = errors;
            if (!validate46(data.ownerIdentity, { instancePath: instancePath + "/ownerIdentity", parentData: data, parentDataProperty: "ownerIdentity", rootData })) {
              vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.arn !== void 0) {
              const _errs4 = errors;
              if (!validate55(data.arn, { instancePath: instancePath + "/arn", parentData: data, parentDataProperty: "arn", rootData })) {
                vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
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
      validate53.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
var schema25 = { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "size": { "type": "integer", "minimum": 0 }, "eTag": { "type": "string" }, "versionId": { "type": ["string", "null"] }, "sequencer": { "type": "string" } } };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.key === void 0 && (missing0 = "key")) {
        validate58.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.key !== void 0) {
          const _errs1 = errors;
          if (typeof data.key !== "string") {
            validate58.errors = [{ instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate58.errors = [{ instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 < 0 || isNaN(data1)) {
                  validate58.errors = [{ instancePath: instancePath + "/size", schemaPath: "#/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
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
                validate58.errors = [{ instancePath: instancePath + "/eTag", schemaPath: "#/properties/eTag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate58.errors = [{ instancePath: instancePath + "/versionId", schemaPath: "#/properties/versionId/type", keyword: "type", params: { type: schema25.properties.versionId.type }, message: "must be string,null" }];
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
                    validate58.errors = [{ instancePath: instancePath + "/sequencer", schemaPath: "#/properties/sequencer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate58.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate58.errors = vErrors;
  return errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.s3SchemaVersion === void 0 && (missing0 = "s3SchemaVersion") || data.configurationId === void 0 && (missing0 = "configurationId") || data.bucket === void 0 && (missing0 = "bucket") || data.object === void 0 && (missing0 = "object")) {
        validate52.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.s3SchemaVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.s3SchemaVersion !== "string") {
            validate52.errors = [{ instancePath: instancePath + "/s3SchemaVersion", schemaPath: "#/properties/s3SchemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate52.errors = [{ instancePath: instancePath + "/configurationId", schemaPath: "#/properties/configurationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.bucket !== void 0) {
              const _errs5 = errors;
              if (!validate53(data.bucket, { instancePath: instancePath + "/bucket", parentData: data, parentDataProperty: "bucket", rootData })) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.object !== void 0) {
                const _errs6 = errors;
                if (!validate58(data.object, { instancePath: instancePath + "/object", parentData: data, parentDataProperty: "object", rootData })) {
                  vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
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
      validate52.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate52.errors = vErrors;
  return errors === 0;
}
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.lifecycleRestorationExpiryTime === void 0 && (missing0 = "lifecycleRestorationExpiryTime") || data.lifecycleRestoreStorageClass === void 0 && (missing0 = "lifecycleRestoreStorageClass")) {
        validate62.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.lifecycleRestorationExpiryTime !== void 0) {
          const _errs1 = errors;
          if (!validate44(data.lifecycleRestorationExpiryTime, { instancePath: instancePath + "/lifecycleRestorationExpiryTime", parentData: data, parentDataProperty: "lifecycleRestorationExpiryTime", rootData })) {
            vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
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
              validate62.errors = [{ instancePath: instancePath + "/lifecycleRestoreStorageClass", schemaPath: "#/properties/lifecycleRestoreStorageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate62.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate62.errors = vErrors;
  return errors === 0;
}
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.restoreEventData === void 0 && (missing0 = "restoreEventData")) {
        validate61.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.restoreEventData !== void 0) {
          if (!validate62(data.restoreEventData, { instancePath: instancePath + "/restoreEventData", parentData: data, parentDataProperty: "restoreEventData", rootData })) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      validate61.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate61.errors = vErrors;
  return errors === 0;
}
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.transitionEventData === void 0 && (missing0 = "transitionEventData")) {
        validate66.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.transitionEventData !== void 0) {
          let data0 = data.transitionEventData;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.destinationStorageClass === void 0 && (missing1 = "destinationStorageClass")) {
                validate66.errors = [{ instancePath: instancePath + "/transitionEventData", schemaPath: "#/properties/transitionEventData/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.destinationStorageClass !== void 0) {
                  if (typeof data0.destinationStorageClass !== "string") {
                    validate66.errors = [{ instancePath: instancePath + "/transitionEventData/destinationStorageClass", schemaPath: "#/properties/transitionEventData/properties/destinationStorageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
              }
            } else {
              validate66.errors = [{ instancePath: instancePath + "/transitionEventData", schemaPath: "#/properties/transitionEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate66.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate66.errors = vErrors;
  return errors === 0;
}
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.destinationAccessTier === void 0 && (missing0 = "destinationAccessTier")) {
        validate68.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.destinationAccessTier !== void 0) {
          if (typeof data.destinationAccessTier !== "string") {
            validate68.errors = [{ instancePath: instancePath + "/destinationAccessTier", schemaPath: "#/properties/destinationAccessTier/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
        }
      }
    } else {
      validate68.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate68.errors = vErrors;
  return errors === 0;
}
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.replicationRuleId === void 0 && (missing0 = "replicationRuleId") || data.destinationBucket === void 0 && (missing0 = "destinationBucket") || data.s3Operation === void 0 && (missing0 = "s3Operation") || data.requestTime === void 0 && (missing0 = "requestTime")) {
        validate70.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.replicationRuleId !== void 0) {
          const _errs1 = errors;
          if (typeof data.replicationRuleId !== "string") {
            validate70.errors = [{ instancePath: instancePath + "/replicationRuleId", schemaPath: "#/properties/replicationRuleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.destinationBucket !== void 0) {
            const _errs3 = errors;
            if (!validate55(data.destinationBucket, { instancePath: instancePath + "/destinationBucket", parentData: data, parentDataProperty: "destinationBucket", rootData })) {
              vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
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
                validate70.errors = [{ instancePath: instancePath + "/s3Operation", schemaPath: "#/properties/s3Operation/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.requestTime !== void 0) {
                const _errs6 = errors;
                if (!validate44(data.requestTime, { instancePath: instancePath + "/requestTime", parentData: data, parentDataProperty: "requestTime", rootData })) {
                  vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
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
                    validate70.errors = [{ instancePath: instancePath + "/failureReason", schemaPath: "#/properties/failureReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate70.errors = [{ instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate70.errors = [{ instancePath: instancePath + "/replicationTime", schemaPath: "#/properties/replicationTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate70.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate70.errors = vErrors;
  return errors === 0;
}
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.eventVersion === void 0 && (missing0 = "eventVersion") || data.eventSource === void 0 && (missing0 = "eventSource") || data.awsRegion === void 0 && (missing0 = "awsRegion") || data.eventTime === void 0 && (missing0 = "eventTime") || data.eventName === void 0 && (missing0 = "eventName") || data.userIdentity === void 0 && (missing0 = "userIdentity") || data.requestParameters === void 0 && (missing0 = "requestParameters") || data.responseElements === void 0 && (missing0 = "responseElements") || data.s3 === void 0 && (missing0 = "s3")) {
        validate41.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventVersion !== void 0) {
          let data0 = data.eventVersion;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (!pattern7.test(data0)) {
                validate41.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/pattern", keyword: "pattern", params: { pattern: "^2\\.[0-9]+$" }, message: 'must match pattern "^2\\.[0-9]+$"' }];
                return false;
              }
            } else {
              validate41.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate41.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:s3" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.awsRegion !== void 0) {
              const _errs4 = errors;
              if (!validate42(data.awsRegion, { instancePath: instancePath + "/awsRegion", parentData: data, parentDataProperty: "awsRegion", rootData })) {
                vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.eventTime !== void 0) {
                const _errs5 = errors;
                if (!validate44(data.eventTime, { instancePath: instancePath + "/eventTime", parentData: data, parentDataProperty: "eventTime", rootData })) {
                  vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
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
                      if (!pattern10.test(data4)) {
                        validate41.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Za-z]*(:[A-Za-z]+)*$" }, message: 'must match pattern "^[A-Z][A-Za-z]*(:[A-Za-z]+)*$"' }];
                        return false;
                      }
                    } else {
                      validate41.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    if (!validate46(data.userIdentity, { instancePath: instancePath + "/userIdentity", parentData: data, parentDataProperty: "userIdentity", rootData })) {
                      vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.requestParameters !== void 0) {
                      const _errs9 = errors;
                      if (!validate48(data.requestParameters, { instancePath: instancePath + "/requestParameters", parentData: data, parentDataProperty: "requestParameters", rootData })) {
                        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.responseElements !== void 0) {
                        const _errs10 = errors;
                        if (!validate50(data.responseElements, { instancePath: instancePath + "/responseElements", parentData: data, parentDataProperty: "responseElements", rootData })) {
                          vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs10 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.s3 !== void 0) {
                          const _errs11 = errors;
                          if (!validate52(data.s3, { instancePath: instancePath + "/s3", parentData: data, parentDataProperty: "s3", rootData })) {
                            vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs11 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.glacierEventData !== void 0) {
                            const _errs12 = errors;
                            if (!validate61(data.glacierEventData, { instancePath: instancePath + "/glacierEventData", parentData: data, parentDataProperty: "glacierEventData", rootData })) {
                              vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs12 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.lifecycleEventData !== void 0) {
                              const _errs13 = errors;
                              if (!validate66(data.lifecycleEventData, { instancePath: instancePath + "/lifecycleEventData", parentData: data, parentDataProperty: "lifecycleEventData", rootData })) {
                                vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
                                errors = vErrors.length;
                              }
                              var valid0 = _errs13 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.intelligentTieringEventData !== void 0) {
                                const _errs14 = errors;
                                if (!validate68(data.intelligentTieringEventData, { instancePath: instancePath + "/intelligentTieringEventData", parentData: data, parentDataProperty: "intelligentTieringEventData", rootData })) {
                                  vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs14 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.replicationEventData !== void 0) {
                                  const _errs15 = errors;
                                  if (!validate70(data.replicationEventData, { instancePath: instancePath + "/replicationEventData", parentData: data, parentDataProperty: "replicationEventData", rootData })) {
                                    vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
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
      validate41.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Records === void 0 && (missing0 = "Records")) {
        validate40.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Records !== void 0) {
          let data0 = data.Records;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                validate40.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                return false;
              } else {
                var valid1 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs3 = errors;
                  if (!validate41(data0[i0], { instancePath: instancePath + "/Records/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs3 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            } else {
              validate40.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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
var carried0_1 = validate75;
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern9.test(data)) {
        validate76.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
        return false;
      }
    } else {
      validate76.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate76.errors = vErrors;
  return errors === 0;
}
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Service === void 0 && (missing0 = "Service") || data.Event === void 0 && (missing0 = "Event") || data.Time === void 0 && (missing0 = "Time") || data.Bucket === void 0 && (missing0 = "Bucket") || data.RequestId === void 0 && (missing0 = "RequestId") || data.HostId === void 0 && (missing0 = "HostId")) {
        validate75.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Service !== void 0) {
          const _errs1 = errors;
          if ("Amazon S3" !== data.Service) {
            validate75.errors = [{ instancePath: instancePath + "/Service", schemaPath: "#/properties/Service/const", keyword: "const", params: { allowedValue: "Amazon S3" }, message: "must be equal to constant" }];
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
              validate75.errors = [{ instancePath: instancePath + "/Event", schemaPath: "#/properties/Event/const", keyword: "const", params: { allowedValue: "s3:TestEvent" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.Time !== void 0) {
              const _errs3 = errors;
              if (!validate76(data.Time, { instancePath: instancePath + "/Time", parentData: data, parentDataProperty: "Time", rootData })) {
                vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.Bucket !== void 0) {
                const _errs4 = errors;
                if (typeof data.Bucket !== "string") {
                  validate75.errors = [{ instancePath: instancePath + "/Bucket", schemaPath: "#/properties/Bucket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.RequestId !== void 0) {
                  const _errs6 = errors;
                  if (typeof data.RequestId !== "string") {
                    validate75.errors = [{ instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.HostId !== void 0) {
                    const _errs8 = errors;
                    if (typeof data.HostId !== "string") {
                      validate75.errors = [{ instancePath: instancePath + "/HostId", schemaPath: "#/properties/HostId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
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
      }
    } else {
      validate75.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate75.errors = vErrors;
  return errors === 0;
}

// check:s3.notification-in-sqs.strict.check.js
function p0(s) {
  let i = 0;
  let c;
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
var p1 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
var p2 = new RegExp("^(String|Number|Binary)(\\..+)?$", "u");
function p3(s) {
  let i = 0;
  let c;
  for (let n = 0; n < 32; n++) {
    c = s.charCodeAt(i);
    if (!(c >= 48 && c <= 57 || c >= 97 && c <= 102)) return false;
    i++;
  }
  return i === s.length;
}
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
var p5 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function d_SqsRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v3 = x.messageId;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.receiptHandle;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.body;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.attributes;
    if (v6 === void 0) return false;
    if (!d_SqsMessageSystemAttributes(v6)) return false;
  }
  {
    const v16 = x.messageAttributes;
    if (v16 === void 0) return false;
    if (!(v16 !== null && typeof v16 === "object" && !Array.isArray(v16))) return false;
    for (const v17 in v16) {
      const v18 = v16[v17];
      if (!d_SqsMessageAttribute(v18)) return false;
    }
  }
  {
    const v28 = x.md5OfBody;
    if (v28 === void 0) return false;
    if (!(typeof v28 === "string" && p3(v28))) return false;
  }
  {
    const v29 = x.md5OfMessageAttributes;
    if (v29 !== void 0) {
      if (!(typeof v29 === "string" && p3(v29) || v29 === null)) return false;
    }
  }
  {
    const v30 = x.eventSource;
    if (v30 === void 0) return false;
    if (!(v30 === "aws:sqs")) return false;
  }
  {
    const v31 = x.eventSourceARN;
    if (v31 === void 0) return false;
    if (!(typeof v31 === "string" && p4(v31))) return false;
  }
  {
    const v32 = x.awsRegion;
    if (v32 === void 0) return false;
    if (!(typeof v32 === "string" && p5.test(v32))) return false;
  }
  return true;
}
function d_SqsMessageSystemAttributes(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v7 = x.ApproximateReceiveCount;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
    if (!p0(v7)) return false;
  }
  {
    const v8 = x.SentTimestamp;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string" && p0(v8))) return false;
  }
  {
    const v9 = x.SenderId;
    if (v9 === void 0) return false;
    if (!(typeof v9 === "string")) return false;
  }
  {
    const v10 = x.ApproximateFirstReceiveTimestamp;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "string" && p0(v10))) return false;
  }
  {
    const v11 = x.SequenceNumber;
    if (v11 !== void 0) {
      if (!(typeof v11 === "string")) return false;
    }
  }
  {
    const v12 = x.MessageGroupId;
    if (v12 !== void 0) {
      if (!(typeof v12 === "string")) return false;
    }
  }
  {
    const v13 = x.MessageDeduplicationId;
    if (v13 !== void 0) {
      if (!(typeof v13 === "string")) return false;
    }
  }
  {
    const v14 = x.AWSTraceHeader;
    if (v14 !== void 0) {
      if (!(typeof v14 === "string")) return false;
    }
  }
  {
    const v15 = x.DeadLetterQueueSourceArn;
    if (v15 !== void 0) {
      if (!(typeof v15 === "string")) return false;
    }
  }
  return true;
}
function d_SqsMessageAttribute(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v19 = x.stringValue;
    if (v19 !== void 0) {
      if (!(typeof v19 === "string" || v19 === null)) return false;
    }
  }
  {
    const v20 = x.binaryValue;
    if (v20 !== void 0) {
      if (!(typeof v20 === "string" && p1.test(v20) || v20 === null)) return false;
    }
  }
  {
    const v21 = x.stringListValues;
    if (v21 !== void 0) {
      if (!Array.isArray(v21)) return false;
      for (let v23 = 0; v23 < v21.length; v23++) {
        const v22 = v21[v23];
        if (!(typeof v22 === "string")) return false;
      }
    }
  }
  {
    const v24 = x.binaryListValues;
    if (v24 !== void 0) {
      if (!Array.isArray(v24)) return false;
      for (let v26 = 0; v26 < v24.length; v26++) {
        const v25 = v24[v26];
        if (!(typeof v25 === "string")) return false;
      }
    }
  }
  {
    const v27 = x.dataType;
    if (v27 === void 0) return false;
    if (!(typeof v27 === "string")) return false;
    if (!p2.test(v27)) return false;
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
      if (!d_SqsRecord(v1)) return false;
    }
  }
  return true;
}

// check0_0:s3.notification-in-sqs.strict.check0_0.js
function p02(s) {
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
var p12 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
var p22 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
var p32 = new RegExp("^[A-Z][A-Za-z]*(:[A-Za-z]+)*$", "u");
function p42(s) {
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
    if (!p02(v3)) return false;
  }
  {
    const v4 = x.eventSource;
    if (v4 === void 0) return false;
    if (!(v4 === "aws:s3")) return false;
  }
  {
    const v5 = x.awsRegion;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string" && p12.test(v5))) return false;
  }
  {
    const v6 = x.eventTime;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string" && p22.test(v6))) return false;
  }
  {
    const v7 = x.eventName;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
    if (!p32.test(v7)) return false;
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
    if (!(typeof v21 === "string" && p42(v21))) return false;
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
    if (!(typeof v30 === "string" && p22.test(v30))) return false;
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
    if (!(typeof v39 === "string" && p42(v39))) return false;
  }
  {
    const v40 = x.s3Operation;
    if (v40 === void 0) return false;
    if (!(typeof v40 === "string")) return false;
  }
  {
    const v41 = x.requestTime;
    if (v41 === void 0) return false;
    if (!(typeof v41 === "string" && p22.test(v41))) return false;
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
function check2(x) {
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

// check0_1:s3.notification-in-sqs.strict.check0_1.js
var p03 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
function check3(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.Service;
    if (v0 === void 0) return false;
    if (!(v0 === "Amazon S3")) return false;
  }
  {
    const v1 = x.Event;
    if (v1 === void 0) return false;
    if (!(v1 === "s3:TestEvent")) return false;
  }
  {
    const v2 = x.Time;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string" && p03.test(v2))) return false;
  }
  {
    const v3 = x.Bucket;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.RequestId;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.HostId;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  return true;
}

// generator/runtime/ajv/checked.ts
function checked(check4, report) {
  function validate2(value) {
    if (check4(value)) {
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
function checkCarried(root, carries, check4, firstProblem = false) {
  const out = [];
  for (let n = 0; n < carries.length; n++) {
    const c = carries[n];
    for (const { pointer, value } of valuesAt(root, c.at)) {
      const decoded = decodeValue(value, c.decode);
      let problem;
      if (decoded.error !== void 0) {
        problem = { code: "E_DECODE", pointer, carry: n, message: `carried payload ${decoded.error} (${c.decode.join(" \u2192 ")})`, params: { steps: c.decode } };
      } else {
        const inner = check4(n, decoded.value);
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
function carriedProblems(root, carries, check4, firstOnly = false) {
  return checkCarried(root, carries, check4, firstOnly).flatMap((p) => p.ok ? [] : [p.problem]);
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
  const check4 = (n, value) => {
    const alternatives = checks[n];
    for (const v of alternatives) if (v(value)) return null;
    return alternatives[0].errors?.[0];
  };
  const validate2 = ((data) => {
    if (!outer2(data)) {
      validate2.errors = outer2.errors;
      return false;
    }
    const failed = carriedProblems(data, carries, check4, !every);
    validate2.errors = failed.length > 0 ? failed.map(carriedError) : null;
    return failed.length === 0;
  });
  validate2.errors = null;
  validate2.carried = { carries, check: check4 };
  return validate2;
}

// s3.notification-in-sqs.strict.entry.ts
var validate = withCarried(checked(check, outer), [{ "at": "/Records/*/body", "decode": ["json"], "id": ["s3.notification", "s3.test-event"] }], [[checked(check2, carried0_0), checked(check3, carried0_1)]]);
withStandardSchema(validate, "s3.notification-in-sqs");
export {
  validate as default,
  validate
};
