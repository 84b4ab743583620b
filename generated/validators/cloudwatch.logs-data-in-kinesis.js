// Generated from schemas/cloudwatch/logs-data-in-kinesis.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.logs-data-in-kinesis.standalone.js
var cloudwatch_logs_data_in_kinesis_standalone_default = validate20;
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

// cloudwatch.logs-data-in-kinesis.entry.ts
withStandardSchema(cloudwatch_logs_data_in_kinesis_standalone_default, "cloudwatch.logs-data-in-kinesis");
export {
  cloudwatch_logs_data_in_kinesis_standalone_default as default,
  cloudwatch_logs_data_in_kinesis_standalone_default as validate
};
