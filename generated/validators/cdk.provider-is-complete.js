// Generated from schemas/cdk/provider-is-complete.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cdk.provider-is-complete.standalone.js
var cdk_provider_is_complete_standalone_default = validate20;
var schema32 = { "type": "object", "required": ["RequestType", "StackId", "RequestId", "ResourceType", "LogicalResourceId"], "properties": { "RequestType": { "enum": ["Create", "Update", "Delete"] }, "ServiceToken": { "type": "string" }, "ResponseURL": { "$ref": "#/$defs/CloudFormationCustomResourceResponseUrl" }, "StackId": { "$ref": "#/$defs/Arn" }, "RequestId": { "type": "string" }, "ResourceType": { "type": "string" }, "LogicalResourceId": { "type": "string" }, "ResourceProperties": { "$ref": "#/$defs/CloudFormationCustomResourceProperties" } } };
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
      if (data.RequestType === void 0 && (missing0 = "RequestType") || data.StackId === void 0 && (missing0 = "StackId") || data.RequestId === void 0 && (missing0 = "RequestId") || data.ResourceType === void 0 && (missing0 = "ResourceType") || data.LogicalResourceId === void 0 && (missing0 = "LogicalResourceId")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          let data0 = data.RequestType;
          const _errs1 = errors;
          if (!(data0 === "Create" || data0 === "Update" || data0 === "Delete")) {
            validate21.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/enum", keyword: "enum", params: { allowedValues: schema32.properties.RequestType.enum }, message: "must be equal to one of the allowed values" }];
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
              validate21.errors = [{ instancePath: instancePath + "/ServiceToken", schemaPath: "#/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate21.errors = [{ instancePath: instancePath + "/ResponseURL", schemaPath: "#/$defs/CloudFormationCustomResourceResponseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.StackId !== void 0) {
                const _errs7 = errors;
                if (typeof data.StackId !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/StackId", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.RequestId !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.RequestId !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate21.errors = [{ instancePath: instancePath + "/ResourceType", schemaPath: "#/properties/ResourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate21.errors = [{ instancePath: instancePath + "/LogicalResourceId", schemaPath: "#/properties/LogicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate21.errors = [{ instancePath: instancePath + "/ResourceProperties/ServiceToken", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/ResourceProperties", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "RequestType": true, "ServiceToken": true, "ResponseURL": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.RequestType === void 0 && (missing0 = "RequestType") || data.PhysicalResourceId === void 0 && (missing0 = "PhysicalResourceId") || data.OldResourceProperties === void 0 && (missing0 = "OldResourceProperties")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          const _errs1 = errors;
          if ("Update" !== data.RequestType) {
            validate23.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Update" }, message: "must be equal to constant" }];
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
              validate23.errors = [{ instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate23.errors = [{ instancePath: instancePath + "/OldResourceProperties/ServiceToken", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                } else {
                  validate23.errors = [{ instancePath: instancePath + "/OldResourceProperties", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "RequestType": true, "PhysicalResourceId": true, "OldResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    const _errs2 = errors;
    let valid1 = false;
    let passing0 = null;
    const _errs3 = errors;
    const _errs4 = errors;
    if (errors === _errs4) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.RequestType === void 0 && (missing0 = "RequestType")) {
          const err0 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceCreateFields/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        } else {
          if (data.RequestType !== void 0) {
            if ("Create" !== data.RequestType) {
              const err1 = { instancePath: instancePath + "/RequestType", schemaPath: "#/$defs/CloudFormationCustomResourceCreateFields/properties/RequestType/const", keyword: "const", params: { allowedValue: "Create" }, message: "must be equal to constant" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceCreateFields/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    if (_valid0) {
      valid1 = true;
      passing0 = 0;
      var props0 = {};
      props0.RequestType = true;
    }
    const _errs7 = errors;
    if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs7 === errors;
    if (_valid0 && valid1) {
      valid1 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid0) {
        valid1 = true;
        passing0 = 1;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.RequestType = true;
          props0.PhysicalResourceId = true;
          props0.OldResourceProperties = true;
        }
      }
      const _errs8 = errors;
      const _errs9 = errors;
      if (errors === _errs9) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing1;
          if (data.RequestType === void 0 && (missing1 = "RequestType") || data.PhysicalResourceId === void 0 && (missing1 = "PhysicalResourceId")) {
            const err3 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          } else {
            if (data.RequestType !== void 0) {
              const _errs11 = errors;
              if ("Delete" !== data.RequestType) {
                const err4 = { instancePath: instancePath + "/RequestType", schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/properties/RequestType/const", keyword: "const", params: { allowedValue: "Delete" }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              var valid5 = _errs11 === errors;
            } else {
              var valid5 = true;
            }
            if (valid5) {
              if (data.PhysicalResourceId !== void 0) {
                const _errs12 = errors;
                if (typeof data.PhysicalResourceId !== "string") {
                  const err5 = { instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var valid5 = _errs12 === errors;
              } else {
                var valid5 = true;
              }
            }
          }
        } else {
          const err6 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      var _valid0 = _errs8 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 2];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 2;
          if (props0 !== true) {
            props0 = props0 || {};
            props0.RequestType = true;
            props0.PhysicalResourceId = true;
          }
        }
      }
    }
    if (!valid1) {
      const err7 = { instancePath, schemaPath: "#/allOf/1/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
      validate20.errors = vErrors;
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
    if (valid0) {
      if (props0 !== true) {
        props0 = props0 || {};
        props0.RequestType = true;
        props0.ServiceToken = true;
        props0.ResponseURL = true;
        props0.StackId = true;
        props0.RequestId = true;
        props0.ResourceType = true;
        props0.LogicalResourceId = true;
        props0.ResourceProperties = true;
      }
      const _errs14 = errors;
      const _errs15 = errors;
      if (errors === _errs15) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing2;
          if (data.PhysicalResourceId === void 0 && (missing2 = "PhysicalResourceId")) {
            validate20.errors = [{ instancePath, schemaPath: "#/$defs/CdkProviderIsCompleteFields/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
            return false;
          } else {
            if (data.PhysicalResourceId !== void 0) {
              const _errs18 = errors;
              if (typeof data.PhysicalResourceId !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/$defs/CdkProviderIsCompleteFields/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid7 = _errs18 === errors;
            } else {
              var valid7 = true;
            }
            if (valid7) {
              if (data.Data !== void 0) {
                let data4 = data.Data;
                const _errs20 = errors;
                if (errors === _errs20) {
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/Data", schemaPath: "#/$defs/CdkProviderIsCompleteFields/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid7 = _errs20 === errors;
              } else {
                var valid7 = true;
              }
              if (valid7) {
                if (data.NoEcho !== void 0) {
                  const _errs23 = errors;
                  if (typeof data.NoEcho !== "boolean") {
                    validate20.errors = [{ instancePath: instancePath + "/NoEcho", schemaPath: "#/$defs/CdkProviderIsCompleteFields/properties/NoEcho/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                  }
                  var valid7 = _errs23 === errors;
                } else {
                  var valid7 = true;
                }
              }
            }
          }
        } else {
          validate20.errors = [{ instancePath, schemaPath: "#/$defs/CdkProviderIsCompleteFields/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      var valid0 = _errs14 === errors;
      if (valid0) {
        if (props0 !== true) {
          props0 = true;
        }
      }
    }
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

// cdk.provider-is-complete.entry.ts
withStandardSchema(cdk_provider_is_complete_standalone_default, "cdk.provider-is-complete");
export {
  cdk_provider_is_complete_standalone_default as default,
  cdk_provider_is_complete_standalone_default as validate
};
