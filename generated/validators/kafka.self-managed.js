// Generated from schemas/kafka/self-managed.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:kafka.self-managed.standalone.js
var kafka_self_managed_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:kafka.self-managed", "type": "object", "required": ["eventSource", "bootstrapServers", "records"], "properties": { "eventSource": { "enum": ["SelfManagedKafka", "aws:SelfManagedKafka"] }, "bootstrapServers": { "type": "string" }, "records": { "$ref": "#/$defs/KafkaRecordsByTopicPartition" } }, "$defs": { "Base64String": { "type": "string" }, "EpochMillis": { "type": "integer" }, "KafkaRecord": { "type": "object", "required": ["topic", "partition", "offset", "timestamp", "timestampType", "headers"], "properties": { "topic": { "type": "string" }, "partition": { "type": "integer" }, "offset": { "type": "integer" }, "timestamp": { "$ref": "#/$defs/EpochMillis" }, "timestampType": { "enum": ["CREATE_TIME", "LOG_APPEND_TIME", "NO_TIMESTAMP_TYPE"] }, "key": { "$ref": "#/$defs/Base64String" }, "value": { "$ref": "#/$defs/Base64String" }, "headers": { "type": "array", "items": { "$ref": "#/$defs/KafkaRecordHeader" } }, "keySchemaMetadata": { "$ref": "#/$defs/KafkaSchemaMetadata" }, "valueSchemaMetadata": { "$ref": "#/$defs/KafkaSchemaMetadata" } } }, "KafkaRecordHeader": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "integer" } } }, "KafkaRecordsByTopicPartition": { "type": "object", "additionalProperties": { "type": "array", "items": { "$ref": "#/$defs/KafkaRecord" } } }, "KafkaSchemaMetadata": { "type": "object", "properties": { "dataFormat": { "type": "string" }, "schemaId": { "type": "string" } } } } };
var schema33 = { "type": "object", "required": ["topic", "partition", "offset", "timestamp", "timestampType", "headers"], "properties": { "topic": { "type": "string" }, "partition": { "type": "integer" }, "offset": { "type": "integer" }, "timestamp": { "$ref": "#/$defs/EpochMillis" }, "timestampType": { "enum": ["CREATE_TIME", "LOG_APPEND_TIME", "NO_TIMESTAMP_TYPE"] }, "key": { "$ref": "#/$defs/Base64String" }, "value": { "$ref": "#/$defs/Base64String" }, "headers": { "type": "array", "items": { "$ref": "#/$defs/KafkaRecordHeader" } }, "keySchemaMetadata": { "$ref": "#/$defs/KafkaSchemaMetadata" }, "valueSchemaMetadata": { "$ref": "#/$defs/KafkaSchemaMetadata" } } };
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
      if (data.topic === void 0 && (missing0 = "topic") || data.partition === void 0 && (missing0 = "partition") || data.offset === void 0 && (missing0 = "offset") || data.timestamp === void 0 && (missing0 = "timestamp") || data.timestampType === void 0 && (missing0 = "timestampType") || data.headers === void 0 && (missing0 = "headers")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.topic !== void 0) {
          const _errs1 = errors;
          if (typeof data.topic !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/topic", schemaPath: "#/properties/topic/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.partition !== void 0) {
            let data1 = data.partition;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate22.errors = [{ instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.offset !== void 0) {
              let data2 = data.offset;
              const _errs5 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                validate22.errors = [{ instancePath: instancePath + "/offset", schemaPath: "#/properties/offset/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.timestamp !== void 0) {
                let data3 = data.timestamp;
                const _errs7 = errors;
                if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                  validate22.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.timestampType !== void 0) {
                  let data4 = data.timestampType;
                  const _errs10 = errors;
                  if (!(data4 === "CREATE_TIME" || data4 === "LOG_APPEND_TIME" || data4 === "NO_TIMESTAMP_TYPE")) {
                    validate22.errors = [{ instancePath: instancePath + "/timestampType", schemaPath: "#/properties/timestampType/enum", keyword: "enum", params: { allowedValues: schema33.properties.timestampType.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.key !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.key !== "string") {
                      validate22.errors = [{ instancePath: instancePath + "/key", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.value !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.value !== "string") {
                        validate22.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.headers !== void 0) {
                        let data7 = data.headers;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (Array.isArray(data7)) {
                            var valid4 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              let data8 = data7[i0];
                              const _errs19 = errors;
                              const _errs20 = errors;
                              if (errors === _errs20) {
                                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                  for (const key0 in data8) {
                                    let data9 = data8[key0];
                                    const _errs23 = errors;
                                    if (errors === _errs23) {
                                      if (Array.isArray(data9)) {
                                        var valid7 = true;
                                        const len1 = data9.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          let data10 = data9[i1];
                                          const _errs25 = errors;
                                          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                                            validate22.errors = [{ instancePath: instancePath + "/headers/" + i0 + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/$defs/KafkaRecordHeader/additionalProperties/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                          }
                                          var valid7 = _errs25 === errors;
                                          if (!valid7) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate22.errors = [{ instancePath: instancePath + "/headers/" + i0 + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/KafkaRecordHeader/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid6 = _errs23 === errors;
                                    if (!valid6) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate22.errors = [{ instancePath: instancePath + "/headers/" + i0, schemaPath: "#/$defs/KafkaRecordHeader/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid4 = _errs19 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                          } else {
                            validate22.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.keySchemaMetadata !== void 0) {
                          let data11 = data.keySchemaMetadata;
                          const _errs27 = errors;
                          const _errs28 = errors;
                          if (errors === _errs28) {
                            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                              if (data11.dataFormat !== void 0) {
                                const _errs30 = errors;
                                if (typeof data11.dataFormat !== "string") {
                                  validate22.errors = [{ instancePath: instancePath + "/keySchemaMetadata/dataFormat", schemaPath: "#/$defs/KafkaSchemaMetadata/properties/dataFormat/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid9 = _errs30 === errors;
                              } else {
                                var valid9 = true;
                              }
                              if (valid9) {
                                if (data11.schemaId !== void 0) {
                                  const _errs32 = errors;
                                  if (typeof data11.schemaId !== "string") {
                                    validate22.errors = [{ instancePath: instancePath + "/keySchemaMetadata/schemaId", schemaPath: "#/$defs/KafkaSchemaMetadata/properties/schemaId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid9 = _errs32 === errors;
                                } else {
                                  var valid9 = true;
                                }
                              }
                            } else {
                              validate22.errors = [{ instancePath: instancePath + "/keySchemaMetadata", schemaPath: "#/$defs/KafkaSchemaMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs27 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.valueSchemaMetadata !== void 0) {
                            let data14 = data.valueSchemaMetadata;
                            const _errs34 = errors;
                            const _errs35 = errors;
                            if (errors === _errs35) {
                              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                if (data14.dataFormat !== void 0) {
                                  const _errs37 = errors;
                                  if (typeof data14.dataFormat !== "string") {
                                    validate22.errors = [{ instancePath: instancePath + "/valueSchemaMetadata/dataFormat", schemaPath: "#/$defs/KafkaSchemaMetadata/properties/dataFormat/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid11 = _errs37 === errors;
                                } else {
                                  var valid11 = true;
                                }
                                if (valid11) {
                                  if (data14.schemaId !== void 0) {
                                    const _errs39 = errors;
                                    if (typeof data14.schemaId !== "string") {
                                      validate22.errors = [{ instancePath: instancePath + "/valueSchemaMetadata/schemaId", schemaPath: "#/$defs/KafkaSchemaMetadata/properties/schemaId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid11 = _errs39 === errors;
                                  } else {
                                    var valid11 = true;
                                  }
                                }
                              } else {
                                validate22.errors = [{ instancePath: instancePath + "/valueSchemaMetadata", schemaPath: "#/$defs/KafkaSchemaMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs34 === errors;
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
validate22.evaluated = { "props": { "topic": true, "partition": true, "offset": true, "timestamp": true, "timestampType": true, "key": true, "value": true, "headers": true, "keySchemaMetadata": true, "valueSchemaMetadata": true }, "dynamicProps": false, "dynamicItems": false };
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
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              const _errs4 = errors;
              if (!validate22(data0[i0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate21.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
      if (data.eventSource === void 0 && (missing0 = "eventSource") || data.bootstrapServers === void 0 && (missing0 = "bootstrapServers") || data.records === void 0 && (missing0 = "records")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventSource !== void 0) {
          let data0 = data.eventSource;
          const _errs1 = errors;
          if (!(data0 === "SelfManagedKafka" || data0 === "aws:SelfManagedKafka")) {
            validate20.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/enum", keyword: "enum", params: { allowedValues: schema31.properties.eventSource.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.bootstrapServers !== void 0) {
            const _errs2 = errors;
            if (typeof data.bootstrapServers !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/bootstrapServers", schemaPath: "#/properties/bootstrapServers/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.records !== void 0) {
              const _errs4 = errors;
              if (!validate21(data.records, { instancePath: instancePath + "/records", parentData: data, parentDataProperty: "records", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "eventSource": true, "bootstrapServers": true, "records": true }, "dynamicProps": false, "dynamicItems": false };

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

// kafka.self-managed.entry.ts
withStandardSchema(kafka_self_managed_standalone_default, "kafka.self-managed");
export {
  kafka_self_managed_standalone_default as default,
  kafka_self_managed_standalone_default as validate
};
