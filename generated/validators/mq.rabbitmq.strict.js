// Generated from schemas/mq/rabbitmq.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:mq.rabbitmq.strict.standalone.js
var mq_rabbitmq_strict_standalone_default = validate21;
var pattern0 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate22.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
        return false;
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema9 = { "type": "object", "properties": { "contentType": { "type": ["string", "null"] }, "contentEncoding": { "type": ["string", "null"] }, "headers": { "type": ["object", "null"], "additionalProperties": true }, "deliveryMode": { "type": ["integer", "null"] }, "priority": { "type": ["integer", "null"] }, "correlationId": { "type": ["string", "null"] }, "replyTo": { "type": ["string", "null"] }, "expiration": { "type": ["string", "null"] }, "messageId": { "type": ["string", "null"] }, "timestamp": { "type": ["string", "null"] }, "type": { "type": ["string", "null"] }, "userId": { "type": ["string", "null"] }, "appId": { "type": ["string", "null"] }, "clusterId": { "type": ["string", "null"] }, "bodySize": { "type": "integer", "minimum": 0 } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.contentType !== void 0) {
        let data0 = data.contentType;
        const _errs1 = errors;
        if (typeof data0 !== "string" && data0 !== null) {
          validate25.errors = [{ instancePath: instancePath + "/contentType", schemaPath: "#/properties/contentType/type", keyword: "type", params: { type: schema9.properties.contentType.type }, message: "must be string,null" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.contentEncoding !== void 0) {
          let data1 = data.contentEncoding;
          const _errs3 = errors;
          if (typeof data1 !== "string" && data1 !== null) {
            validate25.errors = [{ instancePath: instancePath + "/contentEncoding", schemaPath: "#/properties/contentEncoding/type", keyword: "type", params: { type: schema9.properties.contentEncoding.type }, message: "must be string,null" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.headers !== void 0) {
            let data2 = data.headers;
            const _errs5 = errors;
            if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
              validate25.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: schema9.properties.headers.type }, message: "must be object,null" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.deliveryMode !== void 0) {
              let data3 = data.deliveryMode;
              const _errs8 = errors;
              if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && data3 !== null) {
                validate25.errors = [{ instancePath: instancePath + "/deliveryMode", schemaPath: "#/properties/deliveryMode/type", keyword: "type", params: { type: schema9.properties.deliveryMode.type }, message: "must be integer,null" }];
                return false;
              }
              var valid0 = _errs8 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.priority !== void 0) {
                let data4 = data.priority;
                const _errs10 = errors;
                if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
                  validate25.errors = [{ instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/type", keyword: "type", params: { type: schema9.properties.priority.type }, message: "must be integer,null" }];
                  return false;
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.correlationId !== void 0) {
                  let data5 = data.correlationId;
                  const _errs12 = errors;
                  if (typeof data5 !== "string" && data5 !== null) {
                    validate25.errors = [{ instancePath: instancePath + "/correlationId", schemaPath: "#/properties/correlationId/type", keyword: "type", params: { type: schema9.properties.correlationId.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.replyTo !== void 0) {
                    let data6 = data.replyTo;
                    const _errs14 = errors;
                    if (typeof data6 !== "string" && data6 !== null) {
                      validate25.errors = [{ instancePath: instancePath + "/replyTo", schemaPath: "#/properties/replyTo/type", keyword: "type", params: { type: schema9.properties.replyTo.type }, message: "must be string,null" }];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.expiration !== void 0) {
                      let data7 = data.expiration;
                      const _errs16 = errors;
                      if (typeof data7 !== "string" && data7 !== null) {
                        validate25.errors = [{ instancePath: instancePath + "/expiration", schemaPath: "#/properties/expiration/type", keyword: "type", params: { type: schema9.properties.expiration.type }, message: "must be string,null" }];
                        return false;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.messageId !== void 0) {
                        let data8 = data.messageId;
                        const _errs18 = errors;
                        if (typeof data8 !== "string" && data8 !== null) {
                          validate25.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: schema9.properties.messageId.type }, message: "must be string,null" }];
                          return false;
                        }
                        var valid0 = _errs18 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.timestamp !== void 0) {
                          let data9 = data.timestamp;
                          const _errs20 = errors;
                          if (typeof data9 !== "string" && data9 !== null) {
                            validate25.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/properties/timestamp/type", keyword: "type", params: { type: schema9.properties.timestamp.type }, message: "must be string,null" }];
                            return false;
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.type !== void 0) {
                            let data10 = data.type;
                            const _errs22 = errors;
                            if (typeof data10 !== "string" && data10 !== null) {
                              validate25.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema9.properties.type.type }, message: "must be string,null" }];
                              return false;
                            }
                            var valid0 = _errs22 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.userId !== void 0) {
                              let data11 = data.userId;
                              const _errs24 = errors;
                              if (typeof data11 !== "string" && data11 !== null) {
                                validate25.errors = [{ instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: schema9.properties.userId.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid0 = _errs24 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.appId !== void 0) {
                                let data12 = data.appId;
                                const _errs26 = errors;
                                if (typeof data12 !== "string" && data12 !== null) {
                                  validate25.errors = [{ instancePath: instancePath + "/appId", schemaPath: "#/properties/appId/type", keyword: "type", params: { type: schema9.properties.appId.type }, message: "must be string,null" }];
                                  return false;
                                }
                                var valid0 = _errs26 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.clusterId !== void 0) {
                                  let data13 = data.clusterId;
                                  const _errs28 = errors;
                                  if (typeof data13 !== "string" && data13 !== null) {
                                    validate25.errors = [{ instancePath: instancePath + "/clusterId", schemaPath: "#/properties/clusterId/type", keyword: "type", params: { type: schema9.properties.clusterId.type }, message: "must be string,null" }];
                                    return false;
                                  }
                                  var valid0 = _errs28 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.bodySize !== void 0) {
                                    let data14 = data.bodySize;
                                    const _errs30 = errors;
                                    if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                                      validate25.errors = [{ instancePath: instancePath + "/bodySize", schemaPath: "#/properties/bodySize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs30) {
                                      if (typeof data14 == "number" && isFinite(data14)) {
                                        if (data14 < 0 || isNaN(data14)) {
                                          validate25.errors = [{ instancePath: instancePath + "/bodySize", schemaPath: "#/properties/bodySize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid0 = _errs30 === errors;
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
      }
    } else {
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var pattern1 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern1.test(data)) {
        validate27.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' }];
        return false;
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.basicProperties === void 0 && (missing0 = "basicProperties") || data.redelivered === void 0 && (missing0 = "redelivered") || data.data === void 0 && (missing0 = "data")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.basicProperties !== void 0) {
          const _errs1 = errors;
          if (!validate25(data.basicProperties, { instancePath: instancePath + "/basicProperties", parentData: data, parentDataProperty: "basicProperties", rootData })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.redelivered !== void 0) {
            const _errs2 = errors;
            if (typeof data.redelivered !== "boolean") {
              validate24.errors = [{ instancePath: instancePath + "/redelivered", schemaPath: "#/properties/redelivered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== void 0) {
              const _errs4 = errors;
              if (!validate27(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData })) {
                vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.eventSource === void 0 && (missing0 = "eventSource") || data.eventSourceArn === void 0 && (missing0 = "eventSourceArn") || data.rmqMessagesByQueue === void 0 && (missing0 = "rmqMessagesByQueue")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventSource !== void 0) {
          const _errs1 = errors;
          if ("aws:rmq" !== data.eventSource) {
            validate21.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:rmq" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventSourceArn !== void 0) {
            const _errs2 = errors;
            if (!validate22(data.eventSourceArn, { instancePath: instancePath + "/eventSourceArn", parentData: data, parentDataProperty: "eventSourceArn", rootData })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.rmqMessagesByQueue !== void 0) {
              let data2 = data.rmqMessagesByQueue;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  for (const key0 in data2) {
                    let data3 = data2[key0];
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (Array.isArray(data3)) {
                        if (data3.length < 1) {
                          validate21.errors = [{ instancePath: instancePath + "/rmqMessagesByQueue/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rmqMessagesByQueue/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                          return false;
                        } else {
                          var valid2 = true;
                          const len0 = data3.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs8 = errors;
                            if (!validate24(data3[i0], { instancePath: instancePath + "/rmqMessagesByQueue/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
                              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                              errors = vErrors.length;
                            }
                            var valid2 = _errs8 === errors;
                            if (!valid2) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/rmqMessagesByQueue/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rmqMessagesByQueue/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/rmqMessagesByQueue", schemaPath: "#/properties/rmqMessagesByQueue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
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

// check:mq.rabbitmq.strict.check.js
function p0(s) {
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
var p1 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
function d_RabbitMqMessage(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v7 = x.basicProperties;
    if (v7 === void 0) return false;
    if (!d_RabbitMqBasicProperties(v7)) return false;
  }
  {
    const v23 = x.redelivered;
    if (v23 === void 0) return false;
    if (!(typeof v23 === "boolean")) return false;
  }
  {
    const v24 = x.data;
    if (v24 === void 0) return false;
    if (!(typeof v24 === "string" && p1.test(v24))) return false;
  }
  return true;
}
function d_RabbitMqBasicProperties(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v8 = x.contentType;
    if (v8 !== void 0) {
      if (!(typeof v8 === "string" || v8 === null)) return false;
    }
  }
  {
    const v9 = x.contentEncoding;
    if (v9 !== void 0) {
      if (!(typeof v9 === "string" || v9 === null)) return false;
    }
  }
  {
    const v10 = x.headers;
    if (v10 !== void 0) {
      if (!(v10 !== null && typeof v10 === "object" && !Array.isArray(v10) || v10 === null)) return false;
    }
  }
  {
    const v11 = x.deliveryMode;
    if (v11 !== void 0) {
      if (!(typeof v11 === "number" && !(v11 % 1) && !isNaN(v11) && isFinite(v11) || v11 === null)) return false;
    }
  }
  {
    const v12 = x.priority;
    if (v12 !== void 0) {
      if (!(typeof v12 === "number" && !(v12 % 1) && !isNaN(v12) && isFinite(v12) || v12 === null)) return false;
    }
  }
  {
    const v13 = x.correlationId;
    if (v13 !== void 0) {
      if (!(typeof v13 === "string" || v13 === null)) return false;
    }
  }
  {
    const v14 = x.replyTo;
    if (v14 !== void 0) {
      if (!(typeof v14 === "string" || v14 === null)) return false;
    }
  }
  {
    const v15 = x.expiration;
    if (v15 !== void 0) {
      if (!(typeof v15 === "string" || v15 === null)) return false;
    }
  }
  {
    const v16 = x.messageId;
    if (v16 !== void 0) {
      if (!(typeof v16 === "string" || v16 === null)) return false;
    }
  }
  {
    const v17 = x.timestamp;
    if (v17 !== void 0) {
      if (!(typeof v17 === "string" || v17 === null)) return false;
    }
  }
  {
    const v18 = x.type;
    if (v18 !== void 0) {
      if (!(typeof v18 === "string" || v18 === null)) return false;
    }
  }
  {
    const v19 = x.userId;
    if (v19 !== void 0) {
      if (!(typeof v19 === "string" || v19 === null)) return false;
    }
  }
  {
    const v20 = x.appId;
    if (v20 !== void 0) {
      if (!(typeof v20 === "string" || v20 === null)) return false;
    }
  }
  {
    const v21 = x.clusterId;
    if (v21 !== void 0) {
      if (!(typeof v21 === "string" || v21 === null)) return false;
    }
  }
  {
    const v22 = x.bodySize;
    if (v22 !== void 0) {
      if (!(typeof v22 === "number" && !(v22 % 1) && !isNaN(v22) && isFinite(v22))) return false;
      if (!(v22 >= 0)) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.eventSource;
    if (v0 === void 0) return false;
    if (!(v0 === "aws:rmq")) return false;
  }
  {
    const v1 = x.eventSourceArn;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string" && p0(v1))) return false;
  }
  {
    const v2 = x.rmqMessagesByQueue;
    if (v2 === void 0) return false;
    if (!(v2 !== null && typeof v2 === "object" && !Array.isArray(v2))) return false;
    for (const v3 in v2) {
      const v4 = v2[v3];
      if (!Array.isArray(v4)) return false;
      if (!(v4.length >= 1)) return false;
      for (let v6 = 0; v6 < v4.length; v6++) {
        const v5 = v4[v6];
        if (!d_RabbitMqMessage(v5)) return false;
      }
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

// mq.rabbitmq.strict.entry.ts
var validate = withStandardSchema(checked(check, mq_rabbitmq_strict_standalone_default), "mq.rabbitmq");
export {
  validate as default,
  validate
};
