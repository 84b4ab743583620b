// Generated from schemas/autoscaling/custom-termination-policy.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:autoscaling.custom-termination-policy.result.all.standalone.js
var validateAll = validate20;
var pattern4 = new RegExp("^i-[0-9a-f]{8,17}$", "u");
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
    if (data.InstanceIDs === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "InstanceIDs" }, message: "must have required property 'InstanceIDs'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.InstanceIDs !== void 0) {
      let data0 = data.InstanceIDs;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (!pattern4.test(data1)) {
              const err1 = { instancePath: instancePath + "/InstanceIDs/" + i0, schemaPath: "#/properties/InstanceIDs/items/pattern", keyword: "pattern", params: { pattern: "^i-[0-9a-f]{8,17}$" }, message: 'must match pattern "^i-[0-9a-f]{8,17}$"' };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/InstanceIDs/" + i0, schemaPath: "#/properties/InstanceIDs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/InstanceIDs", schemaPath: "#/properties/InstanceIDs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
validate20.evaluated = { "props": { "InstanceIDs": true }, "dynamicProps": false, "dynamicItems": false };

// autoscaling.custom-termination-policy.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
