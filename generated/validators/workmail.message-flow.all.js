// Generated from schemas/workmail/message-flow.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:workmail.message-flow.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:workmail.message-flow", "type": "object", "required": ["summaryVersion", "envelope", "subject", "messageId", "invocationId", "flowDirection", "truncated"], "properties": { "summaryVersion": { "type": "string" }, "envelope": { "type": "object", "required": ["mailFrom", "recipients"], "properties": { "mailFrom": { "$ref": "#/$defs/WorkMailAddress" }, "recipients": { "type": "array", "items": { "$ref": "#/$defs/WorkMailAddress" } } } }, "sender": { "$ref": "#/$defs/WorkMailAddress" }, "subject": { "type": "string" }, "messageId": { "type": "string" }, "invocationId": { "type": "string" }, "flowDirection": { "enum": ["INBOUND", "OUTBOUND"] }, "truncated": { "type": "boolean" } }, "$defs": { "WorkMailAddress": { "type": "object", "required": ["address"], "properties": { "address": { "type": "string" } } } } };
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
    if (data.summaryVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summaryVersion" }, message: "must have required property 'summaryVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.envelope === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "envelope" }, message: "must have required property 'envelope'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.subject === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.messageId === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "messageId" }, message: "must have required property 'messageId'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.invocationId === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "invocationId" }, message: "must have required property 'invocationId'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.flowDirection === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flowDirection" }, message: "must have required property 'flowDirection'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.truncated === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "truncated" }, message: "must have required property 'truncated'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.summaryVersion !== void 0) {
      if (typeof data.summaryVersion !== "string") {
        const err7 = { instancePath: instancePath + "/summaryVersion", schemaPath: "#/properties/summaryVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.envelope !== void 0) {
      let data1 = data.envelope;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.mailFrom === void 0) {
          const err8 = { instancePath: instancePath + "/envelope", schemaPath: "#/properties/envelope/required", keyword: "required", params: { missingProperty: "mailFrom" }, message: "must have required property 'mailFrom'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1.recipients === void 0) {
          const err9 = { instancePath: instancePath + "/envelope", schemaPath: "#/properties/envelope/required", keyword: "required", params: { missingProperty: "recipients" }, message: "must have required property 'recipients'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1.mailFrom !== void 0) {
          let data2 = data1.mailFrom;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.address === void 0) {
              const err10 = { instancePath: instancePath + "/envelope/mailFrom", schemaPath: "#/$defs/WorkMailAddress/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data2.address !== void 0) {
              if (typeof data2.address !== "string") {
                const err11 = { instancePath: instancePath + "/envelope/mailFrom/address", schemaPath: "#/$defs/WorkMailAddress/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/envelope/mailFrom", schemaPath: "#/$defs/WorkMailAddress/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.recipients !== void 0) {
          let data4 = data1.recipients;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data5 = data4[i0];
              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.address === void 0) {
                  const err13 = { instancePath: instancePath + "/envelope/recipients/" + i0, schemaPath: "#/$defs/WorkMailAddress/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                if (data5.address !== void 0) {
                  if (typeof data5.address !== "string") {
                    const err14 = { instancePath: instancePath + "/envelope/recipients/" + i0 + "/address", schemaPath: "#/$defs/WorkMailAddress/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/envelope/recipients/" + i0, schemaPath: "#/$defs/WorkMailAddress/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/envelope/recipients", schemaPath: "#/properties/envelope/properties/recipients/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/envelope", schemaPath: "#/properties/envelope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.sender !== void 0) {
      let data7 = data.sender;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.address === void 0) {
          const err18 = { instancePath: instancePath + "/sender", schemaPath: "#/$defs/WorkMailAddress/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data7.address !== void 0) {
          if (typeof data7.address !== "string") {
            const err19 = { instancePath: instancePath + "/sender/address", schemaPath: "#/$defs/WorkMailAddress/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/sender", schemaPath: "#/$defs/WorkMailAddress/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      if (typeof data.subject !== "string") {
        const err21 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.messageId !== void 0) {
      if (typeof data.messageId !== "string") {
        const err22 = { instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.invocationId !== void 0) {
      if (typeof data.invocationId !== "string") {
        const err23 = { instancePath: instancePath + "/invocationId", schemaPath: "#/properties/invocationId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.flowDirection !== void 0) {
      let data12 = data.flowDirection;
      if (!(data12 === "INBOUND" || data12 === "OUTBOUND")) {
        const err24 = { instancePath: instancePath + "/flowDirection", schemaPath: "#/properties/flowDirection/enum", keyword: "enum", params: { allowedValues: schema31.properties.flowDirection.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.truncated !== void 0) {
      if (typeof data.truncated !== "boolean") {
        const err25 = { instancePath: instancePath + "/truncated", schemaPath: "#/properties/truncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "summaryVersion": true, "envelope": true, "sender": true, "subject": true, "messageId": true, "invocationId": true, "flowDirection": true, "truncated": true }, "dynamicProps": false, "dynamicItems": false };

// workmail.message-flow.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
