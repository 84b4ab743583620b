// Generated from schemas/config/rule.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:config.rule.standalone.js
var config_rule_standalone_default = validate21;
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
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.invokingEvent === void 0 && (missing0 = "invokingEvent") || data.resultToken === void 0 && (missing0 = "resultToken") || data.eventLeftScope === void 0 && (missing0 = "eventLeftScope") || data.executionRoleArn === void 0 && (missing0 = "executionRoleArn") || data.configRuleArn === void 0 && (missing0 = "configRuleArn") || data.configRuleName === void 0 && (missing0 = "configRuleName") || data.configRuleId === void 0 && (missing0 = "configRuleId") || data.accountId === void 0 && (missing0 = "accountId")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (typeof data.version !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.invokingEvent !== void 0) {
            const _errs3 = errors;
            if (typeof data.invokingEvent !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/invokingEvent", schemaPath: "#/properties/invokingEvent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.ruleParameters !== void 0) {
              const _errs5 = errors;
              if (typeof data.ruleParameters !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/ruleParameters", schemaPath: "#/properties/ruleParameters/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.resultToken !== void 0) {
                const _errs7 = errors;
                if (typeof data.resultToken !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/resultToken", schemaPath: "#/properties/resultToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.eventLeftScope !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.eventLeftScope !== "boolean") {
                    validate21.errors = [{ instancePath: instancePath + "/eventLeftScope", schemaPath: "#/properties/eventLeftScope/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.executionRoleArn !== void 0) {
                    const _errs11 = errors;
                    if (!validate22(data.executionRoleArn, { instancePath: instancePath + "/executionRoleArn", parentData: data, parentDataProperty: "executionRoleArn", rootData })) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.configRuleArn !== void 0) {
                      const _errs12 = errors;
                      if (!validate22(data.configRuleArn, { instancePath: instancePath + "/configRuleArn", parentData: data, parentDataProperty: "configRuleArn", rootData })) {
                        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.configRuleName !== void 0) {
                        const _errs13 = errors;
                        if (typeof data.configRuleName !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/configRuleName", schemaPath: "#/properties/configRuleName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.configRuleId !== void 0) {
                          const _errs15 = errors;
                          if (typeof data.configRuleId !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/configRuleId", schemaPath: "#/properties/configRuleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.accountId !== void 0) {
                            const _errs17 = errors;
                            if (!validate25(data.accountId, { instancePath: instancePath + "/accountId", parentData: data, parentDataProperty: "accountId", rootData })) {
                              vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs17 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.evaluationMode !== void 0) {
                              const _errs18 = errors;
                              if (typeof data.evaluationMode !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/evaluationMode", schemaPath: "#/properties/evaluationMode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs18 === errors;
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

// check:config.rule.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.invokingEvent;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.ruleParameters;
    if (v2 !== void 0) {
      if (!(typeof v2 === "string")) return false;
    }
  }
  {
    const v3 = x.resultToken;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.eventLeftScope;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "boolean")) return false;
  }
  {
    const v5 = x.executionRoleArn;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.configRuleArn;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.configRuleName;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.configRuleId;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.accountId;
    if (v9 === void 0) return false;
    if (!(typeof v9 === "string")) return false;
  }
  {
    const v10 = x.evaluationMode;
    if (v10 !== void 0) {
      if (!(typeof v10 === "string")) return false;
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

// config.rule.entry.ts
var validate = withStandardSchema(checked(check, config_rule_standalone_default), "config.rule");
export {
  validate as default,
  validate
};
