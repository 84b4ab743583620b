// Generated from schemas/clientvpn/connection-handler.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
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

// standalone:clientvpn.connection-handler.result.all.standalone.js
var validateAll = validate20;
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
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data["error-msg-on-denied-connection"] === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "error-msg-on-denied-connection" }, message: "must have required property 'error-msg-on-denied-connection'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = {};
    props0["error-msg-on-denied-connection"] = true;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data["error-msg-on-failed-posture-compliance"] === void 0) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "error-msg-on-failed-posture-compliance" }, message: "must have required property 'error-msg-on-failed-posture-compliance'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0["error-msg-on-failed-posture-compliance"] = true;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.allow === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "allow" }, message: "must have required property 'allow'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data["posture-compliance-statuses"] === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "posture-compliance-statuses" }, message: "must have required property 'posture-compliance-statuses'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data["schema-version"] === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema-version" }, message: "must have required property 'schema-version'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.allow = true;
      props0["error-msg-on-denied-connection"] = true;
      props0["error-msg-on-failed-posture-compliance"] = true;
      props0["posture-compliance-statuses"] = true;
      props0["schema-version"] = true;
    }
    if (data.allow !== void 0) {
      if (typeof data.allow !== "boolean") {
        const err6 = { instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data["error-msg-on-denied-connection"] !== void 0) {
      let data1 = data["error-msg-on-denied-connection"];
      if (typeof data1 === "string") {
        if (func1(data1) > 255) {
          const err7 = { instancePath: instancePath + "/error-msg-on-denied-connection", schemaPath: "#/properties/error-msg-on-denied-connection/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/error-msg-on-denied-connection", schemaPath: "#/properties/error-msg-on-denied-connection/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data["error-msg-on-failed-posture-compliance"] !== void 0) {
      let data2 = data["error-msg-on-failed-posture-compliance"];
      if (typeof data2 === "string") {
        if (func1(data2) > 255) {
          const err9 = { instancePath: instancePath + "/error-msg-on-failed-posture-compliance", schemaPath: "#/properties/error-msg-on-failed-posture-compliance/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/error-msg-on-failed-posture-compliance", schemaPath: "#/properties/error-msg-on-failed-posture-compliance/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data["posture-compliance-statuses"] !== void 0) {
      let data3 = data["posture-compliance-statuses"];
      if (Array.isArray(data3)) {
        if (data3.length > 10) {
          const err11 = { instancePath: instancePath + "/posture-compliance-statuses", schemaPath: "#/properties/posture-compliance-statuses/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func1(data4) > 255) {
              const err12 = { instancePath: instancePath + "/posture-compliance-statuses/" + i0, schemaPath: "#/properties/posture-compliance-statuses/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/posture-compliance-statuses/" + i0, schemaPath: "#/properties/posture-compliance-statuses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/posture-compliance-statuses", schemaPath: "#/properties/posture-compliance-statuses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data["schema-version"] !== void 0) {
      if (typeof data["schema-version"] !== "string") {
        const err15 = { instancePath: instancePath + "/schema-version", schemaPath: "#/properties/schema-version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": false };
var branch0_0 = validate21;
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
    if (data["error-msg-on-denied-connection"] === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error-msg-on-denied-connection" }, message: "must have required property 'error-msg-on-denied-connection'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "error-msg-on-denied-connection": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate22;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data["error-msg-on-failed-posture-compliance"] === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error-msg-on-failed-posture-compliance" }, message: "must have required property 'error-msg-on-failed-posture-compliance'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "error-msg-on-failed-posture-compliance": true }, "dynamicProps": false, "dynamicItems": false };

// clientvpn.connection-handler.result.all.entry.ts
var branches = {
  "#/anyOf": [branch0_0, branch0_1]
};
export {
  branches,
  validateAll
};
