// Generated from schemas/iot/preprovisioning-hook.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.preprovisioning-hook.strict.standalone.js
var iot_preprovisioning_hook_strict_standalone_default = validate20;
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
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
      if (data.claimCertificateId === void 0 && (missing0 = "claimCertificateId") || data.certificateId === void 0 && (missing0 = "certificateId") || data.certificatePem === void 0 && (missing0 = "certificatePem") || data.templateArn === void 0 && (missing0 = "templateArn") || data.clientId === void 0 && (missing0 = "clientId") || data.parameters === void 0 && (missing0 = "parameters")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.claimCertificateId !== void 0) {
          const _errs1 = errors;
          if (typeof data.claimCertificateId !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/claimCertificateId", schemaPath: "#/properties/claimCertificateId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.certificateId !== void 0) {
            const _errs3 = errors;
            if (typeof data.certificateId !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/certificateId", schemaPath: "#/properties/certificateId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.certificatePem !== void 0) {
              const _errs5 = errors;
              if (typeof data.certificatePem !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/certificatePem", schemaPath: "#/properties/certificatePem/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.templateArn !== void 0) {
                let data3 = data.templateArn;
                const _errs7 = errors;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (typeof data3 === "string") {
                    if (!pattern4.test(data3)) {
                      validate20.errors = [{ instancePath: instancePath + "/templateArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                      return false;
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/templateArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.clientId !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.clientId !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/clientId", schemaPath: "#/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.parameters !== void 0) {
                    let data5 = data.parameters;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        for (const key0 in data5) {
                          const _errs15 = errors;
                          if (typeof data5[key0] !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/parameters/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs15 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
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
validate20.evaluated = { "props": { "claimCertificateId": true, "certificateId": true, "certificatePem": true, "templateArn": true, "clientId": true, "parameters": true }, "dynamicProps": false, "dynamicItems": false };

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

// iot.preprovisioning-hook.strict.entry.ts
withStandardSchema(iot_preprovisioning_hook_strict_standalone_default, "iot.preprovisioning-hook");
export {
  iot_preprovisioning_hook_strict_standalone_default as default,
  iot_preprovisioning_hook_strict_standalone_default as validate
};
