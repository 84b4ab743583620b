// Generated from schemas/chime/bot.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:chime.bot.standalone.js
var chime_bot_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:chime.bot", "type": "object", "required": ["Sender", "Discussion", "EventType", "EventTimestamp"], "properties": { "Sender": { "type": "object", "required": ["SenderId", "SenderIdType"], "properties": { "SenderId": { "type": "string" }, "SenderIdType": { "type": "string" } } }, "Discussion": { "type": "object", "required": ["DiscussionId", "DiscussionType"], "properties": { "DiscussionId": { "type": "string" }, "DiscussionType": { "type": "string" } } }, "EventType": { "enum": ["Invite", "Mention", "Remove"] }, "InboundHttpsEndpoint": { "type": "object", "required": ["EndpointType", "Url"], "properties": { "EndpointType": { "type": "string" }, "Url": { "type": "string" } } }, "EventTimestamp": { "$ref": "#/$defs/IsoTimestamp" }, "Message": { "type": "string" } }, "$defs": { "IsoTimestamp": { "type": "string" } } };
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
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Sender === void 0 && (missing0 = "Sender") || data.Discussion === void 0 && (missing0 = "Discussion") || data.EventType === void 0 && (missing0 = "EventType") || data.EventTimestamp === void 0 && (missing0 = "EventTimestamp")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Sender !== void 0) {
          let data0 = data.Sender;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.SenderId === void 0 && (missing1 = "SenderId") || data0.SenderIdType === void 0 && (missing1 = "SenderIdType")) {
                validate21.errors = [{ instancePath: instancePath + "/Sender", schemaPath: "#/properties/Sender/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.SenderId !== void 0) {
                  const _errs3 = errors;
                  if (typeof data0.SenderId !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/Sender/SenderId", schemaPath: "#/properties/Sender/properties/SenderId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.SenderIdType !== void 0) {
                    const _errs5 = errors;
                    if (typeof data0.SenderIdType !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/Sender/SenderIdType", schemaPath: "#/properties/Sender/properties/SenderIdType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/Sender", schemaPath: "#/properties/Sender/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Discussion !== void 0) {
            let data3 = data.Discussion;
            const _errs7 = errors;
            if (errors === _errs7) {
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                let missing2;
                if (data3.DiscussionId === void 0 && (missing2 = "DiscussionId") || data3.DiscussionType === void 0 && (missing2 = "DiscussionType")) {
                  validate21.errors = [{ instancePath: instancePath + "/Discussion", schemaPath: "#/properties/Discussion/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                  return false;
                } else {
                  if (data3.DiscussionId !== void 0) {
                    const _errs9 = errors;
                    if (typeof data3.DiscussionId !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/Discussion/DiscussionId", schemaPath: "#/properties/Discussion/properties/DiscussionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs9 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data3.DiscussionType !== void 0) {
                      const _errs11 = errors;
                      if (typeof data3.DiscussionType !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/Discussion/DiscussionType", schemaPath: "#/properties/Discussion/properties/DiscussionType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs11 === errors;
                    } else {
                      var valid2 = true;
                    }
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/Discussion", schemaPath: "#/properties/Discussion/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs7 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.EventType !== void 0) {
              let data6 = data.EventType;
              const _errs13 = errors;
              if (!(data6 === "Invite" || data6 === "Mention" || data6 === "Remove")) {
                validate21.errors = [{ instancePath: instancePath + "/EventType", schemaPath: "#/properties/EventType/enum", keyword: "enum", params: { allowedValues: schema6.properties.EventType.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs13 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.InboundHttpsEndpoint !== void 0) {
                let data7 = data.InboundHttpsEndpoint;
                const _errs14 = errors;
                if (errors === _errs14) {
                  if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                    let missing3;
                    if (data7.EndpointType === void 0 && (missing3 = "EndpointType") || data7.Url === void 0 && (missing3 = "Url")) {
                      validate21.errors = [{ instancePath: instancePath + "/InboundHttpsEndpoint", schemaPath: "#/properties/InboundHttpsEndpoint/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                      return false;
                    } else {
                      if (data7.EndpointType !== void 0) {
                        const _errs16 = errors;
                        if (typeof data7.EndpointType !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/InboundHttpsEndpoint/EndpointType", schemaPath: "#/properties/InboundHttpsEndpoint/properties/EndpointType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs16 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data7.Url !== void 0) {
                          const _errs18 = errors;
                          if (typeof data7.Url !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/InboundHttpsEndpoint/Url", schemaPath: "#/properties/InboundHttpsEndpoint/properties/Url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs18 === errors;
                        } else {
                          var valid3 = true;
                        }
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/InboundHttpsEndpoint", schemaPath: "#/properties/InboundHttpsEndpoint/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs14 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.EventTimestamp !== void 0) {
                  const _errs20 = errors;
                  if (!validate22(data.EventTimestamp, { instancePath: instancePath + "/EventTimestamp", parentData: data, parentDataProperty: "EventTimestamp", rootData })) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs20 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.Message !== void 0) {
                    const _errs21 = errors;
                    if (typeof data.Message !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/Message", schemaPath: "#/properties/Message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs21 === errors;
                  } else {
                    var valid0 = true;
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

// check:chime.bot.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.Sender;
    if (v0 === void 0) return false;
    if (!(v0 !== null && typeof v0 === "object" && !Array.isArray(v0))) return false;
    {
      const v1 = v0.SenderId;
      if (v1 === void 0) return false;
      if (!(typeof v1 === "string")) return false;
    }
    {
      const v2 = v0.SenderIdType;
      if (v2 === void 0) return false;
      if (!(typeof v2 === "string")) return false;
    }
  }
  {
    const v3 = x.Discussion;
    if (v3 === void 0) return false;
    if (!(v3 !== null && typeof v3 === "object" && !Array.isArray(v3))) return false;
    {
      const v4 = v3.DiscussionId;
      if (v4 === void 0) return false;
      if (!(typeof v4 === "string")) return false;
    }
    {
      const v5 = v3.DiscussionType;
      if (v5 === void 0) return false;
      if (!(typeof v5 === "string")) return false;
    }
  }
  {
    const v6 = x.EventType;
    if (v6 === void 0) return false;
    if (!(v6 === "Invite" || v6 === "Mention" || v6 === "Remove")) return false;
  }
  {
    const v7 = x.InboundHttpsEndpoint;
    if (v7 !== void 0) {
      if (!(v7 !== null && typeof v7 === "object" && !Array.isArray(v7))) return false;
      {
        const v8 = v7.EndpointType;
        if (v8 === void 0) return false;
        if (!(typeof v8 === "string")) return false;
      }
      {
        const v9 = v7.Url;
        if (v9 === void 0) return false;
        if (!(typeof v9 === "string")) return false;
      }
    }
  }
  {
    const v10 = x.EventTimestamp;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "string")) return false;
  }
  {
    const v11 = x.Message;
    if (v11 !== void 0) {
      if (!(typeof v11 === "string")) return false;
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

// chime.bot.entry.ts
var validate = withStandardSchema(checked(check, chime_bot_standalone_default), "chime.bot");
export {
  validate as default,
  validate
};
