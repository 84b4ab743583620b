// Generated from schemas/ses/receipt.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:ses.receipt.result.strict.standalone.js
var ses_receipt_result_strict_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:ses.receipt.result", "type": ["object", "null"], "required": ["disposition"], "properties": { "disposition": { "enum": ["STOP_RULE", "STOP_RULE_SET", "CONTINUE"] } } };
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
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema31.type }, message: "must be object,null" }];
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.disposition === void 0 && (missing0 = "disposition")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.disposition !== void 0) {
          let data0 = data.disposition;
          if (!(data0 === "STOP_RULE" || data0 === "STOP_RULE_SET" || data0 === "CONTINUE")) {
            validate20.errors = [{ instancePath: instancePath + "/disposition", schemaPath: "#/properties/disposition/enum", keyword: "enum", params: { allowedValues: schema31.properties.disposition.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
        }
      }
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "disposition": true }, "dynamicProps": false, "dynamicItems": false };

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

// ses.receipt.result.strict.entry.ts
withStandardSchema(ses_receipt_result_strict_standalone_default, "ses.receipt.result");
export {
  ses_receipt_result_strict_standalone_default as default,
  ses_receipt_result_strict_standalone_default as validate
};
