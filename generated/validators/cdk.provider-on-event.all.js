// Generated from schemas/cdk/provider-on-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cdk.provider-on-event.all.standalone.js
var validateAll = validate20;
var schema32 = { "type": "object", "required": ["RequestType", "StackId", "RequestId", "ResourceType", "LogicalResourceId"], "properties": { "RequestType": { "enum": ["Create", "Update", "Delete"] }, "ServiceToken": { "type": "string" }, "ResponseURL": { "$ref": "#/$defs/CloudFormationCustomResourceResponseUrl" }, "StackId": { "$ref": "#/$defs/Arn" }, "RequestId": { "type": "string" }, "ResourceType": { "type": "string" }, "LogicalResourceId": { "type": "string" }, "ResourceProperties": { "$ref": "#/$defs/CloudFormationCustomResourceProperties" } } };
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.RequestType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "RequestType" }, message: "must have required property 'RequestType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.StackId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "StackId" }, message: "must have required property 'StackId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.RequestId === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "RequestId" }, message: "must have required property 'RequestId'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.ResourceType === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ResourceType" }, message: "must have required property 'ResourceType'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.LogicalResourceId === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "LogicalResourceId" }, message: "must have required property 'LogicalResourceId'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.RequestType !== void 0) {
      let data0 = data.RequestType;
      if (!(data0 === "Create" || data0 === "Update" || data0 === "Delete")) {
        const err5 = { instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/enum", keyword: "enum", params: { allowedValues: schema32.properties.RequestType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.ServiceToken !== void 0) {
      if (typeof data.ServiceToken !== "string") {
        const err6 = { instancePath: instancePath + "/ServiceToken", schemaPath: "#/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.ResponseURL !== void 0) {
      if (typeof data.ResponseURL !== "string") {
        const err7 = { instancePath: instancePath + "/ResponseURL", schemaPath: "#/$defs/CloudFormationCustomResourceResponseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.StackId !== void 0) {
      let data3 = data.StackId;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err8 = { instancePath: instancePath + "/StackId", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/StackId", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.RequestId !== void 0) {
      if (typeof data.RequestId !== "string") {
        const err10 = { instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.ResourceType !== void 0) {
      if (typeof data.ResourceType !== "string") {
        const err11 = { instancePath: instancePath + "/ResourceType", schemaPath: "#/properties/ResourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.LogicalResourceId !== void 0) {
      if (typeof data.LogicalResourceId !== "string") {
        const err12 = { instancePath: instancePath + "/LogicalResourceId", schemaPath: "#/properties/LogicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.ResourceProperties !== void 0) {
      let data7 = data.ResourceProperties;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.ServiceToken !== void 0) {
          if (typeof data7.ServiceToken !== "string") {
            const err13 = { instancePath: instancePath + "/ResourceProperties/ServiceToken", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/ResourceProperties", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.RequestType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "RequestType" }, message: "must have required property 'RequestType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.PhysicalResourceId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "PhysicalResourceId" }, message: "must have required property 'PhysicalResourceId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.OldResourceProperties === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "OldResourceProperties" }, message: "must have required property 'OldResourceProperties'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.RequestType !== void 0) {
      if ("Update" !== data.RequestType) {
        const err3 = { instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Update" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.PhysicalResourceId !== void 0) {
      if (typeof data.PhysicalResourceId !== "string") {
        const err4 = { instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.OldResourceProperties !== void 0) {
      let data2 = data.OldResourceProperties;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.ServiceToken !== void 0) {
          if (typeof data2.ServiceToken !== "string") {
            const err5 = { instancePath: instancePath + "/OldResourceProperties/ServiceToken", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/OldResourceProperties", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
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
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  const _errs2 = errors;
  let valid1 = false;
  let passing0 = null;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.RequestType === void 0) {
      const err0 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceCreateFields/required", keyword: "required", params: { missingProperty: "RequestType" }, message: "must have required property 'RequestType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
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
  } else {
    const err2 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceCreateFields/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
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
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.RequestType === void 0) {
        const err3 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/required", keyword: "required", params: { missingProperty: "RequestType" }, message: "must have required property 'RequestType'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.PhysicalResourceId === void 0) {
        const err4 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/required", keyword: "required", params: { missingProperty: "PhysicalResourceId" }, message: "must have required property 'PhysicalResourceId'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.RequestType !== void 0) {
        if ("Delete" !== data.RequestType) {
          const err5 = { instancePath: instancePath + "/RequestType", schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/properties/RequestType/const", keyword: "const", params: { allowedValue: "Delete" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.PhysicalResourceId !== void 0) {
        if (typeof data.PhysicalResourceId !== "string") {
          const err6 = { instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
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
    const err8 = { instancePath, schemaPath: "#/allOf/1/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
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
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": false };
var branch0_0 = validate25;
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.RequestType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "RequestType" }, message: "must have required property 'RequestType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.RequestType !== void 0) {
      if ("Create" !== data.RequestType) {
        const err1 = { instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Create" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "RequestType": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate26;
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.RequestType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "RequestType" }, message: "must have required property 'RequestType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.PhysicalResourceId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "PhysicalResourceId" }, message: "must have required property 'PhysicalResourceId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.OldResourceProperties === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "OldResourceProperties" }, message: "must have required property 'OldResourceProperties'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.RequestType !== void 0) {
      if ("Update" !== data.RequestType) {
        const err3 = { instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Update" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.PhysicalResourceId !== void 0) {
      if (typeof data.PhysicalResourceId !== "string") {
        const err4 = { instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.OldResourceProperties !== void 0) {
      let data2 = data.OldResourceProperties;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.ServiceToken !== void 0) {
          if (typeof data2.ServiceToken !== "string") {
            const err5 = { instancePath: instancePath + "/OldResourceProperties/ServiceToken", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/OldResourceProperties", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": { "RequestType": true, "PhysicalResourceId": true, "OldResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_2 = validate27;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.RequestType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "RequestType" }, message: "must have required property 'RequestType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.PhysicalResourceId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "PhysicalResourceId" }, message: "must have required property 'PhysicalResourceId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.RequestType !== void 0) {
      if ("Delete" !== data.RequestType) {
        const err2 = { instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Delete" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.PhysicalResourceId !== void 0) {
      if (typeof data.PhysicalResourceId !== "string") {
        const err3 = { instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": { "RequestType": true, "PhysicalResourceId": true }, "dynamicProps": false, "dynamicItems": false };

// cdk.provider-on-event.all.entry.ts
var branches = {
  "#/allOf/1/oneOf": [branch0_0, branch0_1, branch0_2]
};
export {
  branches,
  validateAll
};
