// Generated from schemas/ses/receipt.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:ses.receipt.result.strict.standalone.js
var ses_receipt_result_strict_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:ses.receipt.result", "type": ["object", "null"], "required": ["disposition"], "properties": { "disposition": { "enum": ["STOP_RULE", "STOP_RULE_SET", "CONTINUE"] } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema6.type }, message: "must be object,null" }];
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.disposition === void 0 && (missing0 = "disposition")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.disposition !== void 0) {
          let data0 = data.disposition;
          if (!(data0 === "STOP_RULE" || data0 === "STOP_RULE_SET" || data0 === "CONTINUE")) {
            validate21.errors = [{ instancePath: instancePath + "/disposition", schemaPath: "#/properties/disposition/enum", keyword: "enum", params: { allowedValues: schema6.properties.disposition.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
        }
      }
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:ses.receipt.result.strict.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x) || x === null)) return false;
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v0 = x.disposition;
      if (v0 === void 0) return false;
      if (!(v0 === "STOP_RULE" || v0 === "STOP_RULE_SET" || v0 === "CONTINUE")) return false;
    }
  }
  return true;
}

// generator/runtime/ajv/checked.ts
function checked(check2, report) {
  function validate2(value) {
    if (check2(value)) {
      validate2.errors = null;
      return true;
    }
    const valid = report(value);
    validate2.errors = valid ? null : report.errors ?? null;
    return valid;
  }
  validate2.errors = null;
  return validate2;
}

// generator/runtime/pointer.ts
var unescapeToken = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
var tokens = (pointer) => pointer.split("/").slice(1).map(unescapeToken);

// generator/runtime/standard.ts
function withStandardSchema(validate2, id) {
  Object.defineProperty(validate2, "id", { enumerable: false, value: id });
  Object.defineProperty(validate2, "~standard", {
    enumerable: false,
    value: {
      version: 1,
      vendor: "lambda-event-registry",
      validate(value) {
        if (validate2(value)) return { value };
        return {
          issues: (validate2.errors ?? []).map((e) => ({
            message: `${e.instancePath || "/"} ${e.message ?? "is invalid"}`,
            path: tokens(e.instancePath)
          }))
        };
      }
    }
  });
  return validate2;
}

// ses.receipt.result.strict.entry.ts
var validate = withStandardSchema(checked(check, ses_receipt_result_strict_standalone_default), "ses.receipt.result");
export {
  validate as default,
  validate
};
