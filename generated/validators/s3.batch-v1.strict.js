// Generated from schemas/s3/batch-v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.batch-v1.strict.standalone.js
var s3_batch_v1_strict_standalone_default = validate21;
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
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var schema12 = { "type": ["string", "null"] };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema12.type }, message: "must be string,null" }];
    return false;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
var pattern0 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate33.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
        return false;
      }
    } else {
      validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.taskId === void 0 && (missing0 = "taskId") || data.s3Key === void 0 && (missing0 = "s3Key") || data.s3BucketArn === void 0 && (missing0 = "s3BucketArn")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.taskId !== void 0) {
          const _errs1 = errors;
          if (!validate27(data.taskId, { instancePath: instancePath + "/taskId", parentData: data, parentDataProperty: "taskId", rootData })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.s3Key !== void 0) {
            const _errs2 = errors;
            if (!validate29(data.s3Key, { instancePath: instancePath + "/s3Key", parentData: data, parentDataProperty: "s3Key", rootData })) {
              vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.s3VersionId !== void 0) {
              const _errs3 = errors;
              if (!validate31(data.s3VersionId, { instancePath: instancePath + "/s3VersionId", parentData: data, parentDataProperty: "s3VersionId", rootData })) {
                vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.s3BucketArn !== void 0) {
                const _errs4 = errors;
                if (!validate33(data.s3BucketArn, { instancePath: instancePath + "/s3BucketArn", parentData: data, parentDataProperty: "s3BucketArn", rootData })) {
                  vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.invocationSchemaVersion === void 0 && (missing0 = "invocationSchemaVersion") || data.invocationId === void 0 && (missing0 = "invocationId") || data.job === void 0 && (missing0 = "job") || data.tasks === void 0 && (missing0 = "tasks")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.invocationSchemaVersion !== void 0) {
          const _errs1 = errors;
          if ("1.0" !== data.invocationSchemaVersion) {
            validate21.errors = [{ instancePath: instancePath + "/invocationSchemaVersion", schemaPath: "#/properties/invocationSchemaVersion/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.invocationId !== void 0) {
            const _errs2 = errors;
            if (!validate22(data.invocationId, { instancePath: instancePath + "/invocationId", parentData: data, parentDataProperty: "invocationId", rootData })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.job !== void 0) {
              let data2 = data.job;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  let missing1;
                  if (data2.id === void 0 && (missing1 = "id")) {
                    validate21.errors = [{ instancePath: instancePath + "/job", schemaPath: "#/properties/job/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    if (data2.id !== void 0) {
                      if (!validate24(data2.id, { instancePath: instancePath + "/job/id", parentData: data2, parentDataProperty: "id", rootData })) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/job", schemaPath: "#/properties/job/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.tasks !== void 0) {
                let data4 = data.tasks;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (Array.isArray(data4)) {
                    if (data4.length < 1) {
                      validate21.errors = [{ instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                      return false;
                    } else {
                      var valid2 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs8 = errors;
                        if (!validate26(data4[i0], { instancePath: instancePath + "/tasks/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
                          vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                          errors = vErrors.length;
                        }
                        var valid2 = _errs8 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
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

// check:s3.batch-v1.strict.check.js
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
function d_S3BatchV1Task(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v7 = x.taskId;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.s3Key;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.s3VersionId;
    if (v9 !== void 0) {
      if (!(typeof v9 === "string" || v9 === null)) return false;
    }
  }
  {
    const v10 = x.s3BucketArn;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "string" && p0(v10))) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.invocationSchemaVersion;
    if (v0 === void 0) return false;
    if (!(v0 === "1.0")) return false;
  }
  {
    const v1 = x.invocationId;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.job;
    if (v2 === void 0) return false;
    if (!(v2 !== null && typeof v2 === "object" && !Array.isArray(v2))) return false;
    {
      const v3 = v2.id;
      if (v3 === void 0) return false;
      if (!(typeof v3 === "string")) return false;
    }
  }
  {
    const v4 = x.tasks;
    if (v4 === void 0) return false;
    if (!Array.isArray(v4)) return false;
    if (!(v4.length >= 1)) return false;
    for (let v6 = 0; v6 < v4.length; v6++) {
      const v5 = v4[v6];
      if (!d_S3BatchV1Task(v5)) return false;
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

// s3.batch-v1.strict.entry.ts
var validate = withStandardSchema(checked(check, s3_batch_v1_strict_standalone_default), "s3.batch-v1");
export {
  validate as default,
  validate
};
