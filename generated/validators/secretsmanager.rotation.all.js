// Generated from schemas/secretsmanager/rotation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
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

// standalone:secretsmanager.rotation.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:secretsmanager.rotation", "type": "object", "required": ["Step", "SecretId", "ClientRequestToken"], "properties": { "Step": { "enum": ["createSecret", "setSecret", "testSecret", "finishSecret"] }, "SecretId": { "type": "string", "minLength": 1 }, "ClientRequestToken": { "type": "string", "minLength": 1 }, "RotationToken": { "type": "string" } } };
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
    if (data.Step === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Step" }, message: "must have required property 'Step'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.SecretId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "SecretId" }, message: "must have required property 'SecretId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.ClientRequestToken === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ClientRequestToken" }, message: "must have required property 'ClientRequestToken'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.Step !== void 0) {
      let data0 = data.Step;
      if (!(data0 === "createSecret" || data0 === "setSecret" || data0 === "testSecret" || data0 === "finishSecret")) {
        const err3 = { instancePath: instancePath + "/Step", schemaPath: "#/properties/Step/enum", keyword: "enum", params: { allowedValues: schema31.properties.Step.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.SecretId !== void 0) {
      let data1 = data.SecretId;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err4 = { instancePath: instancePath + "/SecretId", schemaPath: "#/properties/SecretId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/SecretId", schemaPath: "#/properties/SecretId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.ClientRequestToken !== void 0) {
      let data2 = data.ClientRequestToken;
      if (typeof data2 === "string") {
        if (func1(data2) < 1) {
          const err6 = { instancePath: instancePath + "/ClientRequestToken", schemaPath: "#/properties/ClientRequestToken/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/ClientRequestToken", schemaPath: "#/properties/ClientRequestToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.RotationToken !== void 0) {
      if (typeof data.RotationToken !== "string") {
        const err8 = { instancePath: instancePath + "/RotationToken", schemaPath: "#/properties/RotationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "Step": true, "SecretId": true, "ClientRequestToken": true, "RotationToken": true }, "dynamicProps": false, "dynamicItems": false };

// secretsmanager.rotation.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
