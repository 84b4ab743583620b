// Generated from schemas/dynamodb/stream-record-in-kinesis.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:dynamodb.stream-record-in-kinesis.standalone.js
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
var carried0 = validate25;
var schema39 = { "type": "object", "required": ["awsRegion", "eventID", "eventName", "userIdentity", "recordFormat", "tableName", "dynamodb", "eventSource"], "properties": { "awsRegion": { "$ref": "#/$defs/AwsRegion" }, "eventID": { "type": "string" }, "eventName": { "enum": ["INSERT", "MODIFY", "REMOVE"] }, "userIdentity": { "anyOf": [{ "$ref": "#/$defs/DynamoDbStreamUserIdentity" }, { "type": "null" }] }, "recordFormat": { "const": "application/json" }, "tableName": { "type": "string" }, "dynamodb": { "$ref": "#/$defs/DynamoDbStreamRecord" }, "eventSource": { "const": "aws:dynamodb" } } };
var schema42 = { "type": "object", "required": ["ApproximateCreationDateTime", "Keys", "SizeBytes"], "properties": { "ApproximateCreationDateTime": { "type": "number" }, "ApproximateCreationDateTimePrecision": { "enum": ["MILLISECOND", "MICROSECOND"] }, "Keys": { "$ref": "#/$defs/AttributeMap" }, "NewImage": { "$ref": "#/$defs/AttributeMap" }, "OldImage": { "$ref": "#/$defs/AttributeMap" }, "SequenceNumber": { "type": "string" }, "SizeBytes": { "type": "integer" }, "StreamViewType": { "enum": ["KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"] } } };
var wrapper0 = { validate: validate27 };
var wrapper1 = { validate: validate28 };
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
    var props0 = {};
    props0.S = true;
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
          if (typeof data.N !== "string") {
            const err4 = { instancePath: instancePath + "/N", schemaPath: "#/$defs/DynamoDbNumberString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
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
      if (props0 !== true) {
        props0 = props0 || {};
        props0.N = true;
      }
    }
    const _errs10 = errors;
    if (errors === _errs10) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (data.B === void 0 && (missing2 = "B")) {
          const err6 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        } else {
          if (data.B !== void 0) {
            if (typeof data.B !== "string") {
              const err7 = { instancePath: instancePath + "/B", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        }
      } else {
        const err8 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid0 = _errs10 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.B = true;
        }
      }
      const _errs15 = errors;
      if (errors === _errs15) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing3;
          if (data.SS === void 0 && (missing3 = "SS")) {
            const err9 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          } else {
            if (data.SS !== void 0) {
              let data3 = data.SS;
              const _errs17 = errors;
              if (errors === _errs17) {
                if (Array.isArray(data3)) {
                  var valid7 = true;
                  const len0 = data3.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs19 = errors;
                    if (typeof data3[i0] !== "string") {
                      const err10 = { instancePath: instancePath + "/SS/" + i0, schemaPath: "#/oneOf/3/properties/SS/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                    var valid7 = _errs19 === errors;
                    if (!valid7) {
                      break;
                    }
                  }
                } else {
                  const err11 = { instancePath: instancePath + "/SS", schemaPath: "#/oneOf/3/properties/SS/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            }
          }
        } else {
          const err12 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      var _valid0 = _errs15 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = props0 || {};
            props0.SS = true;
          }
        }
        const _errs21 = errors;
        if (errors === _errs21) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing4;
            if (data.NS === void 0 && (missing4 = "NS")) {
              const err13 = { instancePath, schemaPath: "#/oneOf/4/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            } else {
              if (data.NS !== void 0) {
                let data5 = data.NS;
                const _errs23 = errors;
                if (errors === _errs23) {
                  if (Array.isArray(data5)) {
                    var valid9 = true;
                    const len1 = data5.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs25 = errors;
                      if (typeof data5[i1] !== "string") {
                        const err14 = { instancePath: instancePath + "/NS/" + i1, schemaPath: "#/$defs/DynamoDbNumberString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                      var valid9 = _errs25 === errors;
                      if (!valid9) {
                        break;
                      }
                    }
                  } else {
                    const err15 = { instancePath: instancePath + "/NS", schemaPath: "#/oneOf/4/properties/NS/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
            const err16 = { instancePath, schemaPath: "#/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        var _valid0 = _errs21 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
            if (props0 !== true) {
              props0 = props0 || {};
              props0.NS = true;
            }
          }
          const _errs28 = errors;
          if (errors === _errs28) {
            if (data && typeof data == "object" && !Array.isArray(data)) {
              let missing5;
              if (data.BS === void 0 && (missing5 = "BS")) {
                const err17 = { instancePath, schemaPath: "#/oneOf/5/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              } else {
                if (data.BS !== void 0) {
                  let data7 = data.BS;
                  const _errs30 = errors;
                  if (errors === _errs30) {
                    if (Array.isArray(data7)) {
                      var valid12 = true;
                      const len2 = data7.length;
                      for (let i2 = 0; i2 < len2; i2++) {
                        const _errs32 = errors;
                        if (typeof data7[i2] !== "string") {
                          const err18 = { instancePath: instancePath + "/BS/" + i2, schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err18];
                          } else {
                            vErrors.push(err18);
                          }
                          errors++;
                        }
                        var valid12 = _errs32 === errors;
                        if (!valid12) {
                          break;
                        }
                      }
                    } else {
                      const err19 = { instancePath: instancePath + "/BS", schemaPath: "#/oneOf/5/properties/BS/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  }
                }
              }
            } else {
              const err20 = { instancePath, schemaPath: "#/oneOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          var _valid0 = _errs28 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 5];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 5;
              if (props0 !== true) {
                props0 = props0 || {};
                props0.BS = true;
              }
            }
            const _errs35 = errors;
            if (errors === _errs35) {
              if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing6;
                if (data.M === void 0 && (missing6 = "M")) {
                  const err21 = { instancePath, schemaPath: "#/oneOf/6/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                } else {
                  if (data.M !== void 0) {
                    if (!wrapper0.validate(data.M, { instancePath: instancePath + "/M", parentData: data, parentDataProperty: "M", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                      errors = vErrors.length;
                    }
                  }
                }
              } else {
                const err22 = { instancePath, schemaPath: "#/oneOf/6/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            var _valid0 = _errs35 === errors;
            if (_valid0 && valid0) {
              valid0 = false;
              passing0 = [passing0, 6];
            } else {
              if (_valid0) {
                valid0 = true;
                passing0 = 6;
                if (props0 !== true) {
                  props0 = props0 || {};
                  props0.M = true;
                }
              }
              const _errs38 = errors;
              if (errors === _errs38) {
                if (data && typeof data == "object" && !Array.isArray(data)) {
                  let missing7;
                  if (data.L === void 0 && (missing7 = "L")) {
                    const err23 = { instancePath, schemaPath: "#/oneOf/7/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  } else {
                    if (data.L !== void 0) {
                      let data10 = data.L;
                      const _errs40 = errors;
                      if (errors === _errs40) {
                        if (Array.isArray(data10)) {
                          var valid16 = true;
                          const len3 = data10.length;
                          for (let i3 = 0; i3 < len3; i3++) {
                            const _errs42 = errors;
                            if (!wrapper1.validate(data10[i3], { instancePath: instancePath + "/L/" + i3, parentData: data10, parentDataProperty: i3, rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
                              errors = vErrors.length;
                            }
                            var valid16 = _errs42 === errors;
                            if (!valid16) {
                              break;
                            }
                          }
                        } else {
                          const err24 = { instancePath: instancePath + "/L", schemaPath: "#/oneOf/7/properties/L/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                          if (vErrors === null) {
                            vErrors = [err24];
                          } else {
                            vErrors.push(err24);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err25 = { instancePath, schemaPath: "#/oneOf/7/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs38 === errors;
              if (_valid0 && valid0) {
                valid0 = false;
                passing0 = [passing0, 7];
              } else {
                if (_valid0) {
                  valid0 = true;
                  passing0 = 7;
                  if (props0 !== true) {
                    props0 = props0 || {};
                    props0.L = true;
                  }
                }
                const _errs43 = errors;
                if (errors === _errs43) {
                  if (data && typeof data == "object" && !Array.isArray(data)) {
                    let missing8;
                    if (data.NULL === void 0 && (missing8 = "NULL")) {
                      const err26 = { instancePath, schemaPath: "#/oneOf/8/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    } else {
                      if (data.NULL !== void 0) {
                        if (true !== data.NULL) {
                          const err27 = { instancePath: instancePath + "/NULL", schemaPath: "#/oneOf/8/properties/NULL/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                          if (vErrors === null) {
                            vErrors = [err27];
                          } else {
                            vErrors.push(err27);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err28 = { instancePath, schemaPath: "#/oneOf/8/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs43 === errors;
                if (_valid0 && valid0) {
                  valid0 = false;
                  passing0 = [passing0, 8];
                } else {
                  if (_valid0) {
                    valid0 = true;
                    passing0 = 8;
                    if (props0 !== true) {
                      props0 = props0 || {};
                      props0.NULL = true;
                    }
                  }
                  const _errs46 = errors;
                  if (errors === _errs46) {
                    if (data && typeof data == "object" && !Array.isArray(data)) {
                      let missing9;
                      if (data.BOOL === void 0 && (missing9 = "BOOL")) {
                        const err29 = { instancePath, schemaPath: "#/oneOf/9/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      } else {
                        if (data.BOOL !== void 0) {
                          if (typeof data.BOOL !== "boolean") {
                            const err30 = { instancePath: instancePath + "/BOOL", schemaPath: "#/oneOf/9/properties/BOOL/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err30];
                            } else {
                              vErrors.push(err30);
                            }
                            errors++;
                          }
                        }
                      }
                    } else {
                      const err31 = { instancePath, schemaPath: "#/oneOf/9/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  }
                  var _valid0 = _errs46 === errors;
                  if (_valid0 && valid0) {
                    valid0 = false;
                    passing0 = [passing0, 9];
                  } else {
                    if (_valid0) {
                      valid0 = true;
                      passing0 = 9;
                      if (props0 !== true) {
                        props0 = props0 || {};
                        props0.BOOL = true;
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
  if (!valid0) {
    const err32 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
    validate28.errors = vErrors;
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
  validate28.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate28.evaluated = { "dynamicProps": true, "dynamicItems": false };
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
      for (const key0 in data) {
        const _errs2 = errors;
        if (!validate28(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
      if (data.ApproximateCreationDateTime === void 0 && (missing0 = "ApproximateCreationDateTime") || data.Keys === void 0 && (missing0 = "Keys") || data.SizeBytes === void 0 && (missing0 = "SizeBytes")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.ApproximateCreationDateTime !== void 0) {
          let data0 = data.ApproximateCreationDateTime;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && isFinite(data0))) {
            validate26.errors = [{ instancePath: instancePath + "/ApproximateCreationDateTime", schemaPath: "#/properties/ApproximateCreationDateTime/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
            return false;
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
              validate26.errors = [{ instancePath: instancePath + "/ApproximateCreationDateTimePrecision", schemaPath: "#/properties/ApproximateCreationDateTimePrecision/enum", keyword: "enum", params: { allowedValues: schema42.properties.ApproximateCreationDateTimePrecision.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.Keys !== void 0) {
              const _errs4 = errors;
              if (!validate27(data.Keys, { instancePath: instancePath + "/Keys", parentData: data, parentDataProperty: "Keys", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.NewImage !== void 0) {
                const _errs5 = errors;
                if (!validate27(data.NewImage, { instancePath: instancePath + "/NewImage", parentData: data, parentDataProperty: "NewImage", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.OldImage !== void 0) {
                  const _errs6 = errors;
                  if (!validate27(data.OldImage, { instancePath: instancePath + "/OldImage", parentData: data, parentDataProperty: "OldImage", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
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
                      validate26.errors = [{ instancePath: instancePath + "/SequenceNumber", schemaPath: "#/properties/SequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
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
                        validate26.errors = [{ instancePath: instancePath + "/SizeBytes", schemaPath: "#/properties/SizeBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
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
                          validate26.errors = [{ instancePath: instancePath + "/StreamViewType", schemaPath: "#/properties/StreamViewType/enum", keyword: "enum", params: { allowedValues: schema42.properties.StreamViewType.enum }, message: "must be equal to one of the allowed values" }];
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
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": { "ApproximateCreationDateTime": true, "ApproximateCreationDateTimePrecision": true, "Keys": true, "NewImage": true, "OldImage": true, "SequenceNumber": true, "SizeBytes": true, "StreamViewType": true }, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.awsRegion === void 0 && (missing0 = "awsRegion") || data.eventID === void 0 && (missing0 = "eventID") || data.eventName === void 0 && (missing0 = "eventName") || data.userIdentity === void 0 && (missing0 = "userIdentity") || data.recordFormat === void 0 && (missing0 = "recordFormat") || data.tableName === void 0 && (missing0 = "tableName") || data.dynamodb === void 0 && (missing0 = "dynamodb") || data.eventSource === void 0 && (missing0 = "eventSource")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.awsRegion !== void 0) {
          const _errs1 = errors;
          if (typeof data.awsRegion !== "string") {
            validate25.errors = [{ instancePath: instancePath + "/awsRegion", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventID !== void 0) {
            const _errs4 = errors;
            if (typeof data.eventID !== "string") {
              validate25.errors = [{ instancePath: instancePath + "/eventID", schemaPath: "#/properties/eventID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.eventName !== void 0) {
              let data2 = data.eventName;
              const _errs6 = errors;
              if (!(data2 === "INSERT" || data2 === "MODIFY" || data2 === "REMOVE")) {
                validate25.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/enum", keyword: "enum", params: { allowedValues: schema39.properties.eventName.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.userIdentity !== void 0) {
                let data3 = data.userIdentity;
                const _errs7 = errors;
                const _errs8 = errors;
                let valid2 = false;
                const _errs9 = errors;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    let missing1;
                    if (data3.type === void 0 && (missing1 = "type") || data3.principalId === void 0 && (missing1 = "principalId")) {
                      const err0 = { instancePath: instancePath + "/userIdentity", schemaPath: "#/$defs/DynamoDbStreamUserIdentity/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                      if (vErrors === null) {
                        vErrors = [err0];
                      } else {
                        vErrors.push(err0);
                      }
                      errors++;
                    } else {
                      if (data3.type !== void 0) {
                        const _errs12 = errors;
                        if (typeof data3.type !== "string") {
                          const err1 = { instancePath: instancePath + "/userIdentity/type", schemaPath: "#/$defs/DynamoDbStreamUserIdentity/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                        }
                        var valid4 = _errs12 === errors;
                      } else {
                        var valid4 = true;
                      }
                      if (valid4) {
                        if (data3.principalId !== void 0) {
                          const _errs14 = errors;
                          if (typeof data3.principalId !== "string") {
                            const err2 = { instancePath: instancePath + "/userIdentity/principalId", schemaPath: "#/$defs/DynamoDbStreamUserIdentity/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                          }
                          var valid4 = _errs14 === errors;
                        } else {
                          var valid4 = true;
                        }
                      }
                    }
                  } else {
                    const err3 = { instancePath: instancePath + "/userIdentity", schemaPath: "#/$defs/DynamoDbStreamUserIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs9 === errors;
                valid2 = valid2 || _valid0;
                if (_valid0) {
                  var props0 = {};
                  props0.type = true;
                  props0.principalId = true;
                }
                const _errs16 = errors;
                if (data3 !== null) {
                  const err4 = { instancePath: instancePath + "/userIdentity", schemaPath: "#/properties/userIdentity/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                var _valid0 = _errs16 === errors;
                valid2 = valid2 || _valid0;
                if (!valid2) {
                  const err5 = { instancePath: instancePath + "/userIdentity", schemaPath: "#/properties/userIdentity/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                  validate25.errors = vErrors;
                  return false;
                } else {
                  errors = _errs8;
                  if (vErrors !== null) {
                    if (_errs8) {
                      vErrors.length = _errs8;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.recordFormat !== void 0) {
                  const _errs18 = errors;
                  if ("application/json" !== data.recordFormat) {
                    validate25.errors = [{ instancePath: instancePath + "/recordFormat", schemaPath: "#/properties/recordFormat/const", keyword: "const", params: { allowedValue: "application/json" }, message: "must be equal to constant" }];
                    return false;
                  }
                  var valid0 = _errs18 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.tableName !== void 0) {
                    const _errs19 = errors;
                    if (typeof data.tableName !== "string") {
                      validate25.errors = [{ instancePath: instancePath + "/tableName", schemaPath: "#/properties/tableName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs19 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.dynamodb !== void 0) {
                      const _errs21 = errors;
                      if (!validate26(data.dynamodb, { instancePath: instancePath + "/dynamodb", parentData: data, parentDataProperty: "dynamodb", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs21 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.eventSource !== void 0) {
                        const _errs22 = errors;
                        if ("aws:dynamodb" !== data.eventSource) {
                          validate25.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:dynamodb" }, message: "must be equal to constant" }];
                          return false;
                        }
                        var valid0 = _errs22 === errors;
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
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "awsRegion": true, "eventID": true, "eventName": true, "userIdentity": true, "recordFormat": true, "tableName": true, "dynamodb": true, "eventSource": true }, "dynamicProps": false, "dynamicItems": false };

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

// dynamodb.stream-record-in-kinesis.entry.ts
var validate = withCarried(outer, [{ "at": "/Records/*/kinesis/data", "decode": ["base64", "json"], "def": "DynamoDbKinesisChangeRecord" }], [[carried0]]);
withStandardSchema(validate, "dynamodb.stream-record-in-kinesis");
export {
  validate as default,
  validate
};
