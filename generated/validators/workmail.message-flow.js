// Generated from schemas/workmail/message-flow.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:workmail.message-flow.standalone.js
var workmail_message_flow_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:workmail.message-flow", "type": "object", "required": ["summaryVersion", "envelope", "subject", "messageId", "invocationId", "flowDirection", "truncated"], "properties": { "summaryVersion": { "type": "string" }, "envelope": { "type": "object", "required": ["mailFrom", "recipients"], "properties": { "mailFrom": { "$ref": "#/$defs/WorkMailAddress" }, "recipients": { "type": "array", "items": { "$ref": "#/$defs/WorkMailAddress" } } } }, "sender": { "$ref": "#/$defs/WorkMailAddress" }, "subject": { "type": "string" }, "messageId": { "type": "string" }, "invocationId": { "type": "string" }, "flowDirection": { "enum": ["INBOUND", "OUTBOUND"] }, "truncated": { "type": "boolean" } }, "$defs": { "WorkMailAddress": { "type": "object", "required": ["address"], "properties": { "address": { "type": "string" } } } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.address === void 0 && (missing0 = "address")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.address !== void 0) {
          if (typeof data.address !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
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
      if (data.summaryVersion === void 0 && (missing0 = "summaryVersion") || data.envelope === void 0 && (missing0 = "envelope") || data.subject === void 0 && (missing0 = "subject") || data.messageId === void 0 && (missing0 = "messageId") || data.invocationId === void 0 && (missing0 = "invocationId") || data.flowDirection === void 0 && (missing0 = "flowDirection") || data.truncated === void 0 && (missing0 = "truncated")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.summaryVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.summaryVersion !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/summaryVersion", schemaPath: "#/properties/summaryVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate21.errors = [{ instancePath: instancePath + "/envelope", schemaPath: "#/properties/envelope/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.mailFrom !== void 0) {
                    const _errs5 = errors;
                    if (!validate22(data1.mailFrom, { instancePath: instancePath + "/envelope/mailFrom", parentData: data1, parentDataProperty: "mailFrom", rootData })) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data1.recipients !== void 0) {
                      let data3 = data1.recipients;
                      const _errs6 = errors;
                      if (errors === _errs6) {
                        if (Array.isArray(data3)) {
                          var valid2 = true;
                          const len0 = data3.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs8 = errors;
                            if (!validate22(data3[i0], { instancePath: instancePath + "/envelope/recipients/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
                              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                              errors = vErrors.length;
                            }
                            var valid2 = _errs8 === errors;
                            if (!valid2) {
                              break;
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/envelope/recipients", schemaPath: "#/properties/envelope/properties/recipients/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid1 = _errs6 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/envelope", schemaPath: "#/properties/envelope/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sender !== void 0) {
              const _errs9 = errors;
              if (!validate22(data.sender, { instancePath: instancePath + "/sender", parentData: data, parentDataProperty: "sender", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs9 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.subject !== void 0) {
                const _errs10 = errors;
                if (typeof data.subject !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.messageId !== void 0) {
                  const _errs12 = errors;
                  if (typeof data.messageId !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.invocationId !== void 0) {
                    const _errs14 = errors;
                    if (typeof data.invocationId !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/invocationId", schemaPath: "#/properties/invocationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.flowDirection !== void 0) {
                      let data9 = data.flowDirection;
                      const _errs16 = errors;
                      if (!(data9 === "INBOUND" || data9 === "OUTBOUND")) {
                        validate21.errors = [{ instancePath: instancePath + "/flowDirection", schemaPath: "#/properties/flowDirection/enum", keyword: "enum", params: { allowedValues: schema6.properties.flowDirection.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.truncated !== void 0) {
                        const _errs17 = errors;
                        if (typeof data.truncated !== "boolean") {
                          validate21.errors = [{ instancePath: instancePath + "/truncated", schemaPath: "#/properties/truncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                          return false;
                        }
                        var valid0 = _errs17 === errors;
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:workmail.message-flow.check.js
function d_WorkMailAddress(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v3 = x.address;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.summaryVersion;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.envelope;
    if (v1 === void 0) return false;
    if (!(v1 !== null && typeof v1 === "object" && !Array.isArray(v1))) return false;
    {
      const v2 = v1.mailFrom;
      if (v2 === void 0) return false;
      if (!d_WorkMailAddress(v2)) return false;
    }
    {
      const v4 = v1.recipients;
      if (v4 === void 0) return false;
      if (!Array.isArray(v4)) return false;
      for (let v6 = 0; v6 < v4.length; v6++) {
        const v5 = v4[v6];
        if (!d_WorkMailAddress(v5)) return false;
      }
    }
  }
  {
    const v7 = x.sender;
    if (v7 !== void 0) {
      if (!d_WorkMailAddress(v7)) return false;
    }
  }
  {
    const v8 = x.subject;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.messageId;
    if (v9 === void 0) return false;
    if (!(typeof v9 === "string")) return false;
  }
  {
    const v10 = x.invocationId;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "string")) return false;
  }
  {
    const v11 = x.flowDirection;
    if (v11 === void 0) return false;
    if (!(v11 === "INBOUND" || v11 === "OUTBOUND")) return false;
  }
  {
    const v12 = x.truncated;
    if (v12 === void 0) return false;
    if (!(typeof v12 === "boolean")) return false;
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

// workmail.message-flow.entry.ts
var validate = withStandardSchema(checked(check, workmail_message_flow_standalone_default), "workmail.message-flow");
export {
  validate as default,
  validate
};
