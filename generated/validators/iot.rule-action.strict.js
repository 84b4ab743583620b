// Generated from schemas/iot/rule-action.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.rule-action.strict.standalone.js
var iot_rule_action_strict_standalone_default = validate20;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  validate20.errors = null;
  return true;
}
validate20.evaluated = { "dynamicProps": false, "dynamicItems": false };

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

// iot.rule-action.strict.entry.ts
withStandardSchema(iot_rule_action_strict_standalone_default, "iot.rule-action");
export {
  iot_rule_action_strict_standalone_default as default,
  iot_rule_action_strict_standalone_default as validate
};
