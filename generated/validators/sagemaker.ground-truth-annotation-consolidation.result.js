// Generated from schemas/sagemaker/ground-truth-annotation-consolidation.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:sagemaker.ground-truth-annotation-consolidation.result.strict.standalone.js
var sagemaker_ground_truth_annotation_consolidation_result_strict_standalone_default = validate21;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.datasetObjectId === void 0 && (missing0 = "datasetObjectId") || data.consolidatedAnnotation === void 0 && (missing0 = "consolidatedAnnotation")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.datasetObjectId !== void 0) {
          const _errs1 = errors;
          if (typeof data.datasetObjectId !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/datasetObjectId", schemaPath: "#/properties/datasetObjectId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.consolidatedAnnotation !== void 0) {
            let data1 = data.consolidatedAnnotation;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing1;
                if (data1.content === void 0 && (missing1 = "content")) {
                  validate22.errors = [{ instancePath: instancePath + "/consolidatedAnnotation", schemaPath: "#/properties/consolidatedAnnotation/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.content !== void 0) {
                    let data2 = data1.content;
                    const _errs5 = errors;
                    if (errors === _errs5) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      } else {
                        validate22.errors = [{ instancePath: instancePath + "/consolidatedAnnotation/content", schemaPath: "#/properties/consolidatedAnnotation/properties/content/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                  }
                }
              } else {
                validate22.errors = [{ instancePath: instancePath + "/consolidatedAnnotation", schemaPath: "#/properties/consolidatedAnnotation/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        const _errs1 = errors;
        if (!validate22(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
          vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:sagemaker.ground-truth-annotation-consolidation.result.strict.check.js
function d_SageMakerGroundTruthConsolidatedLabel(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v2 = x.datasetObjectId;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.consolidatedAnnotation;
    if (v3 === void 0) return false;
    if (!(v3 !== null && typeof v3 === "object" && !Array.isArray(v3))) return false;
    {
      const v4 = v3.content;
      if (v4 === void 0) return false;
      if (!(v4 !== null && typeof v4 === "object" && !Array.isArray(v4))) return false;
    }
  }
  return true;
}
function check(x) {
  if (!Array.isArray(x)) return false;
  for (let v1 = 0; v1 < x.length; v1++) {
    const v0 = x[v1];
    if (!d_SageMakerGroundTruthConsolidatedLabel(v0)) return false;
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

// sagemaker.ground-truth-annotation-consolidation.result.strict.entry.ts
var validate = withStandardSchema(checked(check, sagemaker_ground_truth_annotation_consolidation_result_strict_standalone_default), "sagemaker.ground-truth-annotation-consolidation.result");
export {
  validate as default,
  validate
};
