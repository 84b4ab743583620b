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
var secretsmanager_rotation_strict_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:secretsmanager.rotation", "type": "object", "required": ["Step", "SecretId", "ClientRequestToken"], "properties": { "Step": { "enum": ["createSecret", "setSecret", "testSecret", "finishSecret"] }, "SecretId": { "type": "string", "minLength": 1 }, "ClientRequestToken": { "type": "string", "minLength": 1 }, "RotationToken": { "type": "string" } } };
var func2 = ucs2length;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Step === void 0 && (missing0 = "Step") || data.SecretId === void 0 && (missing0 = "SecretId") || data.ClientRequestToken === void 0 && (missing0 = "ClientRequestToken")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Step !== void 0) {
          let data0 = data.Step;
          const _errs1 = errors;
          if (!(data0 === "createSecret" || data0 === "setSecret" || data0 === "testSecret" || data0 === "finishSecret")) {
            validate21.errors = [{ instancePath: instancePath + "/Step", schemaPath: "#/properties/Step/enum", keyword: "enum", params: { allowedValues: schema6.properties.Step.enum }, message: "must be equal to one of the allowed values" }];
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
                if (func2(data1) < 1) {
                  validate21.errors = [{ instancePath: instancePath + "/SecretId", schemaPath: "#/properties/SecretId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/SecretId", schemaPath: "#/properties/SecretId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  if (func2(data2) < 1) {
                    validate21.errors = [{ instancePath: instancePath + "/ClientRequestToken", schemaPath: "#/properties/ClientRequestToken/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/ClientRequestToken", schemaPath: "#/properties/ClientRequestToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate21.errors = [{ instancePath: instancePath + "/RotationToken", schemaPath: "#/properties/RotationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:secretsmanager.rotation.strict.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.Step;
    if (v0 === void 0) return false;
    if (!(v0 === "createSecret" || v0 === "setSecret" || v0 === "testSecret" || v0 === "finishSecret")) return false;
  }
  {
    const v1 = x.SecretId;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
    if (!(ucs2length(v1) >= 1)) return false;
  }
  {
    const v2 = x.ClientRequestToken;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
    if (!(ucs2length(v2) >= 1)) return false;
  }
  {
    const v3 = x.RotationToken;
    if (v3 !== void 0) {
      if (!(typeof v3 === "string")) return false;
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

// secretsmanager.rotation.strict.entry.ts
var validate = withStandardSchema(checked(check, secretsmanager_rotation_strict_standalone_default), "secretsmanager.rotation");
export {
  validate as default,
  validate
};
