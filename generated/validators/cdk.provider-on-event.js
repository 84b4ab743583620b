// Generated from schemas/cdk/provider-on-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cdk.provider-on-event.standalone.js
var cdk_provider_on_event_standalone_default = validate21;
var schema7 = { "type": "object", "required": ["RequestType", "StackId", "RequestId", "ResourceType", "LogicalResourceId"], "properties": { "RequestType": { "enum": ["Create", "Update", "Delete"] }, "ServiceToken": { "type": "string" }, "ResponseURL": { "$ref": "#/$defs/CloudFormationCustomResourceResponseUrl" }, "StackId": { "$ref": "#/$defs/Arn" }, "RequestId": { "type": "string" }, "ResourceType": { "type": "string" }, "LogicalResourceId": { "type": "string" }, "ResourceProperties": { "$ref": "#/$defs/CloudFormationCustomResourceProperties" } } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.ServiceToken !== void 0) {
        if (typeof data.ServiceToken !== "string") {
          validate27.errors = [{ instancePath: instancePath + "/ServiceToken", schemaPath: "#/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.RequestType === void 0 && (missing0 = "RequestType") || data.StackId === void 0 && (missing0 = "StackId") || data.RequestId === void 0 && (missing0 = "RequestId") || data.ResourceType === void 0 && (missing0 = "ResourceType") || data.LogicalResourceId === void 0 && (missing0 = "LogicalResourceId")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          let data0 = data.RequestType;
          const _errs1 = errors;
          if (!(data0 === "Create" || data0 === "Update" || data0 === "Delete")) {
            validate22.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/enum", keyword: "enum", params: { allowedValues: schema7.properties.RequestType.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.ServiceToken !== void 0) {
            const _errs2 = errors;
            if (typeof data.ServiceToken !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/ServiceToken", schemaPath: "#/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.ResponseURL !== void 0) {
              const _errs4 = errors;
              if (!validate23(data.ResponseURL, { instancePath: instancePath + "/ResponseURL", parentData: data, parentDataProperty: "ResponseURL", rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.StackId !== void 0) {
                const _errs5 = errors;
                if (!validate25(data.StackId, { instancePath: instancePath + "/StackId", parentData: data, parentDataProperty: "StackId", rootData })) {
                  vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.RequestId !== void 0) {
                  const _errs6 = errors;
                  if (typeof data.RequestId !== "string") {
                    validate22.errors = [{ instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.ResourceType !== void 0) {
                    const _errs8 = errors;
                    if (typeof data.ResourceType !== "string") {
                      validate22.errors = [{ instancePath: instancePath + "/ResourceType", schemaPath: "#/properties/ResourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.LogicalResourceId !== void 0) {
                      const _errs10 = errors;
                      if (typeof data.LogicalResourceId !== "string") {
                        validate22.errors = [{ instancePath: instancePath + "/LogicalResourceId", schemaPath: "#/properties/LogicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.ResourceProperties !== void 0) {
                        const _errs12 = errors;
                        if (!validate27(data.ResourceProperties, { instancePath: instancePath + "/ResourceProperties", parentData: data, parentDataProperty: "ResourceProperties", rootData })) {
                          vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                          errors = vErrors.length;
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
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.RequestType === void 0 && (missing0 = "RequestType")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          if ("Create" !== data.RequestType) {
            validate30.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Create" }, message: "must be equal to constant" }];
            return false;
          }
        }
      }
    } else {
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.RequestType === void 0 && (missing0 = "RequestType") || data.PhysicalResourceId === void 0 && (missing0 = "PhysicalResourceId") || data.OldResourceProperties === void 0 && (missing0 = "OldResourceProperties")) {
        validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          const _errs1 = errors;
          if ("Update" !== data.RequestType) {
            validate32.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Update" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.PhysicalResourceId !== void 0) {
            const _errs2 = errors;
            if (typeof data.PhysicalResourceId !== "string") {
              validate32.errors = [{ instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.OldResourceProperties !== void 0) {
              const _errs4 = errors;
              if (!validate27(data.OldResourceProperties, { instancePath: instancePath + "/OldResourceProperties", parentData: data, parentDataProperty: "OldResourceProperties", rootData })) {
                vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.RequestType === void 0 && (missing0 = "RequestType") || data.PhysicalResourceId === void 0 && (missing0 = "PhysicalResourceId")) {
        validate35.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          const _errs1 = errors;
          if ("Delete" !== data.RequestType) {
            validate35.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Delete" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.PhysicalResourceId !== void 0) {
            const _errs2 = errors;
            if (typeof data.PhysicalResourceId !== "string") {
              validate35.errors = [{ instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    const _errs2 = errors;
    let valid1 = false;
    let passing0 = null;
    const _errs3 = errors;
    if (!validate30(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    if (_valid0) {
      valid1 = true;
      passing0 = 0;
    }
    const _errs4 = errors;
    if (!validate32(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs4 === errors;
    if (_valid0 && valid1) {
      valid1 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid0) {
        valid1 = true;
        passing0 = 1;
      }
      const _errs5 = errors;
      if (!validate35(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 2];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 2;
        }
      }
    }
    if (!valid1) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
      validate21.errors = vErrors;
      return false;
    } else {
      errors = _errs2;
      if (vErrors !== null) {
        if (_errs2) {
          vErrors.length = _errs2;
        } else {
          vErrors = null;
        }
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:cdk.provider-on-event.check.js
function d_CloudFormationCustomResourceRequestFields(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.RequestType;
    if (v0 === void 0) return false;
    if (!(v0 === "Create" || v0 === "Update" || v0 === "Delete")) return false;
  }
  {
    const v1 = x.ServiceToken;
    if (v1 !== void 0) {
      if (!(typeof v1 === "string")) return false;
    }
  }
  {
    const v2 = x.ResponseURL;
    if (v2 !== void 0) {
      if (!(typeof v2 === "string")) return false;
    }
  }
  {
    const v3 = x.StackId;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.RequestId;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.ResourceType;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.LogicalResourceId;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.ResourceProperties;
    if (v7 !== void 0) {
      if (!d_CloudFormationCustomResourceProperties(v7)) return false;
    }
  }
  return true;
}
function d_CloudFormationCustomResourceProperties(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v8 = x.ServiceToken;
    if (v8 !== void 0) {
      if (!(typeof v8 === "string")) return false;
    }
  }
  return true;
}
function d_CloudFormationCustomResourceCreateFields(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v9 = x.RequestType;
    if (v9 === void 0) return false;
    if (!(v9 === "Create")) return false;
  }
  return true;
}
function d_CloudFormationCustomResourceUpdateFields(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v10 = x.RequestType;
    if (v10 === void 0) return false;
    if (!(v10 === "Update")) return false;
  }
  {
    const v11 = x.PhysicalResourceId;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  {
    const v12 = x.OldResourceProperties;
    if (v12 === void 0) return false;
    if (!d_CloudFormationCustomResourceProperties(v12)) return false;
  }
  return true;
}
function d_CloudFormationCustomResourceDeleteFields(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v13 = x.RequestType;
    if (v13 === void 0) return false;
    if (!(v13 === "Delete")) return false;
  }
  {
    const v14 = x.PhysicalResourceId;
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!d_CloudFormationCustomResourceRequestFields(x)) return false;
  {
    let v15 = 0;
    if (d_CloudFormationCustomResourceCreateFields(x) && ++v15 > 1) return false;
    if (d_CloudFormationCustomResourceUpdateFields(x) && ++v15 > 1) return false;
    if (d_CloudFormationCustomResourceDeleteFields(x) && ++v15 > 1) return false;
    if (v15 !== 1) return false;
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

// cdk.provider-on-event.entry.ts
var validate = withStandardSchema(checked(check, cdk_provider_on_event_standalone_default), "cdk.provider-on-event");
export {
  validate as default,
  validate
};
