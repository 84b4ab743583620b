// Generated from schemas/config/rule.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:config.rule.standalone.js
var config_rule_standalone_default = validate20;
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
      if (data.version === void 0 && (missing0 = "version") || data.invokingEvent === void 0 && (missing0 = "invokingEvent") || data.resultToken === void 0 && (missing0 = "resultToken") || data.eventLeftScope === void 0 && (missing0 = "eventLeftScope") || data.executionRoleArn === void 0 && (missing0 = "executionRoleArn") || data.configRuleArn === void 0 && (missing0 = "configRuleArn") || data.configRuleName === void 0 && (missing0 = "configRuleName") || data.configRuleId === void 0 && (missing0 = "configRuleId") || data.accountId === void 0 && (missing0 = "accountId")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (typeof data.version !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate20.errors = [{ instancePath: instancePath + "/invokingEvent", schemaPath: "#/properties/invokingEvent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate20.errors = [{ instancePath: instancePath + "/ruleParameters", schemaPath: "#/properties/ruleParameters/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate20.errors = [{ instancePath: instancePath + "/resultToken", schemaPath: "#/properties/resultToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate20.errors = [{ instancePath: instancePath + "/eventLeftScope", schemaPath: "#/properties/eventLeftScope/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.executionRoleArn !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.executionRoleArn !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/executionRoleArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.configRuleArn !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.configRuleArn !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/configRuleArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.configRuleName !== void 0) {
                        const _errs17 = errors;
                        if (typeof data.configRuleName !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/configRuleName", schemaPath: "#/properties/configRuleName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.configRuleId !== void 0) {
                          const _errs19 = errors;
                          if (typeof data.configRuleId !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/configRuleId", schemaPath: "#/properties/configRuleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.accountId !== void 0) {
                            const _errs21 = errors;
                            if (typeof data.accountId !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs21 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.evaluationMode !== void 0) {
                              const _errs24 = errors;
                              if (typeof data.evaluationMode !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/evaluationMode", schemaPath: "#/properties/evaluationMode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs24 === errors;
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "invokingEvent": true, "ruleParameters": true, "resultToken": true, "eventLeftScope": true, "executionRoleArn": true, "configRuleArn": true, "configRuleName": true, "configRuleId": true, "accountId": true, "evaluationMode": true }, "dynamicProps": false, "dynamicItems": false };

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

// config.rule.entry.ts
withStandardSchema(config_rule_standalone_default, "config.rule");
export {
  config_rule_standalone_default as default,
  config_rule_standalone_default as validate
};
