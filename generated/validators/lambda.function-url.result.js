// Generated from schemas/lambda/function-url.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lambda.function-url.result.strict.standalone.js
var lambda_function_url_result_strict_standalone_default = validate20;
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
      if (data.statusCode === void 0 && (missing0 = "statusCode")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.statusCode !== void 0) {
          let data0 = data.statusCode;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            validate21.errors = [{ instancePath: instancePath + "/statusCode", schemaPath: "#/properties/statusCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
            return false;
          }
          if (errors === _errs1) {
            if (typeof data0 == "number" && isFinite(data0)) {
              if (data0 > 599 || isNaN(data0)) {
                validate21.errors = [{ instancePath: instancePath + "/statusCode", schemaPath: "#/properties/statusCode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599" }];
                return false;
              } else {
                if (data0 < 100 || isNaN(data0)) {
                  validate21.errors = [{ instancePath: instancePath + "/statusCode", schemaPath: "#/properties/statusCode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" }];
                  return false;
                }
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.headers !== void 0) {
            let data1 = data.headers;
            const _errs3 = errors;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                for (const key0 in data1) {
                  const _errs7 = errors;
                  if (typeof data1[key0] !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs7 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/$defs/HttpHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.cookies !== void 0) {
              let data3 = data.cookies;
              const _errs9 = errors;
              if (errors === _errs9) {
                if (Array.isArray(data3)) {
                  var valid3 = true;
                  const len0 = data3.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs11 = errors;
                    if (typeof data3[i0] !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/cookies/" + i0, schemaPath: "#/properties/cookies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid3 = _errs11 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/cookies", schemaPath: "#/properties/cookies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs9 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.body !== void 0) {
                const _errs13 = errors;
                if (typeof data.body !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs13 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.isBase64Encoded !== void 0) {
                  const _errs15 = errors;
                  if (typeof data.isBase64Encoded !== "boolean") {
                    validate21.errors = [{ instancePath: instancePath + "/isBase64Encoded", schemaPath: "#/properties/isBase64Encoded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                  }
                  var valid0 = _errs15 === errors;
                } else {
                  var valid0 = true;
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
validate21.evaluated = { "props": { "statusCode": true, "headers": true, "cookies": true, "body": true, "isBase64Encoded": true }, "dynamicProps": false, "dynamicItems": false };
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
  let valid0 = false;
  const _errs1 = errors;
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = {};
    props0.statusCode = true;
    props0.headers = true;
    props0.cookies = true;
    props0.body = true;
    props0.isBase64Encoded = true;
  }
  const _errs2 = errors;
  const _errs4 = errors;
  let valid2 = false;
  const _errs5 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/$defs/ApiGatewayHttpInferredResponse/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid1 = _errs5 === errors;
  valid2 = valid2 || _valid1;
  const _errs7 = errors;
  if (!(typeof data == "number" && isFinite(data))) {
    const err1 = { instancePath, schemaPath: "#/$defs/ApiGatewayHttpInferredResponse/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid1 = _errs7 === errors;
  valid2 = valid2 || _valid1;
  const _errs9 = errors;
  if (typeof data !== "boolean") {
    const err2 = { instancePath, schemaPath: "#/$defs/ApiGatewayHttpInferredResponse/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  var _valid1 = _errs9 === errors;
  valid2 = valid2 || _valid1;
  const _errs11 = errors;
  if (data !== null) {
    const err3 = { instancePath, schemaPath: "#/$defs/ApiGatewayHttpInferredResponse/anyOf/3/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  var _valid1 = _errs11 === errors;
  valid2 = valid2 || _valid1;
  const _errs13 = errors;
  if (errors === _errs13) {
    if (!Array.isArray(data)) {
      const err4 = { instancePath, schemaPath: "#/$defs/ApiGatewayHttpInferredResponse/anyOf/4/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  }
  var _valid1 = _errs13 === errors;
  valid2 = valid2 || _valid1;
  if (_valid1) {
    var items0 = true;
  }
  const _errs15 = errors;
  if (errors === _errs15) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.statusCode !== void 0) {
        const err5 = { instancePath: instancePath + "/statusCode", schemaPath: "#/$defs/ApiGatewayHttpInferredResponse/anyOf/5/properties/statusCode/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    } else {
      const err6 = { instancePath, schemaPath: "#/$defs/ApiGatewayHttpInferredResponse/anyOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  }
  var _valid1 = _errs15 === errors;
  valid2 = valid2 || _valid1;
  if (_valid1) {
    var props1 = true;
  }
  if (!valid2) {
    const err7 = { instancePath, schemaPath: "#/$defs/ApiGatewayHttpInferredResponse/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  } else {
    errors = _errs4;
    if (vErrors !== null) {
      if (_errs4) {
        vErrors.length = _errs4;
      } else {
        vErrors = null;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true && props1 !== void 0) {
      if (props1 === true) {
        props0 = true;
      } else {
        props0 = props0 || {};
        Object.assign(props0, props1);
      }
    }
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
    validate20.errors = vErrors;
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
  validate20.errors = vErrors;
  evaluated0.props = props0;
  evaluated0.items = items0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": true };

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

// lambda.function-url.result.strict.entry.ts
withStandardSchema(lambda_function_url_result_strict_standalone_default, "lambda.function-url.result");
export {
  lambda_function_url_result_strict_standalone_default as default,
  lambda_function_url_result_strict_standalone_default as validate
};
