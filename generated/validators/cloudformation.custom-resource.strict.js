// Generated from schemas/cloudformation/custom-resource.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudformation.custom-resource.strict.standalone.js
var cloudformation_custom_resource_strict_standalone_default = validate20;
var schema35 = { "type": "object", "required": ["RequestType", "StackId", "RequestId", "ResourceType", "LogicalResourceId"], "properties": { "RequestType": { "enum": ["Create", "Update", "Delete"] }, "ServiceToken": { "type": "string" }, "ResponseURL": { "$ref": "#/$defs/CloudFormationCustomResourceResponseUrl" }, "StackId": { "$ref": "#/$defs/Arn" }, "RequestId": { "type": "string" }, "ResourceType": { "type": "string" }, "LogicalResourceId": { "type": "string" }, "ResourceProperties": { "$ref": "#/$defs/CloudFormationCustomResourceProperties" } } };
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.RequestType === void 0 && (missing0 = "RequestType") || data.StackId === void 0 && (missing0 = "StackId") || data.RequestId === void 0 && (missing0 = "RequestId") || data.ResourceType === void 0 && (missing0 = "ResourceType") || data.LogicalResourceId === void 0 && (missing0 = "LogicalResourceId")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          let data0 = data.RequestType;
          const _errs1 = errors;
          if (!(data0 === "Create" || data0 === "Update" || data0 === "Delete")) {
            validate24.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/enum", keyword: "enum", params: { allowedValues: schema35.properties.RequestType.enum }, message: "must be equal to one of the allowed values" }];
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
              validate24.errors = [{ instancePath: instancePath + "/ServiceToken", schemaPath: "#/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.ResponseURL !== void 0) {
              const _errs4 = errors;
              if (typeof data.ResponseURL !== "string") {
                validate24.errors = [{ instancePath: instancePath + "/ResponseURL", schemaPath: "#/$defs/CloudFormationCustomResourceResponseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.StackId !== void 0) {
                let data3 = data.StackId;
                const _errs7 = errors;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (typeof data3 === "string") {
                    if (!pattern4.test(data3)) {
                      validate24.errors = [{ instancePath: instancePath + "/StackId", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                      return false;
                    }
                  } else {
                    validate24.errors = [{ instancePath: instancePath + "/StackId", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.RequestId !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.RequestId !== "string") {
                    validate24.errors = [{ instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.ResourceType !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.ResourceType !== "string") {
                      validate24.errors = [{ instancePath: instancePath + "/ResourceType", schemaPath: "#/properties/ResourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.LogicalResourceId !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.LogicalResourceId !== "string") {
                        validate24.errors = [{ instancePath: instancePath + "/LogicalResourceId", schemaPath: "#/properties/LogicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.ResourceProperties !== void 0) {
                        let data7 = data.ResourceProperties;
                        const _errs16 = errors;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                            if (data7.ServiceToken !== void 0) {
                              if (typeof data7.ServiceToken !== "string") {
                                validate24.errors = [{ instancePath: instancePath + "/ResourceProperties/ServiceToken", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          } else {
                            validate24.errors = [{ instancePath: instancePath + "/ResourceProperties", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs16 === errors;
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "RequestType": true, "ServiceToken": true, "ResponseURL": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.ResponseURL === void 0 && (missing0 = "ResponseURL")) {
          validate23.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.ResponseURL !== void 0) {
            if (typeof data.ResponseURL !== "string") {
              validate23.errors = [{ instancePath: instancePath + "/ResponseURL", schemaPath: "#/$defs/CloudFormationCustomResourceResponseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
        }
      } else {
        validate23.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "ResponseURL": true, "RequestType": true, "ServiceToken": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    const _errs2 = errors;
    if (errors === _errs2) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.RequestType === void 0 && (missing0 = "RequestType")) {
          validate22.errors = [{ instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceCreateFields/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.RequestType !== void 0) {
            if ("Create" !== data.RequestType) {
              validate22.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/$defs/CloudFormationCustomResourceCreateFields/properties/RequestType/const", keyword: "const", params: { allowedValue: "Create" }, message: "must be equal to constant" }];
              return false;
            }
          }
        }
      } else {
        validate22.errors = [{ instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceCreateFields/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "RequestType": true, "ResponseURL": true, "ServiceToken": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.RequestType === void 0 && (missing0 = "RequestType") || data.PhysicalResourceId === void 0 && (missing0 = "PhysicalResourceId") || data.OldResourceProperties === void 0 && (missing0 = "OldResourceProperties")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          const _errs1 = errors;
          if ("Update" !== data.RequestType) {
            validate30.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Update" }, message: "must be equal to constant" }];
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
              validate30.errors = [{ instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.OldResourceProperties !== void 0) {
              let data2 = data.OldResourceProperties;
              const _errs4 = errors;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (data2.ServiceToken !== void 0) {
                    if (typeof data2.ServiceToken !== "string") {
                      validate30.errors = [{ instancePath: instancePath + "/OldResourceProperties/ServiceToken", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                } else {
                  validate30.errors = [{ instancePath: instancePath + "/OldResourceProperties", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
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
validate30.evaluated = { "props": { "RequestType": true, "PhysicalResourceId": true, "OldResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (!validate30(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
      errors = vErrors.length;
    }
    var valid0 = _errs1 === errors;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": { "RequestType": true, "PhysicalResourceId": true, "OldResourceProperties": true, "ResponseURL": true, "ServiceToken": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    const _errs2 = errors;
    if (errors === _errs2) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.RequestType === void 0 && (missing0 = "RequestType") || data.PhysicalResourceId === void 0 && (missing0 = "PhysicalResourceId")) {
          validate33.errors = [{ instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.RequestType !== void 0) {
            const _errs4 = errors;
            if ("Delete" !== data.RequestType) {
              validate33.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/properties/RequestType/const", keyword: "const", params: { allowedValue: "Delete" }, message: "must be equal to constant" }];
              return false;
            }
            var valid2 = _errs4 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.PhysicalResourceId !== void 0) {
              const _errs5 = errors;
              if (typeof data.PhysicalResourceId !== "string") {
                validate33.errors = [{ instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid2 = _errs5 === errors;
            } else {
              var valid2 = true;
            }
          }
        }
      } else {
        validate33.errors = [{ instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": { "RequestType": true, "PhysicalResourceId": true, "ResponseURL": true, "ServiceToken": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.RequestType = true;
    props0.ResponseURL = true;
    props0.ServiceToken = true;
    props0.StackId = true;
    props0.RequestId = true;
    props0.ResourceType = true;
    props0.LogicalResourceId = true;
    props0.ResourceProperties = true;
  }
  const _errs2 = errors;
  if (!validate28(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.RequestType = true;
        props0.PhysicalResourceId = true;
        props0.OldResourceProperties = true;
        props0.ResponseURL = true;
        props0.ServiceToken = true;
        props0.StackId = true;
        props0.RequestId = true;
        props0.ResourceType = true;
        props0.LogicalResourceId = true;
        props0.ResourceProperties = true;
      }
    }
    const _errs3 = errors;
    if (!validate33(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.RequestType = true;
          props0.PhysicalResourceId = true;
          props0.ResponseURL = true;
          props0.ServiceToken = true;
          props0.StackId = true;
          props0.RequestId = true;
          props0.ResourceType = true;
          props0.LogicalResourceId = true;
          props0.ResourceProperties = true;
        }
      }
    }
  }
  if (!valid0) {
    const err0 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
    validate21.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate21.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate21.evaluated = { "dynamicProps": true, "dynamicItems": false };
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
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  } else {
    var props0 = validate21.evaluated.props;
  }
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": false };

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

// cloudformation.custom-resource.strict.entry.ts
withStandardSchema(cloudformation_custom_resource_strict_standalone_default, "cloudformation.custom-resource");
export {
  cloudformation_custom_resource_strict_standalone_default as default,
  cloudformation_custom_resource_strict_standalone_default as validate
};
