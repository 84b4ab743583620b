// Generated from schemas/iot/preprovisioning-hook.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.preprovisioning-hook.strict.standalone.js
var iot_preprovisioning_hook_strict_standalone_default = validate21;
var pattern0 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate22.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
        return false;
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.claimCertificateId === void 0 && (missing0 = "claimCertificateId") || data.certificateId === void 0 && (missing0 = "certificateId") || data.certificatePem === void 0 && (missing0 = "certificatePem") || data.templateArn === void 0 && (missing0 = "templateArn") || data.clientId === void 0 && (missing0 = "clientId") || data.parameters === void 0 && (missing0 = "parameters")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.claimCertificateId !== void 0) {
          const _errs1 = errors;
          if (typeof data.claimCertificateId !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/claimCertificateId", schemaPath: "#/properties/claimCertificateId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate21.errors = [{ instancePath: instancePath + "/certificateId", schemaPath: "#/properties/certificateId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate21.errors = [{ instancePath: instancePath + "/certificatePem", schemaPath: "#/properties/certificatePem/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.templateArn !== void 0) {
                const _errs7 = errors;
                if (!validate22(data.templateArn, { instancePath: instancePath + "/templateArn", parentData: data, parentDataProperty: "templateArn", rootData })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.clientId !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.clientId !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/clientId", schemaPath: "#/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.parameters !== void 0) {
                    let data5 = data.parameters;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        for (const key0 in data5) {
                          const _errs13 = errors;
                          if (typeof data5[key0] !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/parameters/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid1 = _errs13 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs10 === errors;
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:iot.preprovisioning-hook.strict.check.js
function p0(s) {
  let i = 0;
  let c;
  c = s.charCodeAt(i);
  if (!(c === 97)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 114)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 110)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 58)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 97)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 119)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 115)) return false;
  i++;
  {
    const start = i;
    while (i < s.length) {
      c = s.charCodeAt(i);
      if (!(c >= 97 && c <= 122 || c === 45)) break;
      i++;
    }
  }
  c = s.charCodeAt(i);
  if (!(c === 58)) return false;
  i++;
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.claimCertificateId;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.certificateId;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.certificatePem;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.templateArn;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string" && p0(v3))) return false;
  }
  {
    const v4 = x.clientId;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.parameters;
    if (v5 === void 0) return false;
    if (!(v5 !== null && typeof v5 === "object" && !Array.isArray(v5))) return false;
    for (const v6 in v5) {
      const v7 = v5[v6];
      if (!(typeof v7 === "string")) return false;
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

// iot.preprovisioning-hook.strict.entry.ts
var validate = withStandardSchema(checked(check, iot_preprovisioning_hook_strict_standalone_default), "iot.preprovisioning-hook");
export {
  validate as default,
  validate
};
