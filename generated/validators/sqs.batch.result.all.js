// Generated from schemas/sqs/batch.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/ajv/ucs2length.ts
function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; pos++) {
    length++;
    const code = str.charCodeAt(pos);
    if (code >= 55296 && code <= 56319 && pos + 1 < str.length && (str.charCodeAt(pos + 1) & 64512) === 56320) pos++;
  }
  return length;
}

// standalone:sqs.batch.result.all.standalone.js
var validateAll = validate20;
var func1 = ucs2length;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.batchItemFailures === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "batchItemFailures" }, message: "must have required property 'batchItemFailures'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.batchItemFailures !== void 0) {
      let data0 = data.batchItemFailures;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.itemIdentifier === void 0) {
              const err1 = { instancePath: instancePath + "/batchItemFailures/" + i0, schemaPath: "#/$defs/BatchItemFailure/required", keyword: "required", params: { missingProperty: "itemIdentifier" }, message: "must have required property 'itemIdentifier'" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data1.itemIdentifier !== void 0) {
              let data2 = data1.itemIdentifier;
              if (typeof data2 === "string") {
                if (func1(data2) < 1) {
                  const err2 = { instancePath: instancePath + "/batchItemFailures/" + i0 + "/itemIdentifier", schemaPath: "#/$defs/BatchItemFailure/properties/itemIdentifier/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
              } else {
                const err3 = { instancePath: instancePath + "/batchItemFailures/" + i0 + "/itemIdentifier", schemaPath: "#/$defs/BatchItemFailure/properties/itemIdentifier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/batchItemFailures/" + i0, schemaPath: "#/$defs/BatchItemFailure/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/batchItemFailures", schemaPath: "#/properties/batchItemFailures/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "batchItemFailures": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "batchItemFailures": true }, "dynamicProps": false, "dynamicItems": false };

// sqs.batch.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
