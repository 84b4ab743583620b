// Generated from schemas/mq/rabbitmq.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:mq.rabbitmq.all.standalone.js
var validateAll = validate20;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.basicProperties === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "basicProperties" }, message: "must have required property 'basicProperties'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.redelivered === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "redelivered" }, message: "must have required property 'redelivered'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.basicProperties !== void 0) {
      let data0 = data.basicProperties;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.contentType !== void 0) {
          let data1 = data0.contentType;
          if (typeof data1 !== "string" && data1 !== null) {
            const err3 = { instancePath: instancePath + "/basicProperties/contentType", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/contentType/type", keyword: "type", params: { type: schema34.properties.contentType.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.contentEncoding !== void 0) {
          let data2 = data0.contentEncoding;
          if (typeof data2 !== "string" && data2 !== null) {
            const err4 = { instancePath: instancePath + "/basicProperties/contentEncoding", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/contentEncoding/type", keyword: "type", params: { type: schema34.properties.contentEncoding.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.headers !== void 0) {
          let data3 = data0.headers;
          if (!(data3 && typeof data3 == "object" && !Array.isArray(data3)) && data3 !== null) {
            const err5 = { instancePath: instancePath + "/basicProperties/headers", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/headers/type", keyword: "type", params: { type: schema34.properties.headers.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.deliveryMode !== void 0) {
          let data4 = data0.deliveryMode;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
            const err6 = { instancePath: instancePath + "/basicProperties/deliveryMode", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/deliveryMode/type", keyword: "type", params: { type: schema34.properties.deliveryMode.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.priority !== void 0) {
          let data5 = data0.priority;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && data5 !== null) {
            const err7 = { instancePath: instancePath + "/basicProperties/priority", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/priority/type", keyword: "type", params: { type: schema34.properties.priority.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.correlationId !== void 0) {
          let data6 = data0.correlationId;
          if (typeof data6 !== "string" && data6 !== null) {
            const err8 = { instancePath: instancePath + "/basicProperties/correlationId", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/correlationId/type", keyword: "type", params: { type: schema34.properties.correlationId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.replyTo !== void 0) {
          let data7 = data0.replyTo;
          if (typeof data7 !== "string" && data7 !== null) {
            const err9 = { instancePath: instancePath + "/basicProperties/replyTo", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/replyTo/type", keyword: "type", params: { type: schema34.properties.replyTo.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.expiration !== void 0) {
          let data8 = data0.expiration;
          if (typeof data8 !== "string" && data8 !== null) {
            const err10 = { instancePath: instancePath + "/basicProperties/expiration", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/expiration/type", keyword: "type", params: { type: schema34.properties.expiration.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.messageId !== void 0) {
          let data9 = data0.messageId;
          if (typeof data9 !== "string" && data9 !== null) {
            const err11 = { instancePath: instancePath + "/basicProperties/messageId", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/messageId/type", keyword: "type", params: { type: schema34.properties.messageId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.timestamp !== void 0) {
          let data10 = data0.timestamp;
          if (typeof data10 !== "string" && data10 !== null) {
            const err12 = { instancePath: instancePath + "/basicProperties/timestamp", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/timestamp/type", keyword: "type", params: { type: schema34.properties.timestamp.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.type !== void 0) {
          let data11 = data0.type;
          if (typeof data11 !== "string" && data11 !== null) {
            const err13 = { instancePath: instancePath + "/basicProperties/type", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/type/type", keyword: "type", params: { type: schema34.properties.type.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.userId !== void 0) {
          let data12 = data0.userId;
          if (typeof data12 !== "string" && data12 !== null) {
            const err14 = { instancePath: instancePath + "/basicProperties/userId", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/userId/type", keyword: "type", params: { type: schema34.properties.userId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.appId !== void 0) {
          let data13 = data0.appId;
          if (typeof data13 !== "string" && data13 !== null) {
            const err15 = { instancePath: instancePath + "/basicProperties/appId", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/appId/type", keyword: "type", params: { type: schema34.properties.appId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.clusterId !== void 0) {
          let data14 = data0.clusterId;
          if (typeof data14 !== "string" && data14 !== null) {
            const err16 = { instancePath: instancePath + "/basicProperties/clusterId", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/clusterId/type", keyword: "type", params: { type: schema34.properties.clusterId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data0.bodySize !== void 0) {
          let data15 = data0.bodySize;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err17 = { instancePath: instancePath + "/basicProperties/bodySize", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/bodySize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err18 = { instancePath: instancePath + "/basicProperties/bodySize", schemaPath: "#/$defs/RabbitMqBasicProperties/properties/bodySize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/basicProperties", schemaPath: "#/$defs/RabbitMqBasicProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.redelivered !== void 0) {
      if (typeof data.redelivered !== "boolean") {
        const err20 = { instancePath: instancePath + "/redelivered", schemaPath: "#/properties/redelivered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data17 = data.data;
      if (typeof data17 === "string") {
        if (!pattern5.test(data17)) {
          const err21 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/Base64String/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.eventSource === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventSource" }, message: "must have required property 'eventSource'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.eventSourceArn === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventSourceArn" }, message: "must have required property 'eventSourceArn'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rmqMessagesByQueue === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rmqMessagesByQueue" }, message: "must have required property 'rmqMessagesByQueue'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.eventSource !== void 0) {
      if ("aws:rmq" !== data.eventSource) {
        const err3 = { instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:rmq" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.eventSourceArn !== void 0) {
      let data1 = data.eventSourceArn;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err4 = { instancePath: instancePath + "/eventSourceArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/eventSourceArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.rmqMessagesByQueue !== void 0) {
      let data2 = data.rmqMessagesByQueue;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          let data3 = data2[key0];
          if (Array.isArray(data3)) {
            if (data3.length < 1) {
              const err6 = { instancePath: instancePath + "/rmqMessagesByQueue/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rmqMessagesByQueue/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate21(data3[i0], { instancePath: instancePath + "/rmqMessagesByQueue/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/rmqMessagesByQueue/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rmqMessagesByQueue/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/rmqMessagesByQueue", schemaPath: "#/properties/rmqMessagesByQueue/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "eventSource": true, "eventSourceArn": true, "rmqMessagesByQueue": true }, "dynamicProps": false, "dynamicItems": false };

// mq.rabbitmq.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
