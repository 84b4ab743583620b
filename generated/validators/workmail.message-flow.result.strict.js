// Generated from schemas/workmail/message-flow.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:workmail.message-flow.result.strict.standalone.js
var workmail_message_flow_result_strict_standalone_default = validate20;
var schema32 = { "type": "object", "required": ["action"], "properties": { "action": { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["BOUNCE", "DROP", "DEFAULT", "BYPASS_SPAM_CHECK", "MOVE_TO_JUNK"] }, "parameters": { "type": "object", "properties": { "bounceMessage": { "type": "string" } }, "additionalProperties": true } } }, "recipients": { "type": "array", "items": { "type": "string" } }, "allRecipients": { "type": "boolean" } }, "if": { "not": { "required": ["allRecipients"], "properties": { "allRecipients": { "const": true } } } }, "then": { "required": ["recipients"], "properties": { "recipients": true } } };
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
      if (data.actions === void 0 && (missing0 = "actions")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.actions !== void 0) {
          let data0 = data.actions;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs3 = errors;
                const _errs4 = errors;
                const _errs6 = errors;
                let valid3 = true;
                const _errs7 = errors;
                const _errs8 = errors;
                const _errs9 = errors;
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing1;
                  if (data1.allRecipients === void 0 && (missing1 = "allRecipients")) {
                    const err0 = {};
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  } else {
                    if (data1.allRecipients !== void 0) {
                      if (true !== data1.allRecipients) {
                        const err1 = {};
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                    }
                  }
                }
                var valid4 = _errs9 === errors;
                if (valid4) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  errors = _errs8;
                  if (vErrors !== null) {
                    if (_errs8) {
                      vErrors.length = _errs8;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var _valid0 = _errs7 === errors;
                errors = _errs6;
                if (vErrors !== null) {
                  if (_errs6) {
                    vErrors.length = _errs6;
                  } else {
                    vErrors = null;
                  }
                }
                if (_valid0) {
                  const _errs11 = errors;
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing2;
                    if (data1.recipients === void 0 && (missing2 = "recipients")) {
                      validate20.errors = [{ instancePath: instancePath + "/actions/" + i0, schemaPath: "#/$defs/WorkMailMessageFlowAction/then/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                      return false;
                    }
                  }
                  var _valid0 = _errs11 === errors;
                  valid3 = _valid0;
                  if (valid3) {
                    var props0 = {};
                    props0.recipients = true;
                  }
                }
                if (!valid3) {
                  const err3 = { instancePath: instancePath + "/actions/" + i0, schemaPath: "#/$defs/WorkMailMessageFlowAction/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                  validate20.errors = vErrors;
                  return false;
                }
                if (errors === _errs4) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing3;
                    if (data1.action === void 0 && (missing3 = "action")) {
                      validate20.errors = [{ instancePath: instancePath + "/actions/" + i0, schemaPath: "#/$defs/WorkMailMessageFlowAction/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                      return false;
                    } else {
                      if (props0 !== true) {
                        props0 = props0 || {};
                        props0.action = true;
                        props0.recipients = true;
                        props0.allRecipients = true;
                      }
                      if (data1.action !== void 0) {
                        let data3 = data1.action;
                        const _errs12 = errors;
                        if (errors === _errs12) {
                          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                            let missing4;
                            if (data3.type === void 0 && (missing4 = "type")) {
                              validate20.errors = [{ instancePath: instancePath + "/actions/" + i0 + "/action", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/action/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                              return false;
                            } else {
                              if (data3.type !== void 0) {
                                let data4 = data3.type;
                                const _errs14 = errors;
                                if (!(data4 === "BOUNCE" || data4 === "DROP" || data4 === "DEFAULT" || data4 === "BYPASS_SPAM_CHECK" || data4 === "MOVE_TO_JUNK")) {
                                  validate20.errors = [{ instancePath: instancePath + "/actions/" + i0 + "/action/type", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/action/properties/type/enum", keyword: "enum", params: { allowedValues: schema32.properties.action.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid7 = _errs14 === errors;
                              } else {
                                var valid7 = true;
                              }
                              if (valid7) {
                                if (data3.parameters !== void 0) {
                                  let data5 = data3.parameters;
                                  const _errs15 = errors;
                                  if (errors === _errs15) {
                                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                                      if (data5.bounceMessage !== void 0) {
                                        if (typeof data5.bounceMessage !== "string") {
                                          validate20.errors = [{ instancePath: instancePath + "/actions/" + i0 + "/action/parameters/bounceMessage", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/action/properties/parameters/properties/bounceMessage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate20.errors = [{ instancePath: instancePath + "/actions/" + i0 + "/action/parameters", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/action/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid7 = _errs15 === errors;
                                } else {
                                  var valid7 = true;
                                }
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/actions/" + i0 + "/action", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/action/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid6 = _errs12 === errors;
                      } else {
                        var valid6 = true;
                      }
                      if (valid6) {
                        if (data1.recipients !== void 0) {
                          let data7 = data1.recipients;
                          const _errs20 = errors;
                          if (errors === _errs20) {
                            if (Array.isArray(data7)) {
                              var valid9 = true;
                              const len1 = data7.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                const _errs22 = errors;
                                if (typeof data7[i1] !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/actions/" + i0 + "/recipients/" + i1, schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/recipients/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid9 = _errs22 === errors;
                                if (!valid9) {
                                  break;
                                }
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/actions/" + i0 + "/recipients", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/recipients/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid6 = _errs20 === errors;
                        } else {
                          var valid6 = true;
                        }
                        if (valid6) {
                          if (data1.allRecipients !== void 0) {
                            const _errs24 = errors;
                            if (typeof data1.allRecipients !== "boolean") {
                              validate20.errors = [{ instancePath: instancePath + "/actions/" + i0 + "/allRecipients", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/allRecipients/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                              return false;
                            }
                            var valid6 = _errs24 === errors;
                          } else {
                            var valid6 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/actions/" + i0, schemaPath: "#/$defs/WorkMailMessageFlowAction/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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
validate20.evaluated = { "props": { "actions": true }, "dynamicProps": false, "dynamicItems": false };

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

// workmail.message-flow.result.strict.entry.ts
withStandardSchema(workmail_message_flow_result_strict_standalone_default, "workmail.message-flow.result");
export {
  workmail_message_flow_result_strict_standalone_default as default,
  workmail_message_flow_result_strict_standalone_default as validate
};
