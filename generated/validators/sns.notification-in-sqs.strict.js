// Generated from schemas/sns/notification-in-sqs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:sns.notification-in-sqs.strict.standalone.js
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
var carried0 = validate40;
var pattern8 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern8.test(data)) {
        validate42.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
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
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Type === void 0 && (missing0 = "Type") || data.Value === void 0 && (missing0 = "Value")) {
        validate44.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Type !== void 0) {
          let data0 = data.Type;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (!pattern3.test(data0)) {
                validate44.errors = [{ instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/pattern", keyword: "pattern", params: { pattern: "^(String|Number|Binary)(\\..+)?$" }, message: 'must match pattern "^(String|Number|Binary)(\\..+)?$"' }];
                return false;
              }
            } else {
              validate44.errors = [{ instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Value !== void 0) {
            const _errs3 = errors;
            if (typeof data.Value !== "string") {
              validate44.errors = [{ instancePath: instancePath + "/Value", schemaPath: "#/properties/Value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Type === void 0 && (missing0 = "Type") || data.MessageId === void 0 && (missing0 = "MessageId") || data.TopicArn === void 0 && (missing0 = "TopicArn") || data.Message === void 0 && (missing0 = "Message") || data.Timestamp === void 0 && (missing0 = "Timestamp") || data.UnsubscribeURL === void 0 && (missing0 = "UnsubscribeURL")) {
        validate40.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Type !== void 0) {
          const _errs1 = errors;
          if ("Notification" !== data.Type) {
            validate40.errors = [{ instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/const", keyword: "const", params: { allowedValue: "Notification" }, message: "must be equal to constant" }];
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
              validate40.errors = [{ instancePath: instancePath + "/MessageId", schemaPath: "#/properties/MessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.SequenceNumber !== void 0) {
              let data2 = data.SequenceNumber;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data2 === "string") {
                  if (!pattern0.test(data2)) {
                    validate40.errors = [{ instancePath: instancePath + "/SequenceNumber", schemaPath: "#/properties/SequenceNumber/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' }];
                    return false;
                  }
                } else {
                  validate40.errors = [{ instancePath: instancePath + "/SequenceNumber", schemaPath: "#/properties/SequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.TopicArn !== void 0) {
                const _errs6 = errors;
                if (!validate35(data.TopicArn, { instancePath: instancePath + "/TopicArn", parentData: data, parentDataProperty: "TopicArn", rootData })) {
                  vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.Subject !== void 0) {
                  const _errs7 = errors;
                  if (typeof data.Subject !== "string") {
                    validate40.errors = [{ instancePath: instancePath + "/Subject", schemaPath: "#/properties/Subject/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.Message !== void 0) {
                    const _errs9 = errors;
                    if (typeof data.Message !== "string") {
                      validate40.errors = [{ instancePath: instancePath + "/Message", schemaPath: "#/properties/Message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.Timestamp !== void 0) {
                      const _errs11 = errors;
                      if (!validate42(data.Timestamp, { instancePath: instancePath + "/Timestamp", parentData: data, parentDataProperty: "Timestamp", rootData })) {
                        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.SignatureVersion !== void 0) {
                        const _errs12 = errors;
                        if (typeof data.SignatureVersion !== "string") {
                          validate40.errors = [{ instancePath: instancePath + "/SignatureVersion", schemaPath: "#/properties/SignatureVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.Signature !== void 0) {
                          const _errs14 = errors;
                          if (typeof data.Signature !== "string") {
                            validate40.errors = [{ instancePath: instancePath + "/Signature", schemaPath: "#/properties/Signature/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.SigningCertURL !== void 0) {
                            const _errs16 = errors;
                            if (typeof data.SigningCertURL !== "string") {
                              validate40.errors = [{ instancePath: instancePath + "/SigningCertURL", schemaPath: "#/properties/SigningCertURL/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs16 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.UnsubscribeURL !== void 0) {
                              const _errs18 = errors;
                              if (typeof data.UnsubscribeURL !== "string") {
                                validate40.errors = [{ instancePath: instancePath + "/UnsubscribeURL", schemaPath: "#/properties/UnsubscribeURL/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs18 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.MessageAttributes !== void 0) {
                                let data11 = data.MessageAttributes;
                                const _errs20 = errors;
                                if (errors === _errs20) {
                                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                    for (const key0 in data11) {
                                      const _errs23 = errors;
                                      if (!validate44(data11[key0], { instancePath: instancePath + "/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data11, parentDataProperty: key0, rootData })) {
                                        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid1 = _errs23 === errors;
                                      if (!valid1) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate40.errors = [{ instancePath: instancePath + "/MessageAttributes", schemaPath: "#/properties/MessageAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
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

// check:sns.notification-in-sqs.strict.check.js
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
function checkCarried(root, carries, check2, firstProblem = false) {
  const out = [];
  for (let n = 0; n < carries.length; n++) {
    const c = carries[n];
    for (const { pointer, value } of valuesAt(root, c.at)) {
      const decoded = decodeValue(value, c.decode);
      let problem;
      if (decoded.error !== void 0) {
        problem = { code: "E_DECODE", pointer, carry: n, message: `carried payload ${decoded.error} (${c.decode.join(" \u2192 ")})`, params: { steps: c.decode } };
      } else {
        const inner = check2(n, decoded.value);
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
function carriedProblems(root, carries, check2, firstOnly = false) {
  return checkCarried(root, carries, check2, firstOnly).flatMap((p) => p.ok ? [] : [p.problem]);
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
  const check2 = (n, value) => {
    const alternatives = checks[n];
    for (const v of alternatives) if (v(value)) return null;
    return alternatives[0].errors?.[0];
  };
  const validate2 = ((data) => {
    if (!outer2(data)) {
      validate2.errors = outer2.errors;
      return false;
    }
    const failed = carriedProblems(data, carries, check2, !every);
    validate2.errors = failed.length > 0 ? failed.map(carriedError) : null;
    return failed.length === 0;
  });
  validate2.errors = null;
  validate2.carried = { carries, check: check2 };
  return validate2;
}

// sns.notification-in-sqs.strict.entry.ts
var validate = withCarried(checked(check, outer), [{ "at": "/Records/*/body", "decode": ["json"], "def": "SnsHttpNotification" }], [[carried0]]);
withStandardSchema(validate, "sns.notification-in-sqs");
export {
  validate as default,
  validate
};
