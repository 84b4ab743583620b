// Generated from schemas/dynamodb/stream-record-in-kinesis.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:dynamodb.stream-record-in-kinesis.strict.standalone.js
var outer = validate21;
var pattern0 = new RegExp("^[0-9]+$", "u");
var pattern1 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern1.test(data)) {
        validate24.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' }];
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
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data == "number" && isFinite(data)) {
      if (data < 0 || isNaN(data)) {
        validate26.errors = [{ instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
        return false;
      }
    } else {
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.kinesisSchemaVersion === void 0 && (missing0 = "kinesisSchemaVersion") || data.partitionKey === void 0 && (missing0 = "partitionKey") || data.sequenceNumber === void 0 && (missing0 = "sequenceNumber") || data.data === void 0 && (missing0 = "data") || data.approximateArrivalTimestamp === void 0 && (missing0 = "approximateArrivalTimestamp")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.kinesisSchemaVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.kinesisSchemaVersion !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/kinesisSchemaVersion", schemaPath: "#/properties/kinesisSchemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
            if (data.sequenceNumber !== void 0) {
              let data2 = data.sequenceNumber;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data2 === "string") {
                  if (!pattern0.test(data2)) {
                    validate23.errors = [{ instancePath: instancePath + "/sequenceNumber", schemaPath: "#/properties/sequenceNumber/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' }];
                    return false;
                  }
                } else {
                  validate23.errors = [{ instancePath: instancePath + "/sequenceNumber", schemaPath: "#/properties/sequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.data !== void 0) {
                const _errs7 = errors;
                if (!validate24(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData })) {
                  vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.approximateArrivalTimestamp !== void 0) {
                  const _errs8 = errors;
                  if (!validate26(data.approximateArrivalTimestamp, { instancePath: instancePath + "/approximateArrivalTimestamp", parentData: data, parentDataProperty: "approximateArrivalTimestamp", rootData })) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.encryptionType !== void 0) {
                    const _errs9 = errors;
                    if (typeof data.encryptionType !== "string") {
                      validate23.errors = [{ instancePath: instancePath + "/encryptionType", schemaPath: "#/properties/encryptionType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      }
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var pattern2 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern2.test(data)) {
        validate29.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
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
var pattern3 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern3.test(data)) {
        validate31.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
        return false;
      }
    } else {
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.kinesis === void 0 && (missing0 = "kinesis") || data.eventSource === void 0 && (missing0 = "eventSource") || data.eventVersion === void 0 && (missing0 = "eventVersion") || data.eventID === void 0 && (missing0 = "eventID") || data.eventName === void 0 && (missing0 = "eventName") || data.invokeIdentityArn === void 0 && (missing0 = "invokeIdentityArn") || data.awsRegion === void 0 && (missing0 = "awsRegion") || data.eventSourceARN === void 0 && (missing0 = "eventSourceARN")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.kinesis !== void 0) {
          const _errs1 = errors;
          if (!validate23(data.kinesis, { instancePath: instancePath + "/kinesis", parentData: data, parentDataProperty: "kinesis", rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
              validate22.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:kinesis" }, message: "must be equal to constant" }];
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
                validate22.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate22.errors = [{ instancePath: instancePath + "/eventID", schemaPath: "#/properties/eventID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate22.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/const", keyword: "const", params: { allowedValue: "aws:kinesis:record" }, message: "must be equal to constant" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.invokeIdentityArn !== void 0) {
                    const _errs8 = errors;
                    if (!validate29(data.invokeIdentityArn, { instancePath: instancePath + "/invokeIdentityArn", parentData: data, parentDataProperty: "invokeIdentityArn", rootData })) {
                      vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.awsRegion !== void 0) {
                      const _errs9 = errors;
                      if (!validate31(data.awsRegion, { instancePath: instancePath + "/awsRegion", parentData: data, parentDataProperty: "awsRegion", rootData })) {
                        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.eventSourceARN !== void 0) {
                        const _errs10 = errors;
                        if (!validate29(data.eventSourceARN, { instancePath: instancePath + "/eventSourceARN", parentData: data, parentDataProperty: "eventSourceARN", rootData })) {
                          vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                          errors = vErrors.length;
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
var carried0 = validate35;
var schema13 = { "type": "object", "required": ["awsRegion", "eventID", "eventName", "userIdentity", "recordFormat", "tableName", "dynamodb", "eventSource"], "properties": { "awsRegion": { "$ref": "#/$defs/AwsRegion" }, "eventID": { "type": "string" }, "eventName": { "enum": ["INSERT", "MODIFY", "REMOVE"] }, "userIdentity": { "anyOf": [{ "$ref": "#/$defs/DynamoDbStreamUserIdentity" }, { "type": "null" }] }, "recordFormat": { "const": "application/json" }, "tableName": { "type": "string" }, "dynamodb": { "$ref": "#/$defs/DynamoDbStreamRecord" }, "eventSource": { "const": "aws:dynamodb" } } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type") || data.principalId === void 0 && (missing0 = "principalId")) {
        validate37.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs1 = errors;
          if (typeof data.type !== "string") {
            validate37.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.principalId !== void 0) {
            const _errs3 = errors;
            if (typeof data.principalId !== "string") {
              validate37.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
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
var schema15 = { "type": "object", "required": ["ApproximateCreationDateTime", "Keys", "SizeBytes"], "properties": { "ApproximateCreationDateTime": { "type": "number", "minimum": 0 }, "ApproximateCreationDateTimePrecision": { "enum": ["MILLISECOND", "MICROSECOND"] }, "Keys": { "$ref": "#/$defs/AttributeMap" }, "NewImage": { "$ref": "#/$defs/AttributeMap" }, "OldImage": { "$ref": "#/$defs/AttributeMap" }, "SequenceNumber": { "type": "string", "pattern": "^[0-9]+$" }, "SizeBytes": { "type": "integer", "minimum": 1 }, "StreamViewType": { "enum": ["KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"] } } };
var pattern4 = new RegExp("^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$", "u");
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern4.test(data)) {
        validate42.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$" }, message: 'must match pattern "^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$"' }];
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
var wrapper0 = { validate: validate40 };
var wrapper1 = { validate: validate41 };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (errors === _errs1) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.S === void 0 && (missing0 = "S")) {
        const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.S !== void 0) {
          if (typeof data.S !== "string") {
            const err1 = { instancePath: instancePath + "/S", schemaPath: "#/oneOf/0/properties/S/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs5 = errors;
  if (errors === _errs5) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.N === void 0 && (missing1 = "N")) {
        const err3 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      } else {
        if (data.N !== void 0) {
          if (!validate42(data.N, { instancePath: instancePath + "/N", parentData: data, parentDataProperty: "N", rootData })) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  }
  var _valid0 = _errs5 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs8 = errors;
    if (errors === _errs8) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (data.B === void 0 && (missing2 = "B")) {
          const err5 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        } else {
          if (data.B !== void 0) {
            if (!validate24(data.B, { instancePath: instancePath + "/B", parentData: data, parentDataProperty: "B", rootData })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err6 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid0 = _errs8 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs11 = errors;
      if (errors === _errs11) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing3;
          if (data.SS === void 0 && (missing3 = "SS")) {
            const err7 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          } else {
            if (data.SS !== void 0) {
              let data3 = data.SS;
              const _errs13 = errors;
              if (errors === _errs13) {
                if (Array.isArray(data3)) {
                  var valid5 = true;
                  const len0 = data3.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs15 = errors;
                    if (typeof data3[i0] !== "string") {
                      const err8 = { instancePath: instancePath + "/SS/" + i0, schemaPath: "#/oneOf/3/properties/SS/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err8];
                      } else {
                        vErrors.push(err8);
                      }
                      errors++;
                    }
                    var valid5 = _errs15 === errors;
                    if (!valid5) {
                      break;
                    }
                  }
                } else {
                  const err9 = { instancePath: instancePath + "/SS", schemaPath: "#/oneOf/3/properties/SS/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
            }
          }
        } else {
          const err10 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      var _valid0 = _errs11 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
        }
        const _errs17 = errors;
        if (errors === _errs17) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing4;
            if (data.NS === void 0 && (missing4 = "NS")) {
              const err11 = { instancePath, schemaPath: "#/oneOf/4/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            } else {
              if (data.NS !== void 0) {
                let data5 = data.NS;
                const _errs19 = errors;
                if (errors === _errs19) {
                  if (Array.isArray(data5)) {
                    var valid7 = true;
                    const len1 = data5.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs21 = errors;
                      if (!validate42(data5[i1], { instancePath: instancePath + "/NS/" + i1, parentData: data5, parentDataProperty: i1, rootData })) {
                        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
                        errors = vErrors.length;
                      }
                      var valid7 = _errs21 === errors;
                      if (!valid7) {
                        break;
                      }
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/NS", schemaPath: "#/oneOf/4/properties/NS/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
              }
            }
          } else {
            const err13 = { instancePath, schemaPath: "#/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        var _valid0 = _errs17 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
          }
          const _errs22 = errors;
          if (errors === _errs22) {
            if (data && typeof data == "object" && !Array.isArray(data)) {
              let missing5;
              if (data.BS === void 0 && (missing5 = "BS")) {
                const err14 = { instancePath, schemaPath: "#/oneOf/5/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              } else {
                if (data.BS !== void 0) {
                  let data7 = data.BS;
                  const _errs24 = errors;
                  if (errors === _errs24) {
                    if (Array.isArray(data7)) {
                      var valid9 = true;
                      const len2 = data7.length;
                      for (let i2 = 0; i2 < len2; i2++) {
                        const _errs26 = errors;
                        if (!validate24(data7[i2], { instancePath: instancePath + "/BS/" + i2, parentData: data7, parentDataProperty: i2, rootData })) {
                          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                          errors = vErrors.length;
                        }
                        var valid9 = _errs26 === errors;
                        if (!valid9) {
                          break;
                        }
                      }
                    } else {
                      const err15 = { instancePath: instancePath + "/BS", schemaPath: "#/oneOf/5/properties/BS/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  }
                }
              }
            } else {
              const err16 = { instancePath, schemaPath: "#/oneOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          var _valid0 = _errs22 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 5];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 5;
            }
            const _errs27 = errors;
            if (errors === _errs27) {
              if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing6;
                if (data.M === void 0 && (missing6 = "M")) {
                  const err17 = { instancePath, schemaPath: "#/oneOf/6/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                } else {
                  if (data.M !== void 0) {
                    if (!wrapper0.validate(data.M, { instancePath: instancePath + "/M", parentData: data, parentDataProperty: "M", rootData })) {
                      vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                      errors = vErrors.length;
                    }
                  }
                }
              } else {
                const err18 = { instancePath, schemaPath: "#/oneOf/6/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            var _valid0 = _errs27 === errors;
            if (_valid0 && valid0) {
              valid0 = false;
              passing0 = [passing0, 6];
            } else {
              if (_valid0) {
                valid0 = true;
                passing0 = 6;
              }
              const _errs30 = errors;
              if (errors === _errs30) {
                if (data && typeof data == "object" && !Array.isArray(data)) {
                  let missing7;
                  if (data.L === void 0 && (missing7 = "L")) {
                    const err19 = { instancePath, schemaPath: "#/oneOf/7/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  } else {
                    if (data.L !== void 0) {
                      let data10 = data.L;
                      const _errs32 = errors;
                      if (errors === _errs32) {
                        if (Array.isArray(data10)) {
                          var valid12 = true;
                          const len3 = data10.length;
                          for (let i3 = 0; i3 < len3; i3++) {
                            const _errs34 = errors;
                            if (!wrapper1.validate(data10[i3], { instancePath: instancePath + "/L/" + i3, parentData: data10, parentDataProperty: i3, rootData })) {
                              vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
                              errors = vErrors.length;
                            }
                            var valid12 = _errs34 === errors;
                            if (!valid12) {
                              break;
                            }
                          }
                        } else {
                          const err20 = { instancePath: instancePath + "/L", schemaPath: "#/oneOf/7/properties/L/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                          if (vErrors === null) {
                            vErrors = [err20];
                          } else {
                            vErrors.push(err20);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err21 = { instancePath, schemaPath: "#/oneOf/7/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs30 === errors;
              if (_valid0 && valid0) {
                valid0 = false;
                passing0 = [passing0, 7];
              } else {
                if (_valid0) {
                  valid0 = true;
                  passing0 = 7;
                }
                const _errs35 = errors;
                if (errors === _errs35) {
                  if (data && typeof data == "object" && !Array.isArray(data)) {
                    let missing8;
                    if (data.NULL === void 0 && (missing8 = "NULL")) {
                      const err22 = { instancePath, schemaPath: "#/oneOf/8/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    } else {
                      if (data.NULL !== void 0) {
                        if (true !== data.NULL) {
                          const err23 = { instancePath: instancePath + "/NULL", schemaPath: "#/oneOf/8/properties/NULL/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err24 = { instancePath, schemaPath: "#/oneOf/8/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs35 === errors;
                if (_valid0 && valid0) {
                  valid0 = false;
                  passing0 = [passing0, 8];
                } else {
                  if (_valid0) {
                    valid0 = true;
                    passing0 = 8;
                  }
                  const _errs38 = errors;
                  if (errors === _errs38) {
                    if (data && typeof data == "object" && !Array.isArray(data)) {
                      let missing9;
                      if (data.BOOL === void 0 && (missing9 = "BOOL")) {
                        const err25 = { instancePath, schemaPath: "#/oneOf/9/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      } else {
                        if (data.BOOL !== void 0) {
                          if (typeof data.BOOL !== "boolean") {
                            const err26 = { instancePath: instancePath + "/BOOL", schemaPath: "#/oneOf/9/properties/BOOL/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err26];
                            } else {
                              vErrors.push(err26);
                            }
                            errors++;
                          }
                        }
                      }
                    } else {
                      const err27 = { instancePath, schemaPath: "#/oneOf/9/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  }
                  var _valid0 = _errs38 === errors;
                  if (_valid0 && valid0) {
                    valid0 = false;
                    passing0 = [passing0, 9];
                  } else {
                    if (_valid0) {
                      valid0 = true;
                      passing0 = 9;
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
  if (!valid0) {
    const err28 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
    validate41.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (!validate41(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData })) {
          vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
      if (data.ApproximateCreationDateTime === void 0 && (missing0 = "ApproximateCreationDateTime") || data.Keys === void 0 && (missing0 = "Keys") || data.SizeBytes === void 0 && (missing0 = "SizeBytes")) {
        validate39.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.ApproximateCreationDateTime !== void 0) {
          let data0 = data.ApproximateCreationDateTime;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 == "number" && isFinite(data0)) {
              if (data0 < 0 || isNaN(data0)) {
                validate39.errors = [{ instancePath: instancePath + "/ApproximateCreationDateTime", schemaPath: "#/properties/ApproximateCreationDateTime/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                return false;
              }
            } else {
              validate39.errors = [{ instancePath: instancePath + "/ApproximateCreationDateTime", schemaPath: "#/properties/ApproximateCreationDateTime/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.ApproximateCreationDateTimePrecision !== void 0) {
            let data1 = data.ApproximateCreationDateTimePrecision;
            const _errs3 = errors;
            if (!(data1 === "MILLISECOND" || data1 === "MICROSECOND")) {
              validate39.errors = [{ instancePath: instancePath + "/ApproximateCreationDateTimePrecision", schemaPath: "#/properties/ApproximateCreationDateTimePrecision/enum", keyword: "enum", params: { allowedValues: schema15.properties.ApproximateCreationDateTimePrecision.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.Keys !== void 0) {
              const _errs4 = errors;
              if (!validate40(data.Keys, { instancePath: instancePath + "/Keys", parentData: data, parentDataProperty: "Keys", rootData })) {
                vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.NewImage !== void 0) {
                const _errs5 = errors;
                if (!validate40(data.NewImage, { instancePath: instancePath + "/NewImage", parentData: data, parentDataProperty: "NewImage", rootData })) {
                  vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.OldImage !== void 0) {
                  const _errs6 = errors;
                  if (!validate40(data.OldImage, { instancePath: instancePath + "/OldImage", parentData: data, parentDataProperty: "OldImage", rootData })) {
                    vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.SequenceNumber !== void 0) {
                    let data5 = data.SequenceNumber;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (typeof data5 === "string") {
                        if (!pattern0.test(data5)) {
                          validate39.errors = [{ instancePath: instancePath + "/SequenceNumber", schemaPath: "#/properties/SequenceNumber/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' }];
                          return false;
                        }
                      } else {
                        validate39.errors = [{ instancePath: instancePath + "/SequenceNumber", schemaPath: "#/properties/SequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.SizeBytes !== void 0) {
                      let data6 = data.SizeBytes;
                      const _errs9 = errors;
                      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                        validate39.errors = [{ instancePath: instancePath + "/SizeBytes", schemaPath: "#/properties/SizeBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      if (errors === _errs9) {
                        if (typeof data6 == "number" && isFinite(data6)) {
                          if (data6 < 1 || isNaN(data6)) {
                            validate39.errors = [{ instancePath: instancePath + "/SizeBytes", schemaPath: "#/properties/SizeBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                            return false;
                          }
                        }
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.StreamViewType !== void 0) {
                        let data7 = data.StreamViewType;
                        const _errs11 = errors;
                        if (!(data7 === "KEYS_ONLY" || data7 === "NEW_IMAGE" || data7 === "OLD_IMAGE" || data7 === "NEW_AND_OLD_IMAGES")) {
                          validate39.errors = [{ instancePath: instancePath + "/StreamViewType", schemaPath: "#/properties/StreamViewType/enum", keyword: "enum", params: { allowedValues: schema15.properties.StreamViewType.enum }, message: "must be equal to one of the allowed values" }];
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
      }
    } else {
      validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.awsRegion === void 0 && (missing0 = "awsRegion") || data.eventID === void 0 && (missing0 = "eventID") || data.eventName === void 0 && (missing0 = "eventName") || data.userIdentity === void 0 && (missing0 = "userIdentity") || data.recordFormat === void 0 && (missing0 = "recordFormat") || data.tableName === void 0 && (missing0 = "tableName") || data.dynamodb === void 0 && (missing0 = "dynamodb") || data.eventSource === void 0 && (missing0 = "eventSource")) {
        validate35.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.awsRegion !== void 0) {
          const _errs1 = errors;
          if (!validate31(data.awsRegion, { instancePath: instancePath + "/awsRegion", parentData: data, parentDataProperty: "awsRegion", rootData })) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventID !== void 0) {
            const _errs2 = errors;
            if (typeof data.eventID !== "string") {
              validate35.errors = [{ instancePath: instancePath + "/eventID", schemaPath: "#/properties/eventID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.eventName !== void 0) {
              let data2 = data.eventName;
              const _errs4 = errors;
              if (!(data2 === "INSERT" || data2 === "MODIFY" || data2 === "REMOVE")) {
                validate35.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/enum", keyword: "enum", params: { allowedValues: schema13.properties.eventName.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.userIdentity !== void 0) {
                let data3 = data.userIdentity;
                const _errs5 = errors;
                const _errs6 = errors;
                let valid1 = false;
                const _errs7 = errors;
                if (!validate37(data3, { instancePath: instancePath + "/userIdentity", parentData: data, parentDataProperty: "userIdentity", rootData })) {
                  vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                  errors = vErrors.length;
                }
                var _valid0 = _errs7 === errors;
                valid1 = valid1 || _valid0;
                if (!valid1) {
                  const _errs8 = errors;
                  if (data3 !== null) {
                    const err0 = { instancePath: instancePath + "/userIdentity", schemaPath: "#/properties/userIdentity/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid1 = valid1 || _valid0;
                }
                if (!valid1) {
                  const err1 = { instancePath: instancePath + "/userIdentity", schemaPath: "#/properties/userIdentity/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                  validate35.errors = vErrors;
                  return false;
                } else {
                  errors = _errs6;
                  if (vErrors !== null) {
                    if (_errs6) {
                      vErrors.length = _errs6;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.recordFormat !== void 0) {
                  const _errs10 = errors;
                  if ("application/json" !== data.recordFormat) {
                    validate35.errors = [{ instancePath: instancePath + "/recordFormat", schemaPath: "#/properties/recordFormat/const", keyword: "const", params: { allowedValue: "application/json" }, message: "must be equal to constant" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.tableName !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.tableName !== "string") {
                      validate35.errors = [{ instancePath: instancePath + "/tableName", schemaPath: "#/properties/tableName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.dynamodb !== void 0) {
                      const _errs13 = errors;
                      if (!validate39(data.dynamodb, { instancePath: instancePath + "/dynamodb", parentData: data, parentDataProperty: "dynamodb", rootData })) {
                        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.eventSource !== void 0) {
                        const _errs14 = errors;
                        if ("aws:dynamodb" !== data.eventSource) {
                          validate35.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:dynamodb" }, message: "must be equal to constant" }];
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
      validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}

// check:dynamodb.stream-record-in-kinesis.strict.check.js
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
function p2(s) {
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
var p3 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function d_KinesisStreamRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v3 = x.kinesis;
    if (v3 === void 0) return false;
    if (!d_KinesisStreamRecordPayload(v3)) return false;
  }
  {
    const v10 = x.eventSource;
    if (v10 === void 0) return false;
    if (!(v10 === "aws:kinesis")) return false;
  }
  {
    const v11 = x.eventVersion;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  {
    const v12 = x.eventID;
    if (v12 === void 0) return false;
    if (!(typeof v12 === "string")) return false;
  }
  {
    const v13 = x.eventName;
    if (v13 === void 0) return false;
    if (!(v13 === "aws:kinesis:record")) return false;
  }
  {
    const v14 = x.invokeIdentityArn;
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string" && p2(v14))) return false;
  }
  {
    const v15 = x.awsRegion;
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string" && p3.test(v15))) return false;
  }
  {
    const v16 = x.eventSourceARN;
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string" && p2(v16))) return false;
  }
  return true;
}
function d_KinesisStreamRecordPayload(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v4 = x.kinesisSchemaVersion;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.partitionKey;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.sequenceNumber;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
    if (!p0(v6)) return false;
  }
  {
    const v7 = x.data;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string" && p1.test(v7))) return false;
  }
  {
    const v8 = x.approximateArrivalTimestamp;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "number" && isFinite(v8) && v8 >= 0)) return false;
  }
  {
    const v9 = x.encryptionType;
    if (v9 !== void 0) {
      if (!(typeof v9 === "string")) return false;
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
      if (!d_KinesisStreamRecord(v1)) return false;
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

// dynamodb.stream-record-in-kinesis.strict.entry.ts
var validate = withCarried(checked(check, outer), [{ "at": "/Records/*/kinesis/data", "decode": ["base64", "json"], "def": "DynamoDbKinesisChangeRecord" }], [[carried0]]);
withStandardSchema(validate, "dynamodb.stream-record-in-kinesis");
export {
  validate as default,
  validate
};
