// Generated from schemas/sagemaker/ground-truth-annotation-consolidation.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:sagemaker.ground-truth-annotation-consolidation.result.all.standalone.js
var validateAll = validate20;
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
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.datasetObjectId === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/required", keyword: "required", params: { missingProperty: "datasetObjectId" }, message: "must have required property 'datasetObjectId'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.consolidatedAnnotation === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/required", keyword: "required", params: { missingProperty: "consolidatedAnnotation" }, message: "must have required property 'consolidatedAnnotation'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.datasetObjectId !== void 0) {
          if (typeof data0.datasetObjectId !== "string") {
            const err2 = { instancePath: instancePath + "/" + i0 + "/datasetObjectId", schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/properties/datasetObjectId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.consolidatedAnnotation !== void 0) {
          let data2 = data0.consolidatedAnnotation;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.content === void 0) {
              const err3 = { instancePath: instancePath + "/" + i0 + "/consolidatedAnnotation", schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/properties/consolidatedAnnotation/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property 'content'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.content !== void 0) {
              let data3 = data2.content;
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              } else {
                const err4 = { instancePath: instancePath + "/" + i0 + "/consolidatedAnnotation/content", schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/properties/consolidatedAnnotation/properties/content/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/" + i0 + "/consolidatedAnnotation", schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/properties/consolidatedAnnotation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/SageMakerGroundTruthConsolidatedLabel/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };

// sagemaker.ground-truth-annotation-consolidation.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
