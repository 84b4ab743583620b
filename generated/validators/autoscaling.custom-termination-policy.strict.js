// Generated from schemas/autoscaling/custom-termination-policy.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:autoscaling.custom-termination-policy.strict.standalone.js
var autoscaling_custom_termination_policy_strict_standalone_default = validate21;
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
var schema9 = { "enum": ["on-demand", "spot"] };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "on-demand" || data === "spot")) {
    validate25.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema9.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.AvailabilityZone === void 0 && (missing0 = "AvailabilityZone") || data.Capacity === void 0 && (missing0 = "Capacity") || data.InstanceMarketOption === void 0 && (missing0 = "InstanceMarketOption")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.AvailabilityZone !== void 0) {
          const _errs1 = errors;
          if (typeof data.AvailabilityZone !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/AvailabilityZone", schemaPath: "#/properties/AvailabilityZone/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Capacity !== void 0) {
            let data1 = data.Capacity;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate24.errors = [{ instancePath: instancePath + "/Capacity", schemaPath: "#/properties/Capacity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 < 0 || isNaN(data1)) {
                  validate24.errors = [{ instancePath: instancePath + "/Capacity", schemaPath: "#/properties/Capacity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.InstanceMarketOption !== void 0) {
              const _errs5 = errors;
              if (!validate25(data.InstanceMarketOption, { instancePath: instancePath + "/InstanceMarketOption", parentData: data, parentDataProperty: "InstanceMarketOption", rootData })) {
                vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.AvailabilityZone === void 0 && (missing0 = "AvailabilityZone") || data.InstanceId === void 0 && (missing0 = "InstanceId") || data.InstanceType === void 0 && (missing0 = "InstanceType") || data.InstanceMarketOption === void 0 && (missing0 = "InstanceMarketOption")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.AvailabilityZone !== void 0) {
          const _errs1 = errors;
          if (typeof data.AvailabilityZone !== "string") {
            validate28.errors = [{ instancePath: instancePath + "/AvailabilityZone", schemaPath: "#/properties/AvailabilityZone/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.InstanceId !== void 0) {
            const _errs3 = errors;
            if (typeof data.InstanceId !== "string") {
              validate28.errors = [{ instancePath: instancePath + "/InstanceId", schemaPath: "#/properties/InstanceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.InstanceType !== void 0) {
              const _errs5 = errors;
              if (typeof data.InstanceType !== "string") {
                validate28.errors = [{ instancePath: instancePath + "/InstanceType", schemaPath: "#/properties/InstanceType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.InstanceMarketOption !== void 0) {
                const _errs7 = errors;
                if (!validate25(data.InstanceMarketOption, { instancePath: instancePath + "/InstanceMarketOption", parentData: data, parentDataProperty: "InstanceMarketOption", rootData })) {
                  vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.AutoScalingGroupARN === void 0 && (missing0 = "AutoScalingGroupARN") || data.AutoScalingGroupName === void 0 && (missing0 = "AutoScalingGroupName") || data.CapacityToTerminate === void 0 && (missing0 = "CapacityToTerminate") || data.Instances === void 0 && (missing0 = "Instances") || data.Cause === void 0 && (missing0 = "Cause")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.AutoScalingGroupARN !== void 0) {
          const _errs1 = errors;
          if (!validate22(data.AutoScalingGroupARN, { instancePath: instancePath + "/AutoScalingGroupARN", parentData: data, parentDataProperty: "AutoScalingGroupARN", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.AutoScalingGroupName !== void 0) {
            const _errs2 = errors;
            if (typeof data.AutoScalingGroupName !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/AutoScalingGroupName", schemaPath: "#/properties/AutoScalingGroupName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.CapacityToTerminate !== void 0) {
              let data2 = data.CapacityToTerminate;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs6 = errors;
                    if (!validate24(data2[i0], { instancePath: instancePath + "/CapacityToTerminate/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
                      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs6 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/CapacityToTerminate", schemaPath: "#/properties/CapacityToTerminate/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.Instances !== void 0) {
                let data4 = data.Instances;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (Array.isArray(data4)) {
                    var valid2 = true;
                    const len1 = data4.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs9 = errors;
                      if (!validate28(data4[i1], { instancePath: instancePath + "/Instances/" + i1, parentData: data4, parentDataProperty: i1, rootData })) {
                        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                        errors = vErrors.length;
                      }
                      var valid2 = _errs9 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/Instances", schemaPath: "#/properties/Instances/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.Cause !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.Cause !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/Cause", schemaPath: "#/properties/Cause/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.HasMoreInstances !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.HasMoreInstances !== "boolean") {
                      validate21.errors = [{ instancePath: instancePath + "/HasMoreInstances", schemaPath: "#/properties/HasMoreInstances/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                      return false;
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:autoscaling.custom-termination-policy.strict.check.js
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
function d_AutoScalingCapacityToTerminate(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v5 = x.AvailabilityZone;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.Capacity;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "number" && !(v6 % 1) && !isNaN(v6) && isFinite(v6))) return false;
    if (!(v6 >= 0)) return false;
  }
  {
    const v7 = x.InstanceMarketOption;
    if (v7 === void 0) return false;
    if (!(v7 === "on-demand" || v7 === "spot")) return false;
  }
  return true;
}
function d_AutoScalingTerminationCandidate(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v11 = x.AvailabilityZone;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  {
    const v12 = x.InstanceId;
    if (v12 === void 0) return false;
    if (!(typeof v12 === "string")) return false;
  }
  {
    const v13 = x.InstanceType;
    if (v13 === void 0) return false;
    if (!(typeof v13 === "string")) return false;
  }
  {
    const v14 = x.InstanceMarketOption;
    if (v14 === void 0) return false;
    if (!(v14 === "on-demand" || v14 === "spot")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.AutoScalingGroupARN;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string" && p0(v0))) return false;
  }
  {
    const v1 = x.AutoScalingGroupName;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.CapacityToTerminate;
    if (v2 === void 0) return false;
    if (!Array.isArray(v2)) return false;
    for (let v4 = 0; v4 < v2.length; v4++) {
      const v3 = v2[v4];
      if (!d_AutoScalingCapacityToTerminate(v3)) return false;
    }
  }
  {
    const v8 = x.Instances;
    if (v8 === void 0) return false;
    if (!Array.isArray(v8)) return false;
    for (let v10 = 0; v10 < v8.length; v10++) {
      const v9 = v8[v10];
      if (!d_AutoScalingTerminationCandidate(v9)) return false;
    }
  }
  {
    const v15 = x.Cause;
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string")) return false;
  }
  {
    const v16 = x.HasMoreInstances;
    if (v16 !== void 0) {
      if (!(typeof v16 === "boolean")) return false;
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

// autoscaling.custom-termination-policy.strict.entry.ts
var validate = withStandardSchema(checked(check, autoscaling_custom_termination_policy_strict_standalone_default), "autoscaling.custom-termination-policy");
export {
  validate as default,
  validate
};
