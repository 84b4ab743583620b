// Generated from schemas/iot/rule-action.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// iot.rule-action.standalone.js
var validate = validate20;
var iot_rule_action_standalone_default = validate20;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  validate20.errors = null;
  return true;
}
validate20.evaluated = { "dynamicProps": false, "dynamicItems": false };
export {
  iot_rule_action_standalone_default as default,
  validate
};
