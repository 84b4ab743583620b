// Generated from schemas/kinesis-analytics/output-delivery.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
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

// standalone:kinesis-analytics.output-delivery.result.all.standalone.js
var validateAll = validate20;
var schema32 = { "type": "object", "required": ["recordId", "result"], "properties": { "recordId": { "type": "string", "minLength": 1 }, "result": { "enum": ["Ok", "DeliveryFailed"] } } };
var func1 = ucs2length;
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
    if (data.records === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "records" }, message: "must have required property 'records'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.records !== void 0) {
      let data0 = data.records;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.recordId === void 0) {
              const err1 = { instancePath: instancePath + "/records/" + i0, schemaPath: "#/$defs/KinesisAnalyticsOutputResponseRecord/required", keyword: "required", params: { missingProperty: "recordId" }, message: "must have required property 'recordId'" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data1.result === void 0) {
              const err2 = { instancePath: instancePath + "/records/" + i0, schemaPath: "#/$defs/KinesisAnalyticsOutputResponseRecord/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.recordId !== void 0) {
              let data2 = data1.recordId;
              if (typeof data2 === "string") {
                if (func1(data2) < 1) {
                  const err3 = { instancePath: instancePath + "/records/" + i0 + "/recordId", schemaPath: "#/$defs/KinesisAnalyticsOutputResponseRecord/properties/recordId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              } else {
                const err4 = { instancePath: instancePath + "/records/" + i0 + "/recordId", schemaPath: "#/$defs/KinesisAnalyticsOutputResponseRecord/properties/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.result !== void 0) {
              let data3 = data1.result;
              if (!(data3 === "Ok" || data3 === "DeliveryFailed")) {
                const err5 = { instancePath: instancePath + "/records/" + i0 + "/result", schemaPath: "#/$defs/KinesisAnalyticsOutputResponseRecord/properties/result/enum", keyword: "enum", params: { allowedValues: schema32.properties.result.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/records/" + i0, schemaPath: "#/$defs/KinesisAnalyticsOutputResponseRecord/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/records", schemaPath: "#/properties/records/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "records": true }, "dynamicProps": false, "dynamicItems": false };

// kinesis-analytics.output-delivery.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
