// Generated from schemas/iot/rule-action.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.rule-action.all.standalone.js
var validateAll = validate20;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  validate20.errors = null;
  return true;
}
validate20.evaluated = { "dynamicProps": false, "dynamicItems": false };

// iot.rule-action.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
