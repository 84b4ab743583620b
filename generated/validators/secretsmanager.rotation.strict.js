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

// standalone:secretsmanager.rotation.strict.standalone.js
var secretsmanager_rotation_strict_standalone_default = validate20;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Step === void 0 && (missing0 = "Step") || data.SecretId === void 0 && (missing0 = "SecretId") || data.ClientRequestToken === void 0 && (missing0 = "ClientRequestToken")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Step !== void 0) {
          let data0 = data.Step;
          const _errs1 = errors;
          if (!(data0 === "createSecret" || data0 === "setSecret" || data0 === "testSecret" || data0 === "finishSecret")) {
            validate20.errors = [{ instancePath: instancePath + "/Step", schemaPath: "#/properties/Step/enum", keyword: "enum", params: { allowedValues: schema31.properties.Step.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.SecretId !== void 0) {
            let data1 = data.SecretId;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data1 === "string") {
                if (func1(data1) < 1) {
                  validate20.errors = [{ instancePath: instancePath + "/SecretId", schemaPath: "#/properties/SecretId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/SecretId", schemaPath: "#/properties/SecretId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.ClientRequestToken !== void 0) {
              let data2 = data.ClientRequestToken;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data2 === "string") {
                  if (func1(data2) < 1) {
                    validate20.errors = [{ instancePath: instancePath + "/ClientRequestToken", schemaPath: "#/properties/ClientRequestToken/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/ClientRequestToken", schemaPath: "#/properties/ClientRequestToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.RotationToken !== void 0) {
                const _errs6 = errors;
                if (typeof data.RotationToken !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/RotationToken", schemaPath: "#/properties/RotationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
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
validate20.evaluated = { "props": { "Step": true, "SecretId": true, "ClientRequestToken": true, "RotationToken": true }, "dynamicProps": false, "dynamicItems": false };

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

// secretsmanager.rotation.strict.entry.ts
withStandardSchema(secretsmanager_rotation_strict_standalone_default, "secretsmanager.rotation");
export {
  secretsmanager_rotation_strict_standalone_default as default,
  secretsmanager_rotation_strict_standalone_default as validate
};
