// Generated from schemas/iot/button.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.button.all.standalone.js
var validateAll = validate20;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.serialNumber === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "serialNumber" }, message: "must have required property 'serialNumber'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.clickType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clickType" }, message: "must have required property 'clickType'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.batteryVoltage === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "batteryVoltage" }, message: "must have required property 'batteryVoltage'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.serialNumber !== void 0) {
      if (typeof data.serialNumber !== "string") {
        const err3 = { instancePath: instancePath + "/serialNumber", schemaPath: "#/properties/serialNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.clickType !== void 0) {
      let data1 = data.clickType;
      if (!(data1 === "SINGLE" || data1 === "DOUBLE" || data1 === "LONG")) {
        const err4 = { instancePath: instancePath + "/clickType", schemaPath: "#/$defs/IoTButtonClickType/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.batteryVoltage !== void 0) {
      if (typeof data.batteryVoltage !== "string") {
        const err5 = { instancePath: instancePath + "/batteryVoltage", schemaPath: "#/properties/batteryVoltage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "serialNumber": true, "clickType": true, "batteryVoltage": true }, "dynamicProps": false, "dynamicItems": false };

// iot.button.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
