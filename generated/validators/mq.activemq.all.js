// Generated from schemas/mq/activemq.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:mq.activemq.all.standalone.js
var validateAll = validate20;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.messageID === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "messageID" }, message: "must have required property 'messageID'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.messageType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "messageType" }, message: "must have required property 'messageType'" };
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
    if (data.destination === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "destination" }, message: "must have required property 'destination'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.timestamp === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timestamp" }, message: "must have required property 'timestamp'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.brokerInTime === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "brokerInTime" }, message: "must have required property 'brokerInTime'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.brokerOutTime === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "brokerOutTime" }, message: "must have required property 'brokerOutTime'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.messageID !== void 0) {
      if (typeof data.messageID !== "string") {
        const err7 = { instancePath: instancePath + "/messageID", schemaPath: "#/properties/messageID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.messageType !== void 0) {
      let data1 = data.messageType;
      if (!(data1 === "jms/text-message" || data1 === "jms/bytes-message")) {
        const err8 = { instancePath: instancePath + "/messageType", schemaPath: "#/properties/messageType/enum", keyword: "enum", params: { allowedValues: schema33.properties.messageType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data2 = data.data;
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err9 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/Base64String/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/data", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.destination !== void 0) {
      let data3 = data.destination;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.physicalName === void 0) {
          const err11 = { instancePath: instancePath + "/destination", schemaPath: "#/$defs/MqActiveMqDestination/required", keyword: "required", params: { missingProperty: "physicalName" }, message: "must have required property 'physicalName'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3.physicalName !== void 0) {
          if (typeof data3.physicalName !== "string") {
            const err12 = { instancePath: instancePath + "/destination/physicalName", schemaPath: "#/$defs/MqActiveMqDestination/properties/physicalName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/destination", schemaPath: "#/$defs/MqActiveMqDestination/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.timestamp !== void 0) {
      let data5 = data.timestamp;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err14 = { instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err15 = { instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.brokerInTime !== void 0) {
      let data6 = data.brokerInTime;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err16 = { instancePath: instancePath + "/brokerInTime", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err17 = { instancePath: instancePath + "/brokerInTime", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.brokerOutTime !== void 0) {
      let data7 = data.brokerOutTime;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err18 = { instancePath: instancePath + "/brokerOutTime", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 0 || isNaN(data7)) {
          const err19 = { instancePath: instancePath + "/brokerOutTime", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
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
    if (data.deliveryMode !== void 0) {
      let data9 = data.deliveryMode;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err21 = { instancePath: instancePath + "/deliveryMode", schemaPath: "#/properties/deliveryMode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.persistent !== void 0) {
      if (typeof data.persistent !== "boolean") {
        const err22 = { instancePath: instancePath + "/persistent", schemaPath: "#/properties/persistent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.priority !== void 0) {
      let data11 = data.priority;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
        const err23 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.expiration !== void 0) {
      let data12 = data.expiration;
      const _errs30 = errors;
      let valid7 = false;
      const _errs31 = errors;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
        const err24 = { instancePath: instancePath + "/expiration", schemaPath: "#/properties/expiration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid0 = _errs31 === errors;
      valid7 = valid7 || _valid0;
      const _errs33 = errors;
      if (typeof data12 === "string") {
        if (!pattern6.test(data12)) {
          const err25 = { instancePath: instancePath + "/expiration", schemaPath: "#/properties/expiration/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/expiration", schemaPath: "#/properties/expiration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var _valid0 = _errs33 === errors;
      valid7 = valid7 || _valid0;
      if (!valid7) {
        const err27 = { instancePath: instancePath + "/expiration", schemaPath: "#/properties/expiration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
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
    }
    if (data.correlationId !== void 0) {
      let data13 = data.correlationId;
      if (typeof data13 !== "string" && data13 !== null) {
        const err28 = { instancePath: instancePath + "/correlationId", schemaPath: "#/properties/correlationId/type", keyword: "type", params: { type: schema33.properties.correlationId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.correlationID !== void 0) {
      let data14 = data.correlationID;
      if (typeof data14 !== "string" && data14 !== null) {
        const err29 = { instancePath: instancePath + "/correlationID", schemaPath: "#/properties/correlationID/type", keyword: "type", params: { type: schema33.properties.correlationID.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.replyTo !== void 0) {
      let data15 = data.replyTo;
      if (typeof data15 !== "string" && data15 !== null) {
        const err30 = { instancePath: instancePath + "/replyTo", schemaPath: "#/properties/replyTo/type", keyword: "type", params: { type: schema33.properties.replyTo.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data16 = data.type;
      if (typeof data16 !== "string" && data16 !== null) {
        const err31 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema33.properties.type.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.connectionId !== void 0) {
      if (typeof data.connectionId !== "string") {
        const err32 = { instancePath: instancePath + "/connectionId", schemaPath: "#/properties/connectionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data18 = data.properties;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key0 in data18) {
          if (typeof data18[key0] !== "string") {
            const err33 = { instancePath: instancePath + "/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/properties/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
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
    if (data.messages === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "messages" }, message: "must have required property 'messages'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.eventSource !== void 0) {
      if ("aws:mq" !== data.eventSource) {
        const err3 = { instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:mq" }, message: "must be equal to constant" };
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
    if (data.messages !== void 0) {
      let data2 = data.messages;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err6 = { instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data2[i0], { instancePath: instancePath + "/messages/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "eventSource": true, "eventSourceArn": true, "messages": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_0 = validate23;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate24;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern6.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "dynamicProps": false, "dynamicItems": false };

// mq.activemq.all.entry.ts
var branches = {
  "#/$defs/MqActiveMqMessage/properties/expiration/anyOf": [branch0_0, branch0_1]
};
export {
  branches,
  validateAll
};
