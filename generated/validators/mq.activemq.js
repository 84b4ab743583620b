// Generated from schemas/mq/activemq.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:mq.activemq.standalone.js
var mq_activemq_standalone_default = validate21;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema8 = { "type": "object", "required": ["messageID", "messageType", "data", "destination", "timestamp", "brokerInTime", "brokerOutTime"], "properties": { "messageID": { "type": "string" }, "messageType": { "enum": ["jms/text-message", "jms/bytes-message"] }, "data": { "$ref": "#/$defs/Base64String" }, "destination": { "$ref": "#/$defs/MqActiveMqDestination" }, "timestamp": { "$ref": "#/$defs/EpochMillis" }, "brokerInTime": { "$ref": "#/$defs/EpochMillis" }, "brokerOutTime": { "$ref": "#/$defs/EpochMillis" }, "redelivered": { "type": "boolean" }, "deliveryMode": { "type": "integer" }, "persistent": { "type": "boolean" }, "priority": { "type": "integer" }, "expiration": { "anyOf": [{ "type": "integer" }, { "type": "string" }] }, "correlationId": { "type": ["string", "null"] }, "correlationID": { "type": ["string", "null"] }, "replyTo": { "type": ["string", "null"] }, "type": { "type": ["string", "null"] }, "connectionId": { "type": "string" }, "properties": { "type": "object", "additionalProperties": { "type": "string" } } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.physicalName === void 0 && (missing0 = "physicalName")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.physicalName !== void 0) {
          if (typeof data.physicalName !== "string") {
            validate27.errors = [{ instancePath: instancePath + "/physicalName", schemaPath: "#/properties/physicalName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
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
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
    return false;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.messageID === void 0 && (missing0 = "messageID") || data.messageType === void 0 && (missing0 = "messageType") || data.data === void 0 && (missing0 = "data") || data.destination === void 0 && (missing0 = "destination") || data.timestamp === void 0 && (missing0 = "timestamp") || data.brokerInTime === void 0 && (missing0 = "brokerInTime") || data.brokerOutTime === void 0 && (missing0 = "brokerOutTime")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageID !== void 0) {
          const _errs1 = errors;
          if (typeof data.messageID !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/messageID", schemaPath: "#/properties/messageID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate24.errors = [{ instancePath: instancePath + "/messageType", schemaPath: "#/properties/messageType/enum", keyword: "enum", params: { allowedValues: schema8.properties.messageType.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== void 0) {
              const _errs4 = errors;
              if (!validate25(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData })) {
                vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.destination !== void 0) {
                const _errs5 = errors;
                if (!validate27(data.destination, { instancePath: instancePath + "/destination", parentData: data, parentDataProperty: "destination", rootData })) {
                  vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.timestamp !== void 0) {
                  const _errs6 = errors;
                  if (!validate29(data.timestamp, { instancePath: instancePath + "/timestamp", parentData: data, parentDataProperty: "timestamp", rootData })) {
                    vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.brokerInTime !== void 0) {
                    const _errs7 = errors;
                    if (!validate29(data.brokerInTime, { instancePath: instancePath + "/brokerInTime", parentData: data, parentDataProperty: "brokerInTime", rootData })) {
                      vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.brokerOutTime !== void 0) {
                      const _errs8 = errors;
                      if (!validate29(data.brokerOutTime, { instancePath: instancePath + "/brokerOutTime", parentData: data, parentDataProperty: "brokerOutTime", rootData })) {
                        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs8 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.redelivered !== void 0) {
                        const _errs9 = errors;
                        if (typeof data.redelivered !== "boolean") {
                          validate24.errors = [{ instancePath: instancePath + "/redelivered", schemaPath: "#/properties/redelivered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                          return false;
                        }
                        var valid0 = _errs9 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.deliveryMode !== void 0) {
                          let data8 = data.deliveryMode;
                          const _errs11 = errors;
                          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                            validate24.errors = [{ instancePath: instancePath + "/deliveryMode", schemaPath: "#/properties/deliveryMode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          var valid0 = _errs11 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.persistent !== void 0) {
                            const _errs13 = errors;
                            if (typeof data.persistent !== "boolean") {
                              validate24.errors = [{ instancePath: instancePath + "/persistent", schemaPath: "#/properties/persistent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                              return false;
                            }
                            var valid0 = _errs13 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.priority !== void 0) {
                              let data10 = data.priority;
                              const _errs15 = errors;
                              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                                validate24.errors = [{ instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              var valid0 = _errs15 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.expiration !== void 0) {
                                let data11 = data.expiration;
                                const _errs17 = errors;
                                const _errs18 = errors;
                                let valid1 = false;
                                const _errs19 = errors;
                                if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                                  const err0 = { instancePath: instancePath + "/expiration", schemaPath: "#/properties/expiration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                  if (vErrors === null) {
                                    vErrors = [err0];
                                  } else {
                                    vErrors.push(err0);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs19 === errors;
                                valid1 = valid1 || _valid0;
                                if (!valid1) {
                                  const _errs21 = errors;
                                  if (typeof data11 !== "string") {
                                    const err1 = { instancePath: instancePath + "/expiration", schemaPath: "#/properties/expiration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err1];
                                    } else {
                                      vErrors.push(err1);
                                    }
                                    errors++;
                                  }
                                  var _valid0 = _errs21 === errors;
                                  valid1 = valid1 || _valid0;
                                }
                                if (!valid1) {
                                  const err2 = { instancePath: instancePath + "/expiration", schemaPath: "#/properties/expiration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err2];
                                  } else {
                                    vErrors.push(err2);
                                  }
                                  errors++;
                                  validate24.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs18;
                                  if (vErrors !== null) {
                                    if (_errs18) {
                                      vErrors.length = _errs18;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs17 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.correlationId !== void 0) {
                                  let data12 = data.correlationId;
                                  const _errs23 = errors;
                                  if (typeof data12 !== "string" && data12 !== null) {
                                    validate24.errors = [{ instancePath: instancePath + "/correlationId", schemaPath: "#/properties/correlationId/type", keyword: "type", params: { type: schema8.properties.correlationId.type }, message: "must be string,null" }];
                                    return false;
                                  }
                                  var valid0 = _errs23 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.correlationID !== void 0) {
                                    let data13 = data.correlationID;
                                    const _errs25 = errors;
                                    if (typeof data13 !== "string" && data13 !== null) {
                                      validate24.errors = [{ instancePath: instancePath + "/correlationID", schemaPath: "#/properties/correlationID/type", keyword: "type", params: { type: schema8.properties.correlationID.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    var valid0 = _errs25 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.replyTo !== void 0) {
                                      let data14 = data.replyTo;
                                      const _errs27 = errors;
                                      if (typeof data14 !== "string" && data14 !== null) {
                                        validate24.errors = [{ instancePath: instancePath + "/replyTo", schemaPath: "#/properties/replyTo/type", keyword: "type", params: { type: schema8.properties.replyTo.type }, message: "must be string,null" }];
                                        return false;
                                      }
                                      var valid0 = _errs27 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.type !== void 0) {
                                        let data15 = data.type;
                                        const _errs29 = errors;
                                        if (typeof data15 !== "string" && data15 !== null) {
                                          validate24.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema8.properties.type.type }, message: "must be string,null" }];
                                          return false;
                                        }
                                        var valid0 = _errs29 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.connectionId !== void 0) {
                                          const _errs31 = errors;
                                          if (typeof data.connectionId !== "string") {
                                            validate24.errors = [{ instancePath: instancePath + "/connectionId", schemaPath: "#/properties/connectionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid0 = _errs31 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.properties !== void 0) {
                                            let data17 = data.properties;
                                            const _errs33 = errors;
                                            if (errors === _errs33) {
                                              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                                for (const key0 in data17) {
                                                  const _errs36 = errors;
                                                  if (typeof data17[key0] !== "string") {
                                                    validate24.errors = [{ instancePath: instancePath + "/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/properties/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid2 = _errs36 === errors;
                                                  if (!valid2) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate24.errors = [{ instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs33 === errors;
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
      if (data.eventSource === void 0 && (missing0 = "eventSource") || data.eventSourceArn === void 0 && (missing0 = "eventSourceArn") || data.messages === void 0 && (missing0 = "messages")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventSource !== void 0) {
          const _errs1 = errors;
          if ("aws:mq" !== data.eventSource) {
            validate21.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:mq" }, message: "must be equal to constant" }];
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
            if (data.messages !== void 0) {
              let data2 = data.messages;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs5 = errors;
                    if (!validate24(data2[i0], { instancePath: instancePath + "/messages/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
                      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs5 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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

// check:mq.activemq.check.js
function d_MqActiveMqMessage(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v5 = x.messageID;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.messageType;
    if (v6 === void 0) return false;
    if (!(v6 === "jms/text-message" || v6 === "jms/bytes-message")) return false;
  }
  {
    const v7 = x.data;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.destination;
    if (v8 === void 0) return false;
    if (!d_MqActiveMqDestination(v8)) return false;
  }
  {
    const v10 = x.timestamp;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "number" && !(v10 % 1) && !isNaN(v10) && isFinite(v10))) return false;
  }
  {
    const v11 = x.brokerInTime;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "number" && !(v11 % 1) && !isNaN(v11) && isFinite(v11))) return false;
  }
  {
    const v12 = x.brokerOutTime;
    if (v12 === void 0) return false;
    if (!(typeof v12 === "number" && !(v12 % 1) && !isNaN(v12) && isFinite(v12))) return false;
  }
  {
    const v13 = x.redelivered;
    if (v13 !== void 0) {
      if (!(typeof v13 === "boolean")) return false;
    }
  }
  {
    const v14 = x.deliveryMode;
    if (v14 !== void 0) {
      if (!(typeof v14 === "number" && !(v14 % 1) && !isNaN(v14) && isFinite(v14))) return false;
    }
  }
  {
    const v15 = x.persistent;
    if (v15 !== void 0) {
      if (!(typeof v15 === "boolean")) return false;
    }
  }
  {
    const v16 = x.priority;
    if (v16 !== void 0) {
      if (!(typeof v16 === "number" && !(v16 % 1) && !isNaN(v16) && isFinite(v16))) return false;
    }
  }
  {
    const v17 = x.expiration;
    if (v17 !== void 0) {
      if (!(typeof v17 === "number" && !(v17 % 1) && !isNaN(v17) && isFinite(v17) || typeof v17 === "string")) return false;
    }
  }
  {
    const v18 = x.correlationId;
    if (v18 !== void 0) {
      if (!(typeof v18 === "string" || v18 === null)) return false;
    }
  }
  {
    const v19 = x.correlationID;
    if (v19 !== void 0) {
      if (!(typeof v19 === "string" || v19 === null)) return false;
    }
  }
  {
    const v20 = x.replyTo;
    if (v20 !== void 0) {
      if (!(typeof v20 === "string" || v20 === null)) return false;
    }
  }
  {
    const v21 = x.type;
    if (v21 !== void 0) {
      if (!(typeof v21 === "string" || v21 === null)) return false;
    }
  }
  {
    const v22 = x.connectionId;
    if (v22 !== void 0) {
      if (!(typeof v22 === "string")) return false;
    }
  }
  {
    const v23 = x.properties;
    if (v23 !== void 0) {
      if (!(v23 !== null && typeof v23 === "object" && !Array.isArray(v23))) return false;
      for (const v24 in v23) {
        const v25 = v23[v24];
        if (!(typeof v25 === "string")) return false;
      }
    }
  }
  return true;
}
function d_MqActiveMqDestination(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v9 = x.physicalName;
    if (v9 === void 0) return false;
    if (!(typeof v9 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.eventSource;
    if (v0 === void 0) return false;
    if (!(v0 === "aws:mq")) return false;
  }
  {
    const v1 = x.eventSourceArn;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.messages;
    if (v2 === void 0) return false;
    if (!Array.isArray(v2)) return false;
    for (let v4 = 0; v4 < v2.length; v4++) {
      const v3 = v2[v4];
      if (!d_MqActiveMqMessage(v3)) return false;
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

// mq.activemq.entry.ts
var validate = withStandardSchema(checked(check, mq_activemq_standalone_default), "mq.activemq");
export {
  validate as default,
  validate
};
