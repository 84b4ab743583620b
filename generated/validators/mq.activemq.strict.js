// Generated from schemas/mq/activemq.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:mq.activemq.strict.standalone.js
var mq_activemq_strict_standalone_default = validate20;
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
var schema33 = { "type": "object", "required": ["messageID", "messageType", "data", "destination", "timestamp", "brokerInTime", "brokerOutTime"], "properties": { "messageID": { "type": "string" }, "messageType": { "enum": ["jms/text-message", "jms/bytes-message"] }, "data": { "$ref": "#/$defs/Base64String" }, "destination": { "$ref": "#/$defs/MqActiveMqDestination" }, "timestamp": { "$ref": "#/$defs/EpochMillis" }, "brokerInTime": { "$ref": "#/$defs/EpochMillis" }, "brokerOutTime": { "$ref": "#/$defs/EpochMillis" }, "redelivered": { "type": "boolean" }, "deliveryMode": { "type": "integer" }, "persistent": { "type": "boolean" }, "priority": { "type": "integer" }, "expiration": { "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^[0-9]+$" }] }, "correlationId": { "type": ["string", "null"] }, "correlationID": { "type": ["string", "null"] }, "replyTo": { "type": ["string", "null"] }, "type": { "type": ["string", "null"] }, "connectionId": { "type": "string" }, "properties": { "type": "object", "additionalProperties": { "type": "string" } } } };
var pattern5 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
var pattern6 = new RegExp("^[0-9]+$", "u");
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
      if (data.messageID === void 0 && (missing0 = "messageID") || data.messageType === void 0 && (missing0 = "messageType") || data.data === void 0 && (missing0 = "data") || data.destination === void 0 && (missing0 = "destination") || data.timestamp === void 0 && (missing0 = "timestamp") || data.brokerInTime === void 0 && (missing0 = "brokerInTime") || data.brokerOutTime === void 0 && (missing0 = "brokerOutTime")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageID !== void 0) {
          const _errs1 = errors;
          if (typeof data.messageID !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/messageID", schemaPath: "#/properties/messageID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.messageType !== void 0) {
            let data1 = data.messageType;
            const _errs3 = errors;
            if (!(data1 === "jms/text-message" || data1 === "jms/bytes-message")) {
              validate21.errors = [{ instancePath: instancePath + "/messageType", schemaPath: "#/properties/messageType/enum", keyword: "enum", params: { allowedValues: schema33.properties.messageType.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== void 0) {
              let data2 = data.data;
              const _errs4 = errors;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data2 === "string") {
                  if (!pattern5.test(data2)) {
                    validate21.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/$defs/Base64String/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' }];
                    return false;
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.destination !== void 0) {
                let data3 = data.destination;
                const _errs7 = errors;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    let missing1;
                    if (data3.physicalName === void 0 && (missing1 = "physicalName")) {
                      validate21.errors = [{ instancePath: instancePath + "/destination", schemaPath: "#/$defs/MqActiveMqDestination/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data3.physicalName !== void 0) {
                        if (typeof data3.physicalName !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/destination/physicalName", schemaPath: "#/$defs/MqActiveMqDestination/properties/physicalName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/destination", schemaPath: "#/$defs/MqActiveMqDestination/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.timestamp !== void 0) {
                  let data5 = data.timestamp;
                  const _errs12 = errors;
                  const _errs13 = errors;
                  if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                    validate21.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs13) {
                    if (typeof data5 == "number" && isFinite(data5)) {
                      if (data5 < 0 || isNaN(data5)) {
                        validate21.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.brokerInTime !== void 0) {
                    let data6 = data.brokerInTime;
                    const _errs15 = errors;
                    const _errs16 = errors;
                    if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                      validate21.errors = [{ instancePath: instancePath + "/brokerInTime", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs16) {
                      if (typeof data6 == "number" && isFinite(data6)) {
                        if (data6 < 0 || isNaN(data6)) {
                          validate21.errors = [{ instancePath: instancePath + "/brokerInTime", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs15 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.brokerOutTime !== void 0) {
                      let data7 = data.brokerOutTime;
                      const _errs18 = errors;
                      const _errs19 = errors;
                      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                        validate21.errors = [{ instancePath: instancePath + "/brokerOutTime", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      if (errors === _errs19) {
                        if (typeof data7 == "number" && isFinite(data7)) {
                          if (data7 < 0 || isNaN(data7)) {
                            validate21.errors = [{ instancePath: instancePath + "/brokerOutTime", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        }
                      }
                      var valid0 = _errs18 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.redelivered !== void 0) {
                        const _errs21 = errors;
                        if (typeof data.redelivered !== "boolean") {
                          validate21.errors = [{ instancePath: instancePath + "/redelivered", schemaPath: "#/properties/redelivered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                          return false;
                        }
                        var valid0 = _errs21 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.deliveryMode !== void 0) {
                          let data9 = data.deliveryMode;
                          const _errs23 = errors;
                          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                            validate21.errors = [{ instancePath: instancePath + "/deliveryMode", schemaPath: "#/properties/deliveryMode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          var valid0 = _errs23 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.persistent !== void 0) {
                            const _errs25 = errors;
                            if (typeof data.persistent !== "boolean") {
                              validate21.errors = [{ instancePath: instancePath + "/persistent", schemaPath: "#/properties/persistent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                              return false;
                            }
                            var valid0 = _errs25 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.priority !== void 0) {
                              let data11 = data.priority;
                              const _errs27 = errors;
                              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                                validate21.errors = [{ instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              var valid0 = _errs27 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.expiration !== void 0) {
                                let data12 = data.expiration;
                                const _errs29 = errors;
                                const _errs30 = errors;
                                let valid7 = false;
                                const _errs31 = errors;
                                if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                                  const err0 = { instancePath: instancePath + "/expiration", schemaPath: "#/properties/expiration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                  if (vErrors === null) {
                                    vErrors = [err0];
                                  } else {
                                    vErrors.push(err0);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs31 === errors;
                                valid7 = valid7 || _valid0;
                                const _errs33 = errors;
                                if (errors === _errs33) {
                                  if (typeof data12 === "string") {
                                    if (!pattern6.test(data12)) {
                                      const err1 = { instancePath: instancePath + "/expiration", schemaPath: "#/properties/expiration/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
                                      if (vErrors === null) {
                                        vErrors = [err1];
                                      } else {
                                        vErrors.push(err1);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err2 = { instancePath: instancePath + "/expiration", schemaPath: "#/properties/expiration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err2];
                                    } else {
                                      vErrors.push(err2);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid0 = _errs33 === errors;
                                valid7 = valid7 || _valid0;
                                if (!valid7) {
                                  const err3 = { instancePath: instancePath + "/expiration", schemaPath: "#/properties/expiration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err3];
                                  } else {
                                    vErrors.push(err3);
                                  }
                                  errors++;
                                  validate21.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs30;
                                  if (vErrors !== null) {
                                    if (_errs30) {
                                      vErrors.length = _errs30;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs29 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.correlationId !== void 0) {
                                  let data13 = data.correlationId;
                                  const _errs35 = errors;
                                  if (typeof data13 !== "string" && data13 !== null) {
                                    validate21.errors = [{ instancePath: instancePath + "/correlationId", schemaPath: "#/properties/correlationId/type", keyword: "type", params: { type: schema33.properties.correlationId.type }, message: "must be string,null" }];
                                    return false;
                                  }
                                  var valid0 = _errs35 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.correlationID !== void 0) {
                                    let data14 = data.correlationID;
                                    const _errs37 = errors;
                                    if (typeof data14 !== "string" && data14 !== null) {
                                      validate21.errors = [{ instancePath: instancePath + "/correlationID", schemaPath: "#/properties/correlationID/type", keyword: "type", params: { type: schema33.properties.correlationID.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    var valid0 = _errs37 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.replyTo !== void 0) {
                                      let data15 = data.replyTo;
                                      const _errs39 = errors;
                                      if (typeof data15 !== "string" && data15 !== null) {
                                        validate21.errors = [{ instancePath: instancePath + "/replyTo", schemaPath: "#/properties/replyTo/type", keyword: "type", params: { type: schema33.properties.replyTo.type }, message: "must be string,null" }];
                                        return false;
                                      }
                                      var valid0 = _errs39 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.type !== void 0) {
                                        let data16 = data.type;
                                        const _errs41 = errors;
                                        if (typeof data16 !== "string" && data16 !== null) {
                                          validate21.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema33.properties.type.type }, message: "must be string,null" }];
                                          return false;
                                        }
                                        var valid0 = _errs41 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.connectionId !== void 0) {
                                          const _errs43 = errors;
                                          if (typeof data.connectionId !== "string") {
                                            validate21.errors = [{ instancePath: instancePath + "/connectionId", schemaPath: "#/properties/connectionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid0 = _errs43 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.properties !== void 0) {
                                            let data18 = data.properties;
                                            const _errs45 = errors;
                                            if (errors === _errs45) {
                                              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                                for (const key0 in data18) {
                                                  const _errs48 = errors;
                                                  if (typeof data18[key0] !== "string") {
                                                    validate21.errors = [{ instancePath: instancePath + "/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/properties/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid8 = _errs48 === errors;
                                                  if (!valid8) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate21.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs45 === errors;
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
validate21.evaluated = { "props": { "messageID": true, "messageType": true, "data": true, "destination": true, "timestamp": true, "brokerInTime": true, "brokerOutTime": true, "redelivered": true, "deliveryMode": true, "persistent": true, "priority": true, "expiration": true, "correlationId": true, "correlationID": true, "replyTo": true, "type": true, "connectionId": true, "properties": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.eventSource === void 0 && (missing0 = "eventSource") || data.eventSourceArn === void 0 && (missing0 = "eventSourceArn") || data.messages === void 0 && (missing0 = "messages")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventSource !== void 0) {
          const _errs1 = errors;
          if ("aws:mq" !== data.eventSource) {
            validate20.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:mq" }, message: "must be equal to constant" }];
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
            if (data.messages !== void 0) {
              let data2 = data.messages;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  if (data2.length < 1) {
                    validate20.errors = [{ instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                    return false;
                  } else {
                    var valid2 = true;
                    const len0 = data2.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs7 = errors;
                      if (!validate21(data2[i0], { instancePath: instancePath + "/messages/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                        errors = vErrors.length;
                      }
                      var valid2 = _errs7 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
validate20.evaluated = { "props": { "eventSource": true, "eventSourceArn": true, "messages": true }, "dynamicProps": false, "dynamicItems": false };

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

// mq.activemq.strict.entry.ts
withStandardSchema(mq_activemq_strict_standalone_default, "mq.activemq");
export {
  mq_activemq_strict_standalone_default as default,
  mq_activemq_strict_standalone_default as validate
};
