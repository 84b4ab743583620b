// Generated from schemas/workmail/message-flow.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:workmail.message-flow.result.all.standalone.js
var validateAll = validate20;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.actions === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.actions !== void 0) {
      let data0 = data.actions;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          const _errs6 = errors;
          let valid4 = true;
          const _errs7 = errors;
          const _errs8 = errors;
          const _errs9 = errors;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            let missing0;
            if (data1.allRecipients === void 0 && (missing0 = "allRecipients")) {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            } else {
              if (data1.allRecipients !== void 0) {
                if (true !== data1.allRecipients) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
              }
            }
          }
          var valid5 = _errs9 === errors;
          if (valid5) {
            const err3 = {};
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
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
              if (data1.recipients === void 0) {
                const err4 = { instancePath: instancePath + "/actions/" + i0, schemaPath: "#/$defs/WorkMailMessageFlowAction/then/required", keyword: "required", params: { missingProperty: "recipients" }, message: "must have required property 'recipients'" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            var _valid0 = _errs11 === errors;
            valid4 = _valid0;
            if (valid4) {
              var props0 = {};
              props0.recipients = true;
            }
          }
          if (!valid4) {
            const err5 = { instancePath: instancePath + "/actions/" + i0, schemaPath: "#/$defs/WorkMailMessageFlowAction/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.action === void 0) {
              const err6 = { instancePath: instancePath + "/actions/" + i0, schemaPath: "#/$defs/WorkMailMessageFlowAction/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (props0 !== true) {
              props0 = props0 || {};
              props0.action = true;
              props0.recipients = true;
              props0.allRecipients = true;
            }
            if (data1.action !== void 0) {
              let data3 = data1.action;
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                if (data3.type === void 0) {
                  const err7 = { instancePath: instancePath + "/actions/" + i0 + "/action", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/action/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
                if (data3.type !== void 0) {
                  let data4 = data3.type;
                  if (!(data4 === "BOUNCE" || data4 === "DROP" || data4 === "DEFAULT" || data4 === "BYPASS_SPAM_CHECK" || data4 === "MOVE_TO_JUNK")) {
                    const err8 = { instancePath: instancePath + "/actions/" + i0 + "/action/type", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/action/properties/type/enum", keyword: "enum", params: { allowedValues: schema32.properties.action.properties.type.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data3.parameters !== void 0) {
                  let data5 = data3.parameters;
                  if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                    if (data5.bounceMessage !== void 0) {
                      if (typeof data5.bounceMessage !== "string") {
                        const err9 = { instancePath: instancePath + "/actions/" + i0 + "/action/parameters/bounceMessage", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/action/properties/parameters/properties/bounceMessage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err9];
                        } else {
                          vErrors.push(err9);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err10 = { instancePath: instancePath + "/actions/" + i0 + "/action/parameters", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/action/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
              } else {
                const err11 = { instancePath: instancePath + "/actions/" + i0 + "/action", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/action/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data1.recipients !== void 0) {
              let data7 = data1.recipients;
              if (Array.isArray(data7)) {
                const len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data7[i1] !== "string") {
                    const err12 = { instancePath: instancePath + "/actions/" + i0 + "/recipients/" + i1, schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/recipients/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
              } else {
                const err13 = { instancePath: instancePath + "/actions/" + i0 + "/recipients", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/recipients/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data1.allRecipients !== void 0) {
              if (typeof data1.allRecipients !== "boolean") {
                const err14 = { instancePath: instancePath + "/actions/" + i0 + "/allRecipients", schemaPath: "#/$defs/WorkMailMessageFlowAction/properties/allRecipients/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/actions/" + i0, schemaPath: "#/$defs/WorkMailMessageFlowAction/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "actions": true }, "dynamicProps": false, "dynamicItems": false };

// workmail.message-flow.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
