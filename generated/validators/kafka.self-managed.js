// Generated from schemas/kafka/self-managed.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:kafka.self-managed.standalone.js
var kafka_self_managed_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:kafka.self-managed", "type": "object", "required": ["eventSource", "bootstrapServers", "records"], "properties": { "eventSource": { "enum": ["SelfManagedKafka", "aws:SelfManagedKafka"] }, "bootstrapServers": { "type": "string" }, "records": { "$ref": "#/$defs/KafkaRecordsByTopicPartition" } }, "$defs": { "Base64String": { "type": "string" }, "KafkaRecord": { "type": "object", "required": ["topic", "partition", "offset", "timestamp", "timestampType", "headers"], "properties": { "topic": { "type": "string" }, "partition": { "type": "integer" }, "offset": { "type": "integer" }, "timestamp": { "type": "integer" }, "timestampType": { "enum": ["CREATE_TIME", "LOG_APPEND_TIME", "NO_TIMESTAMP_TYPE"] }, "key": { "$ref": "#/$defs/Base64String" }, "value": { "$ref": "#/$defs/Base64String" }, "headers": { "type": "array", "items": { "$ref": "#/$defs/KafkaRecordHeader" } }, "keySchemaMetadata": { "$ref": "#/$defs/KafkaSchemaMetadata" }, "valueSchemaMetadata": { "$ref": "#/$defs/KafkaSchemaMetadata" } } }, "KafkaRecordHeader": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "integer" } } }, "KafkaRecordsByTopicPartition": { "type": "object", "additionalProperties": { "type": "array", "items": { "$ref": "#/$defs/KafkaRecord" } } }, "KafkaSchemaMetadata": { "type": "object", "properties": { "dataFormat": { "type": "string" }, "schemaId": { "type": "string" } } } } };
var schema8 = { "type": "object", "required": ["topic", "partition", "offset", "timestamp", "timestampType", "headers"], "properties": { "topic": { "type": "string" }, "partition": { "type": "integer" }, "offset": { "type": "integer" }, "timestamp": { "type": "integer" }, "timestampType": { "enum": ["CREATE_TIME", "LOG_APPEND_TIME", "NO_TIMESTAMP_TYPE"] }, "key": { "$ref": "#/$defs/Base64String" }, "value": { "$ref": "#/$defs/Base64String" }, "headers": { "type": "array", "items": { "$ref": "#/$defs/KafkaRecordHeader" } }, "keySchemaMetadata": { "$ref": "#/$defs/KafkaSchemaMetadata" }, "valueSchemaMetadata": { "$ref": "#/$defs/KafkaSchemaMetadata" } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
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
              let data1 = data0[i0];
              const _errs4 = errors;
              if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
                validate27.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/additionalProperties/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate27.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
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
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.dataFormat !== void 0) {
        const _errs1 = errors;
        if (typeof data.dataFormat !== "string") {
          validate29.errors = [{ instancePath: instancePath + "/dataFormat", schemaPath: "#/properties/dataFormat/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.schemaId !== void 0) {
          const _errs3 = errors;
          if (typeof data.schemaId !== "string") {
            validate29.errors = [{ instancePath: instancePath + "/schemaId", schemaPath: "#/properties/schemaId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
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
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.topic === void 0 && (missing0 = "topic") || data.partition === void 0 && (missing0 = "partition") || data.offset === void 0 && (missing0 = "offset") || data.timestamp === void 0 && (missing0 = "timestamp") || data.timestampType === void 0 && (missing0 = "timestampType") || data.headers === void 0 && (missing0 = "headers")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.topic !== void 0) {
          const _errs1 = errors;
          if (typeof data.topic !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/topic", schemaPath: "#/properties/topic/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate23.errors = [{ instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
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
                validate23.errors = [{ instancePath: instancePath + "/offset", schemaPath: "#/properties/offset/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
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
                  validate23.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.timestampType !== void 0) {
                  let data4 = data.timestampType;
                  const _errs9 = errors;
                  if (!(data4 === "CREATE_TIME" || data4 === "LOG_APPEND_TIME" || data4 === "NO_TIMESTAMP_TYPE")) {
                    validate23.errors = [{ instancePath: instancePath + "/timestampType", schemaPath: "#/properties/timestampType/enum", keyword: "enum", params: { allowedValues: schema8.properties.timestampType.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.key !== void 0) {
                    const _errs10 = errors;
                    if (!validate24(data.key, { instancePath: instancePath + "/key", parentData: data, parentDataProperty: "key", rootData })) {
                      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.value !== void 0) {
                      const _errs11 = errors;
                      if (!validate24(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData })) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.headers !== void 0) {
                        let data7 = data.headers;
                        const _errs12 = errors;
                        if (errors === _errs12) {
                          if (Array.isArray(data7)) {
                            var valid1 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs14 = errors;
                              if (!validate27(data7[i0], { instancePath: instancePath + "/headers/" + i0, parentData: data7, parentDataProperty: i0, rootData })) {
                                vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                                errors = vErrors.length;
                              }
                              var valid1 = _errs14 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate23.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.keySchemaMetadata !== void 0) {
                          const _errs15 = errors;
                          if (!validate29(data.keySchemaMetadata, { instancePath: instancePath + "/keySchemaMetadata", parentData: data, parentDataProperty: "keySchemaMetadata", rootData })) {
                            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.valueSchemaMetadata !== void 0) {
                            const _errs16 = errors;
                            if (!validate29(data.valueSchemaMetadata, { instancePath: instancePath + "/valueSchemaMetadata", parentData: data, parentDataProperty: "valueSchemaMetadata", rootData })) {
                              vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                              errors = vErrors.length;
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
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
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
              if (!validate23(data0[i0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate22.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
      if (data.eventSource === void 0 && (missing0 = "eventSource") || data.bootstrapServers === void 0 && (missing0 = "bootstrapServers") || data.records === void 0 && (missing0 = "records")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventSource !== void 0) {
          let data0 = data.eventSource;
          const _errs1 = errors;
          if (!(data0 === "SelfManagedKafka" || data0 === "aws:SelfManagedKafka")) {
            validate21.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/enum", keyword: "enum", params: { allowedValues: schema6.properties.eventSource.enum }, message: "must be equal to one of the allowed values" }];
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
              validate21.errors = [{ instancePath: instancePath + "/bootstrapServers", schemaPath: "#/properties/bootstrapServers/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.records !== void 0) {
              const _errs4 = errors;
              if (!validate22(data.records, { instancePath: instancePath + "/records", parentData: data, parentDataProperty: "records", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:kafka.self-managed.check.js
function d_KafkaRecordsByTopicPartition(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v3 in x) {
    const v4 = x[v3];
    if (!Array.isArray(v4)) return false;
    for (let v6 = 0; v6 < v4.length; v6++) {
      const v5 = v4[v6];
      if (!d_KafkaRecord(v5)) return false;
    }
  }
  return true;
}
function d_KafkaRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v7 = x.topic;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.partition;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "number" && !(v8 % 1) && !isNaN(v8) && isFinite(v8))) return false;
  }
  {
    const v9 = x.offset;
    if (v9 === void 0) return false;
    if (!(typeof v9 === "number" && !(v9 % 1) && !isNaN(v9) && isFinite(v9))) return false;
  }
  {
    const v10 = x.timestamp;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "number" && !(v10 % 1) && !isNaN(v10) && isFinite(v10))) return false;
  }
  {
    const v11 = x.timestampType;
    if (v11 === void 0) return false;
    if (!(v11 === "CREATE_TIME" || v11 === "LOG_APPEND_TIME" || v11 === "NO_TIMESTAMP_TYPE")) return false;
  }
  {
    const v12 = x.key;
    if (v12 !== void 0) {
      if (!(typeof v12 === "string")) return false;
    }
  }
  {
    const v13 = x.value;
    if (v13 !== void 0) {
      if (!(typeof v13 === "string")) return false;
    }
  }
  {
    const v14 = x.headers;
    if (v14 === void 0) return false;
    if (!Array.isArray(v14)) return false;
    for (let v16 = 0; v16 < v14.length; v16++) {
      const v15 = v14[v16];
      if (!d_KafkaRecordHeader(v15)) return false;
    }
  }
  {
    const v21 = x.keySchemaMetadata;
    if (v21 !== void 0) {
      if (!d_KafkaSchemaMetadata(v21)) return false;
    }
  }
  {
    const v24 = x.valueSchemaMetadata;
    if (v24 !== void 0) {
      if (!d_KafkaSchemaMetadata(v24)) return false;
    }
  }
  return true;
}
function d_KafkaRecordHeader(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v17 in x) {
    const v18 = x[v17];
    if (!Array.isArray(v18)) return false;
    for (let v20 = 0; v20 < v18.length; v20++) {
      const v19 = v18[v20];
      if (!(typeof v19 === "number" && !(v19 % 1) && !isNaN(v19) && isFinite(v19))) return false;
    }
  }
  return true;
}
function d_KafkaSchemaMetadata(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v22 = x.dataFormat;
    if (v22 !== void 0) {
      if (!(typeof v22 === "string")) return false;
    }
  }
  {
    const v23 = x.schemaId;
    if (v23 !== void 0) {
      if (!(typeof v23 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.eventSource;
    if (v0 === void 0) return false;
    if (!(v0 === "SelfManagedKafka" || v0 === "aws:SelfManagedKafka")) return false;
  }
  {
    const v1 = x.bootstrapServers;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.records;
    if (v2 === void 0) return false;
    if (!d_KafkaRecordsByTopicPartition(v2)) return false;
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

// kafka.self-managed.entry.ts
var validate = withStandardSchema(checked(check, kafka_self_managed_standalone_default), "kafka.self-managed");
export {
  validate as default,
  validate
};
