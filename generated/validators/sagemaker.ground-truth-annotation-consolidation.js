// Generated from schemas/sagemaker/ground-truth-annotation-consolidation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:sagemaker.ground-truth-annotation-consolidation.standalone.js
var sagemaker_ground_truth_annotation_consolidation_standalone_default = validate20;
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
      if (data.version === void 0 && (missing0 = "version") || data.labelingJobArn === void 0 && (missing0 = "labelingJobArn") || data.labelAttributeName === void 0 && (missing0 = "labelAttributeName") || data.roleArn === void 0 && (missing0 = "roleArn") || data.payload === void 0 && (missing0 = "payload")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (typeof data.version !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.labelingJobArn !== void 0) {
            const _errs3 = errors;
            if (typeof data.labelingJobArn !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/labelingJobArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.labelCategories !== void 0) {
              let data2 = data.labelCategories;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (Array.isArray(data2)) {
                  var valid2 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs8 = errors;
                    if (typeof data2[i0] !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/labelCategories/" + i0, schemaPath: "#/properties/labelCategories/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs8 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/labelCategories", schemaPath: "#/properties/labelCategories/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.labelAttributeName !== void 0) {
                const _errs10 = errors;
                if (typeof data.labelAttributeName !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/labelAttributeName", schemaPath: "#/properties/labelAttributeName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.roleArn !== void 0) {
                  const _errs12 = errors;
                  if (typeof data.roleArn !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/roleArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.payload !== void 0) {
                    let data6 = data.payload;
                    const _errs15 = errors;
                    if (errors === _errs15) {
                      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        let missing1;
                        if (data6.s3Uri === void 0 && (missing1 = "s3Uri")) {
                          validate20.errors = [{ instancePath: instancePath + "/payload", schemaPath: "#/properties/payload/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          if (data6.s3Uri !== void 0) {
                            if (typeof data6.s3Uri !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/payload/s3Uri", schemaPath: "#/properties/payload/properties/s3Uri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/payload", schemaPath: "#/properties/payload/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs15 === errors;
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
validate20.evaluated = { "props": { "version": true, "labelingJobArn": true, "labelCategories": true, "labelAttributeName": true, "roleArn": true, "payload": true }, "dynamicProps": false, "dynamicItems": false };

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

// sagemaker.ground-truth-annotation-consolidation.entry.ts
withStandardSchema(sagemaker_ground_truth_annotation_consolidation_standalone_default, "sagemaker.ground-truth-annotation-consolidation");
export {
  sagemaker_ground_truth_annotation_consolidation_standalone_default as default,
  sagemaker_ground_truth_annotation_consolidation_standalone_default as validate
};
