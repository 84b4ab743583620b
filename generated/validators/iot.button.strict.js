// Generated from schemas/iot/button.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.button.strict.standalone.js
var iot_button_strict_standalone_default = validate20;
var schema32 = { "enum": ["SINGLE", "DOUBLE", "LONG"] };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.serialNumber === void 0 && (missing0 = "serialNumber") || data.clickType === void 0 && (missing0 = "clickType") || data.batteryVoltage === void 0 && (missing0 = "batteryVoltage")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.serialNumber !== void 0) {
          const _errs1 = errors;
          if (typeof data.serialNumber !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/serialNumber", schemaPath: "#/properties/serialNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.clickType !== void 0) {
            let data1 = data.clickType;
            const _errs3 = errors;
            if (!(data1 === "SINGLE" || data1 === "DOUBLE" || data1 === "LONG")) {
              validate20.errors = [{ instancePath: instancePath + "/clickType", schemaPath: "#/$defs/IoTButtonClickType/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.batteryVoltage !== void 0) {
              const _errs5 = errors;
              if (typeof data.batteryVoltage !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/batteryVoltage", schemaPath: "#/properties/batteryVoltage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "serialNumber": true, "clickType": true, "batteryVoltage": true }, "dynamicProps": false, "dynamicItems": false };

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

// iot.button.strict.entry.ts
withStandardSchema(iot_button_strict_standalone_default, "iot.button");
export {
  iot_button_strict_standalone_default as default,
  iot_button_strict_standalone_default as validate
};
