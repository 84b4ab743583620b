// Generated from schemas/sagemaker/ground-truth-annotation-consolidation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:sagemaker.ground-truth-annotation-consolidation.standalone.js
var sagemaker_ground_truth_annotation_consolidation_standalone_default = validate21;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
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
      if (data.version === void 0 && (missing0 = "version") || data.labelingJobArn === void 0 && (missing0 = "labelingJobArn") || data.labelAttributeName === void 0 && (missing0 = "labelAttributeName") || data.roleArn === void 0 && (missing0 = "roleArn") || data.payload === void 0 && (missing0 = "payload")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (typeof data.version !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.labelingJobArn !== void 0) {
            const _errs3 = errors;
            if (!validate22(data.labelingJobArn, { instancePath: instancePath + "/labelingJobArn", parentData: data, parentDataProperty: "labelingJobArn", rootData })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.labelCategories !== void 0) {
              let data2 = data.labelCategories;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs6 = errors;
                    if (typeof data2[i0] !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/labelCategories/" + i0, schemaPath: "#/properties/labelCategories/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs6 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/labelCategories", schemaPath: "#/properties/labelCategories/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.labelAttributeName !== void 0) {
                const _errs8 = errors;
                if (typeof data.labelAttributeName !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/labelAttributeName", schemaPath: "#/properties/labelAttributeName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.roleArn !== void 0) {
                  const _errs10 = errors;
                  if (!validate22(data.roleArn, { instancePath: instancePath + "/roleArn", parentData: data, parentDataProperty: "roleArn", rootData })) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.payload !== void 0) {
                    let data6 = data.payload;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        let missing1;
                        if (data6.s3Uri === void 0 && (missing1 = "s3Uri")) {
                          validate21.errors = [{ instancePath: instancePath + "/payload", schemaPath: "#/properties/payload/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          if (data6.s3Uri !== void 0) {
                            if (typeof data6.s3Uri !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/payload/s3Uri", schemaPath: "#/properties/payload/properties/s3Uri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/payload", schemaPath: "#/properties/payload/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
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

// check:sagemaker.ground-truth-annotation-consolidation.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.labelingJobArn;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.labelCategories;
    if (v2 !== void 0) {
      if (!Array.isArray(v2)) return false;
      for (let v4 = 0; v4 < v2.length; v4++) {
        const v3 = v2[v4];
        if (!(typeof v3 === "string")) return false;
      }
    }
  }
  {
    const v5 = x.labelAttributeName;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.roleArn;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.payload;
    if (v7 === void 0) return false;
    if (!(v7 !== null && typeof v7 === "object" && !Array.isArray(v7))) return false;
    {
      const v8 = v7.s3Uri;
      if (v8 === void 0) return false;
      if (!(typeof v8 === "string")) return false;
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

// sagemaker.ground-truth-annotation-consolidation.entry.ts
var validate = withStandardSchema(checked(check, sagemaker_ground_truth_annotation_consolidation_standalone_default), "sagemaker.ground-truth-annotation-consolidation");
export {
  validate as default,
  validate
};
