// Generated from schemas/cloudformation/custom-resource.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/ajv/ucs2length.ts
function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; pos++) {
    length++;
    const code = str.charCodeAt(pos);
    if (code >= 55296 && code <= 56319 && pos + 1 < str.length && (str.charCodeAt(pos + 1) & 64512) === 56320) pos++;
  }
  return length;
}

// standalone:cloudformation.custom-resource.result.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:cloudformation.custom-resource.result", "type": "object", "required": ["Status", "PhysicalResourceId", "StackId", "RequestId", "LogicalResourceId"], "properties": { "Status": { "enum": ["SUCCESS", "FAILED"] }, "Reason": { "type": "string" }, "PhysicalResourceId": { "type": "string", "minLength": 1 }, "StackId": { "type": "string" }, "RequestId": { "type": "string" }, "LogicalResourceId": { "type": "string" }, "NoEcho": { "type": "boolean" }, "Data": { "type": "object", "additionalProperties": true } }, "if": { "properties": { "Status": { "const": "FAILED" } }, "required": ["Status"] }, "then": { "required": ["Reason"], "properties": { "Reason": { "type": "string" } } } };
var func1 = ucs2length;
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
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.Status === void 0 && (missing0 = "Status")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.Status !== void 0) {
        if ("FAILED" !== data.Status) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Reason === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "Reason" }, message: "must have required property 'Reason'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.Reason !== void 0) {
        if (typeof data.Reason !== "string") {
          const err3 = { instancePath: instancePath + "/Reason", schemaPath: "#/then/properties/Reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.Reason = true;
      props0.Status = true;
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Status" }, message: "must have required property 'Status'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.PhysicalResourceId === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "PhysicalResourceId" }, message: "must have required property 'PhysicalResourceId'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.StackId === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "StackId" }, message: "must have required property 'StackId'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.RequestId === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "RequestId" }, message: "must have required property 'RequestId'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.LogicalResourceId === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "LogicalResourceId" }, message: "must have required property 'LogicalResourceId'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.Status = true;
      props0.Reason = true;
      props0.PhysicalResourceId = true;
      props0.StackId = true;
      props0.RequestId = true;
      props0.LogicalResourceId = true;
      props0.NoEcho = true;
      props0.Data = true;
    }
    if (data.Status !== void 0) {
      let data2 = data.Status;
      if (!(data2 === "SUCCESS" || data2 === "FAILED")) {
        const err10 = { instancePath: instancePath + "/Status", schemaPath: "#/properties/Status/enum", keyword: "enum", params: { allowedValues: schema31.properties.Status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.Reason !== void 0) {
      if (typeof data.Reason !== "string") {
        const err11 = { instancePath: instancePath + "/Reason", schemaPath: "#/properties/Reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.PhysicalResourceId !== void 0) {
      let data4 = data.PhysicalResourceId;
      if (typeof data4 === "string") {
        if (func1(data4) < 1) {
          const err12 = { instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.StackId !== void 0) {
      if (typeof data.StackId !== "string") {
        const err14 = { instancePath: instancePath + "/StackId", schemaPath: "#/properties/StackId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.RequestId !== void 0) {
      if (typeof data.RequestId !== "string") {
        const err15 = { instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.LogicalResourceId !== void 0) {
      if (typeof data.LogicalResourceId !== "string") {
        const err16 = { instancePath: instancePath + "/LogicalResourceId", schemaPath: "#/properties/LogicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.NoEcho !== void 0) {
      if (typeof data.NoEcho !== "boolean") {
        const err17 = { instancePath: instancePath + "/NoEcho", schemaPath: "#/properties/NoEcho/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.Data !== void 0) {
      let data9 = data.Data;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
      } else {
        const err18 = { instancePath: instancePath + "/Data", schemaPath: "#/properties/Data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": false };

// cloudformation.custom-resource.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
