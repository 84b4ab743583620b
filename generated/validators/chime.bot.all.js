// Generated from schemas/chime/bot.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:chime.bot.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:chime.bot", "type": "object", "required": ["Sender", "Discussion", "EventType", "EventTimestamp"], "properties": { "Sender": { "type": "object", "required": ["SenderId", "SenderIdType"], "properties": { "SenderId": { "type": "string" }, "SenderIdType": { "type": "string" } } }, "Discussion": { "type": "object", "required": ["DiscussionId", "DiscussionType"], "properties": { "DiscussionId": { "type": "string" }, "DiscussionType": { "type": "string" } } }, "EventType": { "enum": ["Invite", "Mention", "Remove"] }, "InboundHttpsEndpoint": { "type": "object", "required": ["EndpointType", "Url"], "properties": { "EndpointType": { "type": "string" }, "Url": { "type": "string" } } }, "EventTimestamp": { "$ref": "#/$defs/IsoTimestamp" }, "Message": { "type": "string" } }, "$defs": { "IsoTimestamp": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" } } };
var pattern4 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
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
    if (data.Sender === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Sender" }, message: "must have required property 'Sender'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Discussion === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Discussion" }, message: "must have required property 'Discussion'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.EventType === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "EventType" }, message: "must have required property 'EventType'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.EventTimestamp === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "EventTimestamp" }, message: "must have required property 'EventTimestamp'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.Sender !== void 0) {
      let data0 = data.Sender;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.SenderId === void 0) {
          const err4 = { instancePath: instancePath + "/Sender", schemaPath: "#/properties/Sender/required", keyword: "required", params: { missingProperty: "SenderId" }, message: "must have required property 'SenderId'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.SenderIdType === void 0) {
          const err5 = { instancePath: instancePath + "/Sender", schemaPath: "#/properties/Sender/required", keyword: "required", params: { missingProperty: "SenderIdType" }, message: "must have required property 'SenderIdType'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.SenderId !== void 0) {
          if (typeof data0.SenderId !== "string") {
            const err6 = { instancePath: instancePath + "/Sender/SenderId", schemaPath: "#/properties/Sender/properties/SenderId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.SenderIdType !== void 0) {
          if (typeof data0.SenderIdType !== "string") {
            const err7 = { instancePath: instancePath + "/Sender/SenderIdType", schemaPath: "#/properties/Sender/properties/SenderIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/Sender", schemaPath: "#/properties/Sender/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.Discussion !== void 0) {
      let data3 = data.Discussion;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.DiscussionId === void 0) {
          const err9 = { instancePath: instancePath + "/Discussion", schemaPath: "#/properties/Discussion/required", keyword: "required", params: { missingProperty: "DiscussionId" }, message: "must have required property 'DiscussionId'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.DiscussionType === void 0) {
          const err10 = { instancePath: instancePath + "/Discussion", schemaPath: "#/properties/Discussion/required", keyword: "required", params: { missingProperty: "DiscussionType" }, message: "must have required property 'DiscussionType'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.DiscussionId !== void 0) {
          if (typeof data3.DiscussionId !== "string") {
            const err11 = { instancePath: instancePath + "/Discussion/DiscussionId", schemaPath: "#/properties/Discussion/properties/DiscussionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.DiscussionType !== void 0) {
          if (typeof data3.DiscussionType !== "string") {
            const err12 = { instancePath: instancePath + "/Discussion/DiscussionType", schemaPath: "#/properties/Discussion/properties/DiscussionType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/Discussion", schemaPath: "#/properties/Discussion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.EventType !== void 0) {
      let data6 = data.EventType;
      if (!(data6 === "Invite" || data6 === "Mention" || data6 === "Remove")) {
        const err14 = { instancePath: instancePath + "/EventType", schemaPath: "#/properties/EventType/enum", keyword: "enum", params: { allowedValues: schema31.properties.EventType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.InboundHttpsEndpoint !== void 0) {
      let data7 = data.InboundHttpsEndpoint;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.EndpointType === void 0) {
          const err15 = { instancePath: instancePath + "/InboundHttpsEndpoint", schemaPath: "#/properties/InboundHttpsEndpoint/required", keyword: "required", params: { missingProperty: "EndpointType" }, message: "must have required property 'EndpointType'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data7.Url === void 0) {
          const err16 = { instancePath: instancePath + "/InboundHttpsEndpoint", schemaPath: "#/properties/InboundHttpsEndpoint/required", keyword: "required", params: { missingProperty: "Url" }, message: "must have required property 'Url'" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data7.EndpointType !== void 0) {
          if (typeof data7.EndpointType !== "string") {
            const err17 = { instancePath: instancePath + "/InboundHttpsEndpoint/EndpointType", schemaPath: "#/properties/InboundHttpsEndpoint/properties/EndpointType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data7.Url !== void 0) {
          if (typeof data7.Url !== "string") {
            const err18 = { instancePath: instancePath + "/InboundHttpsEndpoint/Url", schemaPath: "#/properties/InboundHttpsEndpoint/properties/Url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/InboundHttpsEndpoint", schemaPath: "#/properties/InboundHttpsEndpoint/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.EventTimestamp !== void 0) {
      let data10 = data.EventTimestamp;
      if (typeof data10 === "string") {
        if (!pattern4.test(data10)) {
          const err20 = { instancePath: instancePath + "/EventTimestamp", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/EventTimestamp", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.Message !== void 0) {
      if (typeof data.Message !== "string") {
        const err22 = { instancePath: instancePath + "/Message", schemaPath: "#/properties/Message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "Sender": true, "Discussion": true, "EventType": true, "InboundHttpsEndpoint": true, "EventTimestamp": true, "Message": true }, "dynamicProps": false, "dynamicItems": false };

// chime.bot.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
