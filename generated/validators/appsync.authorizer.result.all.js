// Generated from schemas/appsync/authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:appsync.authorizer.result.all.standalone.js
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
    if (data.isAuthorized === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "isAuthorized" }, message: "must have required property 'isAuthorized'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.isAuthorized !== void 0) {
      if (typeof data.isAuthorized !== "boolean") {
        const err1 = { instancePath: instancePath + "/isAuthorized", schemaPath: "#/properties/isAuthorized/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.resolverContext !== void 0) {
      let data1 = data.resolverContext;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
      } else {
        const err2 = { instancePath: instancePath + "/resolverContext", schemaPath: "#/properties/resolverContext/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.deniedFields !== void 0) {
      let data2 = data.deniedFields;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/deniedFields/" + i0, schemaPath: "#/properties/deniedFields/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/deniedFields", schemaPath: "#/properties/deniedFields/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.ttlOverride !== void 0) {
      let data4 = data.ttlOverride;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err5 = { instancePath: instancePath + "/ttlOverride", schemaPath: "#/properties/ttlOverride/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err6 = { instancePath: instancePath + "/ttlOverride", schemaPath: "#/properties/ttlOverride/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "isAuthorized": true, "resolverContext": true, "deniedFields": true, "ttlOverride": true }, "dynamicProps": false, "dynamicItems": false };

// appsync.authorizer.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
