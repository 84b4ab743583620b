// Generated from schemas/autoscaling/custom-termination-policy.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:autoscaling.custom-termination-policy.standalone.js
var autoscaling_custom_termination_policy_standalone_default = validate20;
var schema34 = { "enum": ["on-demand", "spot"] };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.AvailabilityZone === void 0 && (missing0 = "AvailabilityZone") || data.Capacity === void 0 && (missing0 = "Capacity") || data.InstanceMarketOption === void 0 && (missing0 = "InstanceMarketOption")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.AvailabilityZone !== void 0) {
          const _errs1 = errors;
          if (typeof data.AvailabilityZone !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/AvailabilityZone", schemaPath: "#/properties/AvailabilityZone/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate21.errors = [{ instancePath: instancePath + "/Capacity", schemaPath: "#/properties/Capacity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.InstanceMarketOption !== void 0) {
              let data2 = data.InstanceMarketOption;
              const _errs5 = errors;
              if (!(data2 === "on-demand" || data2 === "spot")) {
                validate21.errors = [{ instancePath: instancePath + "/InstanceMarketOption", schemaPath: "#/$defs/AutoScalingInstanceMarketOption/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
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
validate21.evaluated = { "props": { "AvailabilityZone": true, "Capacity": true, "InstanceMarketOption": true }, "dynamicProps": false, "dynamicItems": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.AvailabilityZone === void 0 && (missing0 = "AvailabilityZone") || data.InstanceId === void 0 && (missing0 = "InstanceId") || data.InstanceType === void 0 && (missing0 = "InstanceType") || data.InstanceMarketOption === void 0 && (missing0 = "InstanceMarketOption")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.AvailabilityZone !== void 0) {
          const _errs1 = errors;
          if (typeof data.AvailabilityZone !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/AvailabilityZone", schemaPath: "#/properties/AvailabilityZone/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate23.errors = [{ instancePath: instancePath + "/InstanceId", schemaPath: "#/properties/InstanceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate23.errors = [{ instancePath: instancePath + "/InstanceType", schemaPath: "#/properties/InstanceType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.InstanceMarketOption !== void 0) {
                let data3 = data.InstanceMarketOption;
                const _errs7 = errors;
                if (!(data3 === "on-demand" || data3 === "spot")) {
                  validate23.errors = [{ instancePath: instancePath + "/InstanceMarketOption", schemaPath: "#/$defs/AutoScalingInstanceMarketOption/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "AvailabilityZone": true, "InstanceId": true, "InstanceType": true, "InstanceMarketOption": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.AutoScalingGroupARN === void 0 && (missing0 = "AutoScalingGroupARN") || data.AutoScalingGroupName === void 0 && (missing0 = "AutoScalingGroupName") || data.CapacityToTerminate === void 0 && (missing0 = "CapacityToTerminate") || data.Instances === void 0 && (missing0 = "Instances") || data.Cause === void 0 && (missing0 = "Cause")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.AutoScalingGroupARN !== void 0) {
          const _errs1 = errors;
          if (typeof data.AutoScalingGroupARN !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/AutoScalingGroupARN", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.AutoScalingGroupName !== void 0) {
            const _errs4 = errors;
            if (typeof data.AutoScalingGroupName !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/AutoScalingGroupName", schemaPath: "#/properties/AutoScalingGroupName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.CapacityToTerminate !== void 0) {
              let data2 = data.CapacityToTerminate;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (Array.isArray(data2)) {
                  var valid2 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs8 = errors;
                    if (!validate21(data2[i0], { instancePath: instancePath + "/CapacityToTerminate/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs8 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/CapacityToTerminate", schemaPath: "#/properties/CapacityToTerminate/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.Instances !== void 0) {
                let data4 = data.Instances;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (Array.isArray(data4)) {
                    var valid3 = true;
                    const len1 = data4.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs11 = errors;
                      if (!validate23(data4[i1], { instancePath: instancePath + "/Instances/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                        errors = vErrors.length;
                      }
                      var valid3 = _errs11 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/Instances", schemaPath: "#/properties/Instances/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.Cause !== void 0) {
                  const _errs12 = errors;
                  if (typeof data.Cause !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/Cause", schemaPath: "#/properties/Cause/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.HasMoreInstances !== void 0) {
                    const _errs14 = errors;
                    if (typeof data.HasMoreInstances !== "boolean") {
                      validate20.errors = [{ instancePath: instancePath + "/HasMoreInstances", schemaPath: "#/properties/HasMoreInstances/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
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
validate20.evaluated = { "props": { "AutoScalingGroupARN": true, "AutoScalingGroupName": true, "CapacityToTerminate": true, "Instances": true, "Cause": true, "HasMoreInstances": true }, "dynamicProps": false, "dynamicItems": false };

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

// autoscaling.custom-termination-policy.entry.ts
withStandardSchema(autoscaling_custom_termination_policy_standalone_default, "autoscaling.custom-termination-policy");
export {
  autoscaling_custom_termination_policy_standalone_default as default,
  autoscaling_custom_termination_policy_standalone_default as validate
};
