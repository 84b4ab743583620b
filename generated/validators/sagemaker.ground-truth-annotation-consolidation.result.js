// Generated from schemas/sagemaker/ground-truth-annotation-consolidation.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:sagemaker.ground-truth-annotation-consolidation.result.strict.standalone.js
var sagemaker_ground_truth_annotation_consolidation_result_strict_standalone_default = validate20;
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
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing0;
            if (data0.datasetObjectId === void 0 && (missing0 = "datasetObjectId") || data0.consolidatedAnnotation === void 0 && (missing0 = "consolidatedAnnotation")) {
              validate20.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
              return false;
            } else {
              if (data0.datasetObjectId !== void 0) {
                const _errs4 = errors;
                if (typeof data0.datasetObjectId !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/" + i0 + "/datasetObjectId", schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/properties/datasetObjectId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid2 = _errs4 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data0.consolidatedAnnotation !== void 0) {
                  let data2 = data0.consolidatedAnnotation;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      let missing1;
                      if (data2.content === void 0 && (missing1 = "content")) {
                        validate20.errors = [{ instancePath: instancePath + "/" + i0 + "/consolidatedAnnotation", schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/properties/consolidatedAnnotation/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data2.content !== void 0) {
                          let data3 = data2.content;
                          const _errs8 = errors;
                          if (errors === _errs8) {
                            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/" + i0 + "/consolidatedAnnotation/content", schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/properties/consolidatedAnnotation/properties/content/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/" + i0 + "/consolidatedAnnotation", schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/properties/consolidatedAnnotation/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid2 = _errs6 === errors;
                } else {
                  var valid2 = true;
                }
              }
            }
          } else {
            validate20.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };

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

// sagemaker.ground-truth-annotation-consolidation.result.strict.entry.ts
withStandardSchema(sagemaker_ground_truth_annotation_consolidation_result_strict_standalone_default, "sagemaker.ground-truth-annotation-consolidation.result");
export {
  sagemaker_ground_truth_annotation_consolidation_result_strict_standalone_default as default,
  sagemaker_ground_truth_annotation_consolidation_result_strict_standalone_default as validate
};
