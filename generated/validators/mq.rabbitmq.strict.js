// Generated from schemas/mq/rabbitmq.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:mq.rabbitmq.strict.standalone.js
var mq_rabbitmq_strict_standalone_default = validate20;
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
var schema34 = { "type": "object", "properties": { "contentType": { "type": ["string", "null"] }, "contentEncoding": { "type": ["string", "null"] }, "headers": { "type": ["object", "null"], "additionalProperties": true }, "deliveryMode": { "type": ["integer", "null"] }, "priority": { "type": ["integer", "null"] }, "correlationId": { "type": ["string", "null"] }, "replyTo": { "type": ["string", "null"] }, "expiration": { "type": ["string", "null"] }, "messageId": { "type": ["string", "null"] }, "timestamp": { "type": ["string", "null"] }, "type": { "type": ["string", "null"] }, "userId": { "type": ["string", "null"] }, "appId": { "type": ["string", "null"] }, "clusterId": { "type": ["string", "null"] }, "bodySize": { "type": "integer", "minimum": 0 } } };
var pattern5 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
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
      if (data.basicProperties === void 0 && (missing0 = "basicProperties") || data.redelivered === void 0 && (missing0 = "redelivered") || data.data === void 0 && (missing0 = "data")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.basicProperties !== void 0) {
          let data0 = data.basicProperties;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (data0.contentType !== void 0) {
                let data1 = data0.contentType;
                const _errs4 = errors;
                if (typeof data1 !== "string" && data1 !== null) {
                  validate21.errors = [{ instancePath: instancePath + "/basicProperties/contentType", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/contentType/type", keyword: "type", params: { type: schema34.properties.contentType.type }, message: "must be string,null" }];
                  return false;
                }
                var valid2 = _errs4 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data0.contentEncoding !== void 0) {
                  let data2 = data0.contentEncoding;
                  const _errs6 = errors;
                  if (typeof data2 !== "string" && data2 !== null) {
                    validate21.errors = [{ instancePath: instancePath + "/basicProperties/contentEncoding", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/contentEncoding/type", keyword: "type", params: { type: schema34.properties.contentEncoding.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid2 = _errs6 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.headers !== void 0) {
                    let data3 = data0.headers;
                    const _errs8 = errors;
                    if (!(data3 && typeof data3 == "object" && !Array.isArray(data3)) && data3 !== null) {
                      validate21.errors = [{ instancePath: instancePath + "/basicProperties/headers", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/headers/type", keyword: "type", params: { type: schema34.properties.headers.type }, message: "must be object,null" }];
                      return false;
                    }
                    var valid2 = _errs8 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.deliveryMode !== void 0) {
                      let data4 = data0.deliveryMode;
                      const _errs11 = errors;
                      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
                        validate21.errors = [{ instancePath: instancePath + "/basicProperties/deliveryMode", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/deliveryMode/type", keyword: "type", params: { type: schema34.properties.deliveryMode.type }, message: "must be integer,null" }];
                        return false;
                      }
                      var valid2 = _errs11 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.priority !== void 0) {
                        let data5 = data0.priority;
                        const _errs13 = errors;
                        if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && data5 !== null) {
                          validate21.errors = [{ instancePath: instancePath + "/basicProperties/priority", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/priority/type", keyword: "type", params: { type: schema34.properties.priority.type }, message: "must be integer,null" }];
                          return false;
                        }
                        var valid2 = _errs13 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data0.correlationId !== void 0) {
                          let data6 = data0.correlationId;
                          const _errs15 = errors;
                          if (typeof data6 !== "string" && data6 !== null) {
                            validate21.errors = [{ instancePath: instancePath + "/basicProperties/correlationId", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/correlationId/type", keyword: "type", params: { type: schema34.properties.correlationId.type }, message: "must be string,null" }];
                            return false;
                          }
                          var valid2 = _errs15 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data0.replyTo !== void 0) {
                            let data7 = data0.replyTo;
                            const _errs17 = errors;
                            if (typeof data7 !== "string" && data7 !== null) {
                              validate21.errors = [{ instancePath: instancePath + "/basicProperties/replyTo", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/replyTo/type", keyword: "type", params: { type: schema34.properties.replyTo.type }, message: "must be string,null" }];
                              return false;
                            }
                            var valid2 = _errs17 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data0.expiration !== void 0) {
                              let data8 = data0.expiration;
                              const _errs19 = errors;
                              if (typeof data8 !== "string" && data8 !== null) {
                                validate21.errors = [{ instancePath: instancePath + "/basicProperties/expiration", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/expiration/type", keyword: "type", params: { type: schema34.properties.expiration.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid2 = _errs19 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data0.messageId !== void 0) {
                                let data9 = data0.messageId;
                                const _errs21 = errors;
                                if (typeof data9 !== "string" && data9 !== null) {
                                  validate21.errors = [{ instancePath: instancePath + "/basicProperties/messageId", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/messageId/type", keyword: "type", params: { type: schema34.properties.messageId.type }, message: "must be string,null" }];
                                  return false;
                                }
                                var valid2 = _errs21 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data0.timestamp !== void 0) {
                                  let data10 = data0.timestamp;
                                  const _errs23 = errors;
                                  if (typeof data10 !== "string" && data10 !== null) {
                                    validate21.errors = [{ instancePath: instancePath + "/basicProperties/timestamp", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/timestamp/type", keyword: "type", params: { type: schema34.properties.timestamp.type }, message: "must be string,null" }];
                                    return false;
                                  }
                                  var valid2 = _errs23 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data0.type !== void 0) {
                                    let data11 = data0.type;
                                    const _errs25 = errors;
                                    if (typeof data11 !== "string" && data11 !== null) {
                                      validate21.errors = [{ instancePath: instancePath + "/basicProperties/type", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/type/type", keyword: "type", params: { type: schema34.properties.type.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    var valid2 = _errs25 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data0.userId !== void 0) {
                                      let data12 = data0.userId;
                                      const _errs27 = errors;
                                      if (typeof data12 !== "string" && data12 !== null) {
                                        validate21.errors = [{ instancePath: instancePath + "/basicProperties/userId", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/userId/type", keyword: "type", params: { type: schema34.properties.userId.type }, message: "must be string,null" }];
                                        return false;
                                      }
                                      var valid2 = _errs27 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data0.appId !== void 0) {
                                        let data13 = data0.appId;
                                        const _errs29 = errors;
                                        if (typeof data13 !== "string" && data13 !== null) {
                                          validate21.errors = [{ instancePath: instancePath + "/basicProperties/appId", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/appId/type", keyword: "type", params: { type: schema34.properties.appId.type }, message: "must be string,null" }];
                                          return false;
                                        }
                                        var valid2 = _errs29 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data0.clusterId !== void 0) {
                                          let data14 = data0.clusterId;
                                          const _errs31 = errors;
                                          if (typeof data14 !== "string" && data14 !== null) {
                                            validate21.errors = [{ instancePath: instancePath + "/basicProperties/clusterId", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/clusterId/type", keyword: "type", params: { type: schema34.properties.clusterId.type }, message: "must be string,null" }];
                                            return false;
                                          }
                                          var valid2 = _errs31 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                        if (valid2) {
                                          if (data0.bodySize !== void 0) {
                                            let data15 = data0.bodySize;
                                            const _errs33 = errors;
                                            if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                                              validate21.errors = [{ instancePath: instancePath + "/basicProperties/bodySize", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/bodySize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                              return false;
                                            }
                                            if (errors === _errs33) {
                                              if (typeof data15 == "number" && isFinite(data15)) {
                                                if (data15 < 0 || isNaN(data15)) {
                                                  validate21.errors = [{ instancePath: instancePath + "/basicProperties/bodySize", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/bodySize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid2 = _errs33 === errors;
                                          } else {
                                            var valid2 = true;
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
              validate21.errors = [{ instancePath: instancePath + "/basicProperties", schemaPath: "#/$defs/RabbitMqBasicProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.redelivered !== void 0) {
            const _errs35 = errors;
            if (typeof data.redelivered !== "boolean") {
              validate21.errors = [{ instancePath: instancePath + "/redelivered", schemaPath: "#/properties/redelivered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
              return false;
            }
            var valid0 = _errs35 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== void 0) {
              let data17 = data.data;
              const _errs37 = errors;
              const _errs38 = errors;
              if (errors === _errs38) {
                if (typeof data17 === "string") {
                  if (!pattern5.test(data17)) {
                    validate21.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/$defs/Base64String/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' }];
                    return false;
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs37 === errors;
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
validate21.evaluated = { "props": { "basicProperties": true, "redelivered": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.eventSource === void 0 && (missing0 = "eventSource") || data.eventSourceArn === void 0 && (missing0 = "eventSourceArn") || data.rmqMessagesByQueue === void 0 && (missing0 = "rmqMessagesByQueue")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventSource !== void 0) {
          const _errs1 = errors;
          if ("aws:rmq" !== data.eventSource) {
            validate20.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:rmq" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventSourceArn !== void 0) {
            let data1 = data.eventSourceArn;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data1 === "string") {
                if (!pattern4.test(data1)) {
                  validate20.errors = [{ instancePath: instancePath + "/eventSourceArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                  return false;
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/eventSourceArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.rmqMessagesByQueue !== void 0) {
              let data2 = data.rmqMessagesByQueue;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  for (const key0 in data2) {
                    let data3 = data2[key0];
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (Array.isArray(data3)) {
                        if (data3.length < 1) {
                          validate20.errors = [{ instancePath: instancePath + "/rmqMessagesByQueue/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rmqMessagesByQueue/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                          return false;
                        } else {
                          var valid3 = true;
                          const len0 = data3.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs10 = errors;
                            if (!validate21(data3[i0], { instancePath: instancePath + "/rmqMessagesByQueue/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                              errors = vErrors.length;
                            }
                            var valid3 = _errs10 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/rmqMessagesByQueue/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rmqMessagesByQueue/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid2 = _errs8 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/rmqMessagesByQueue", schemaPath: "#/properties/rmqMessagesByQueue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
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
validate20.evaluated = { "props": { "eventSource": true, "eventSourceArn": true, "rmqMessagesByQueue": true }, "dynamicProps": false, "dynamicItems": false };

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

// mq.rabbitmq.strict.entry.ts
withStandardSchema(mq_rabbitmq_strict_standalone_default, "mq.rabbitmq");
export {
  mq_rabbitmq_strict_standalone_default as default,
  mq_rabbitmq_strict_standalone_default as validate
};
