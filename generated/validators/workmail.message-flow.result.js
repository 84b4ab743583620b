// Generated from schemas/workmail/message-flow.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:workmail.message-flow.result.strict.standalone.js
var workmail_message_flow_result_strict_standalone_default = validate21;
var schema7 = { "type": "object", "required": ["action"], "properties": { "action": { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["BOUNCE", "DROP", "DEFAULT", "BYPASS_SPAM_CHECK", "MOVE_TO_JUNK"] }, "parameters": { "type": "object", "properties": { "bounceMessage": { "type": "string" } }, "additionalProperties": true } } }, "recipients": { "type": "array", "items": { "type": "string" } }, "allRecipients": { "type": "boolean" } }, "if": { "not": { "required": ["allRecipients"], "properties": { "allRecipients": { "const": true } } } }, "then": { "required": ["recipients"], "properties": { "recipients": true } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  const _errs3 = errors;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.allRecipients === void 0 && (missing0 = "allRecipients")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.allRecipients !== void 0) {
        if (true !== data.allRecipients) {
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
  var valid1 = _errs4 === errors;
  if (valid1) {
    const err2 = {};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs3;
    if (vErrors !== null) {
      if (_errs3) {
        vErrors.length = _errs3;
      } else {
        vErrors = null;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.recipients === void 0 && (missing1 = "recipients")) {
        validate22.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate22.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.action === void 0 && (missing2 = "action")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
        return false;
      } else {
        if (data.action !== void 0) {
          let data1 = data.action;
          const _errs7 = errors;
          if (errors === _errs7) {
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              let missing3;
              if (data1.type === void 0 && (missing3 = "type")) {
                validate22.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/properties/action/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                return false;
              } else {
                if (data1.type !== void 0) {
                  let data2 = data1.type;
                  const _errs9 = errors;
                  if (!(data2 === "BOUNCE" || data2 === "DROP" || data2 === "DEFAULT" || data2 === "BYPASS_SPAM_CHECK" || data2 === "MOVE_TO_JUNK")) {
                    validate22.errors = [{ instancePath: instancePath + "/action/type", schemaPath: "#/properties/action/properties/type/enum", keyword: "enum", params: { allowedValues: schema7.properties.action.properties.type.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid4 = _errs9 === errors;
                } else {
                  var valid4 = true;
                }
                if (valid4) {
                  if (data1.parameters !== void 0) {
                    let data3 = data1.parameters;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        if (data3.bounceMessage !== void 0) {
                          if (typeof data3.bounceMessage !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/action/parameters/bounceMessage", schemaPath: "#/properties/action/properties/parameters/properties/bounceMessage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                      } else {
                        validate22.errors = [{ instancePath: instancePath + "/action/parameters", schemaPath: "#/properties/action/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid4 = _errs10 === errors;
                  } else {
                    var valid4 = true;
                  }
                }
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid3 = _errs7 === errors;
        } else {
          var valid3 = true;
        }
        if (valid3) {
          if (data.recipients !== void 0) {
            let data5 = data.recipients;
            const _errs15 = errors;
            if (errors === _errs15) {
              if (Array.isArray(data5)) {
                var valid6 = true;
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs17 = errors;
                  if (typeof data5[i0] !== "string") {
                    validate22.errors = [{ instancePath: instancePath + "/recipients/" + i0, schemaPath: "#/properties/recipients/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid6 = _errs17 === errors;
                  if (!valid6) {
                    break;
                  }
                }
              } else {
                validate22.errors = [{ instancePath: instancePath + "/recipients", schemaPath: "#/properties/recipients/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid3 = _errs15 === errors;
          } else {
            var valid3 = true;
          }
          if (valid3) {
            if (data.allRecipients !== void 0) {
              const _errs19 = errors;
              if (typeof data.allRecipients !== "boolean") {
                validate22.errors = [{ instancePath: instancePath + "/allRecipients", schemaPath: "#/properties/allRecipients/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                return false;
              }
              var valid3 = _errs19 === errors;
            } else {
              var valid3 = true;
            }
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
      if (data.actions === void 0 && (missing0 = "actions")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
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
                const _errs3 = errors;
                if (!validate22(data0[i0], { instancePath: instancePath + "/actions/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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

// check:workmail.message-flow.result.strict.check.js
function d_WorkMailMessageFlowAction(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v3 = x.action;
    if (v3 === void 0) return false;
    if (!(v3 !== null && typeof v3 === "object" && !Array.isArray(v3))) return false;
    {
      const v4 = v3.type;
      if (v4 === void 0) return false;
      if (!(v4 === "BOUNCE" || v4 === "DROP" || v4 === "DEFAULT" || v4 === "BYPASS_SPAM_CHECK" || v4 === "MOVE_TO_JUNK")) return false;
    }
    {
      const v5 = v3.parameters;
      if (v5 !== void 0) {
        if (!(v5 !== null && typeof v5 === "object" && !Array.isArray(v5))) return false;
        {
          const v6 = v5.bounceMessage;
          if (v6 !== void 0) {
            if (!(typeof v6 === "string")) return false;
          }
        }
      }
    }
  }
  {
    const v7 = x.recipients;
    if (v7 !== void 0) {
      if (!Array.isArray(v7)) return false;
      for (let v9 = 0; v9 < v7.length; v9++) {
        const v8 = v7[v9];
        if (!(typeof v8 === "string")) return false;
      }
    }
  }
  {
    const v10 = x.allRecipients;
    if (v10 !== void 0) {
      if (!(typeof v10 === "boolean")) return false;
    }
  }
  if (!(!b0(x) ? !(x !== null && typeof x === "object" && !Array.isArray(x)) || x.recipients !== void 0 : true)) return false;
  return true;
}
function b0(x) {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v11 = x.allRecipients;
      if (v11 === void 0) return false;
      if (!(v11 === true)) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.actions;
    if (v0 === void 0) return false;
    if (!Array.isArray(v0)) return false;
    for (let v2 = 0; v2 < v0.length; v2++) {
      const v1 = v0[v2];
      if (!d_WorkMailMessageFlowAction(v1)) return false;
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

// workmail.message-flow.result.strict.entry.ts
var validate = withStandardSchema(checked(check, workmail_message_flow_result_strict_standalone_default), "workmail.message-flow.result");
export {
  validate as default,
  validate
};
