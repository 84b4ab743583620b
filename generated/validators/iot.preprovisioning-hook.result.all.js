// Generated from schemas/iot/preprovisioning-hook.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.preprovisioning-hook.result.all.standalone.js
var validateAll = validate20;
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
    if (data.allowProvisioning === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "allowProvisioning" }, message: "must have required property 'allowProvisioning'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.allowProvisioning !== void 0) {
      if (typeof data.allowProvisioning !== "boolean") {
        const err1 = { instancePath: instancePath + "/allowProvisioning", schemaPath: "#/properties/allowProvisioning/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.parameterOverrides !== void 0) {
      let data1 = data.parameterOverrides;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key0 in data1) {
          if (typeof data1[key0] !== "string") {
            const err2 = { instancePath: instancePath + "/parameterOverrides/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameterOverrides/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/parameterOverrides", schemaPath: "#/properties/parameterOverrides/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "allowProvisioning": true, "parameterOverrides": true }, "dynamicProps": false, "dynamicItems": false };

// iot.preprovisioning-hook.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
