// Generated from schemas/cloudformation/custom-resource.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudformation.custom-resource.all.standalone.js
var validateAll = validate20;
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
        const err5 = { instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/enum", keyword: "enum", params: { allowedValues: schema35.properties.RequestType.enum }, message: "must be equal to one of the allowed values" };
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
  if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ResponseURL === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "ResponseURL" }, message: "must have required property 'ResponseURL'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.ResponseURL !== void 0) {
      if (typeof data.ResponseURL !== "string") {
        const err1 = { instancePath: instancePath + "/ResponseURL", schemaPath: "#/$defs/CloudFormationCustomResourceResponseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
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
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
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
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  if (!validate30(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
    errors = vErrors.length;
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
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.RequestType === void 0) {
      const err0 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/required", keyword: "required", params: { missingProperty: "RequestType" }, message: "must have required property 'RequestType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.PhysicalResourceId === void 0) {
      const err1 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/required", keyword: "required", params: { missingProperty: "PhysicalResourceId" }, message: "must have required property 'PhysicalResourceId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.RequestType !== void 0) {
      if ("Delete" !== data.RequestType) {
        const err2 = { instancePath: instancePath + "/RequestType", schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/properties/RequestType/const", keyword: "const", params: { allowedValue: "Delete" }, message: "must be equal to constant" };
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
        const err3 = { instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
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
var branch0_0 = validate37;
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
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
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": { "RequestType": true, "ResponseURL": true, "ServiceToken": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate39;
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  if (!validate30(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
    errors = vErrors.length;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": { "RequestType": true, "PhysicalResourceId": true, "OldResourceProperties": true, "ResponseURL": true, "ServiceToken": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_2 = validate42;
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.RequestType === void 0) {
      const err0 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/required", keyword: "required", params: { missingProperty: "RequestType" }, message: "must have required property 'RequestType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.PhysicalResourceId === void 0) {
      const err1 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/required", keyword: "required", params: { missingProperty: "PhysicalResourceId" }, message: "must have required property 'PhysicalResourceId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.RequestType !== void 0) {
      if ("Delete" !== data.RequestType) {
        const err2 = { instancePath: instancePath + "/RequestType", schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/properties/RequestType/const", keyword: "const", params: { allowedValue: "Delete" }, message: "must be equal to constant" };
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
        const err3 = { instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { "props": { "RequestType": true, "PhysicalResourceId": true, "ResponseURL": true, "ServiceToken": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };

// cloudformation.custom-resource.all.entry.ts
var branches = {
  "#/$defs/CloudFormationCustomResourceRequest/oneOf": [branch0_0, branch0_1, branch0_2]
};
export {
  branches,
  validateAll
};
