// Generated from schemas/workmail/message-flow.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:workmail.message-flow.strict.standalone.js
var workmail_message_flow_strict_standalone_default = validate20;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.summaryVersion === void 0 && (missing0 = "summaryVersion") || data.envelope === void 0 && (missing0 = "envelope") || data.subject === void 0 && (missing0 = "subject") || data.messageId === void 0 && (missing0 = "messageId") || data.invocationId === void 0 && (missing0 = "invocationId") || data.flowDirection === void 0 && (missing0 = "flowDirection") || data.truncated === void 0 && (missing0 = "truncated")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.summaryVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.summaryVersion !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/summaryVersion", schemaPath: "#/properties/summaryVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.envelope !== void 0) {
            let data1 = data.envelope;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing1;
                if (data1.mailFrom === void 0 && (missing1 = "mailFrom") || data1.recipients === void 0 && (missing1 = "recipients")) {
                  validate20.errors = [{ instancePath: instancePath + "/envelope", schemaPath: "#/properties/envelope/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.mailFrom !== void 0) {
                    let data2 = data1.mailFrom;
                    const _errs5 = errors;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing2;
                        if (data2.address === void 0 && (missing2 = "address")) {
                          validate20.errors = [{ instancePath: instancePath + "/envelope/mailFrom", schemaPath: "#/$defs/WorkMailAddress/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                          return false;
                        } else {
                          if (data2.address !== void 0) {
                            if (typeof data2.address !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/envelope/mailFrom/address", schemaPath: "#/$defs/WorkMailAddress/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/envelope/mailFrom", schemaPath: "#/$defs/WorkMailAddress/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data1.recipients !== void 0) {
                      let data4 = data1.recipients;
                      const _errs10 = errors;
                      if (errors === _errs10) {
                        if (Array.isArray(data4)) {
                          var valid4 = true;
                          const len0 = data4.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data5 = data4[i0];
                            const _errs12 = errors;
                            const _errs13 = errors;
                            if (errors === _errs13) {
                              if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                                let missing3;
                                if (data5.address === void 0 && (missing3 = "address")) {
                                  validate20.errors = [{ instancePath: instancePath + "/envelope/recipients/" + i0, schemaPath: "#/$defs/WorkMailAddress/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                  return false;
                                } else {
                                  if (data5.address !== void 0) {
                                    if (typeof data5.address !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/envelope/recipients/" + i0 + "/address", schemaPath: "#/$defs/WorkMailAddress/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/envelope/recipients/" + i0, schemaPath: "#/$defs/WorkMailAddress/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid4 = _errs12 === errors;
                            if (!valid4) {
                              break;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/envelope/recipients", schemaPath: "#/properties/envelope/properties/recipients/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid1 = _errs10 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/envelope", schemaPath: "#/properties/envelope/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sender !== void 0) {
              let data7 = data.sender;
              const _errs17 = errors;
              const _errs18 = errors;
              if (errors === _errs18) {
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                  let missing4;
                  if (data7.address === void 0 && (missing4 = "address")) {
                    validate20.errors = [{ instancePath: instancePath + "/sender", schemaPath: "#/$defs/WorkMailAddress/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                    return false;
                  } else {
                    if (data7.address !== void 0) {
                      if (typeof data7.address !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/sender/address", schemaPath: "#/$defs/WorkMailAddress/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/sender", schemaPath: "#/$defs/WorkMailAddress/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs17 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.subject !== void 0) {
                const _errs22 = errors;
                if (typeof data.subject !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs22 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.messageId !== void 0) {
                  const _errs24 = errors;
                  if (typeof data.messageId !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs24 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.invocationId !== void 0) {
                    const _errs26 = errors;
                    if (typeof data.invocationId !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/invocationId", schemaPath: "#/properties/invocationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs26 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.flowDirection !== void 0) {
                      let data12 = data.flowDirection;
                      const _errs28 = errors;
                      if (!(data12 === "INBOUND" || data12 === "OUTBOUND")) {
                        validate20.errors = [{ instancePath: instancePath + "/flowDirection", schemaPath: "#/properties/flowDirection/enum", keyword: "enum", params: { allowedValues: schema31.properties.flowDirection.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid0 = _errs28 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.truncated !== void 0) {
                        const _errs29 = errors;
                        if (typeof data.truncated !== "boolean") {
                          validate20.errors = [{ instancePath: instancePath + "/truncated", schemaPath: "#/properties/truncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                          return false;
                        }
                        var valid0 = _errs29 === errors;
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
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "summaryVersion": true, "envelope": true, "sender": true, "subject": true, "messageId": true, "invocationId": true, "flowDirection": true, "truncated": true }, "dynamicProps": false, "dynamicItems": false };

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

// workmail.message-flow.strict.entry.ts
withStandardSchema(workmail_message_flow_strict_standalone_default, "workmail.message-flow");
export {
  workmail_message_flow_strict_standalone_default as default,
  workmail_message_flow_strict_standalone_default as validate
};
