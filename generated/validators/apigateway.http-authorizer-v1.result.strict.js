// Generated from schemas/apigateway/http-authorizer-v1.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.http-authorizer-v1.result.strict.standalone.js
var apigateway_http_authorizer_v1_result_strict_standalone_default = validate20;
var schema34 = { "type": "object", "required": ["Action", "Effect", "Resource"], "properties": { "Sid": { "type": "string" }, "Action": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "Effect": { "enum": ["Allow", "Deny"] }, "Resource": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "Condition": { "type": "object", "additionalProperties": true } } };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Version === void 0 && (missing0 = "Version") || data.Statement === void 0 && (missing0 = "Statement")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Version !== void 0) {
          const _errs1 = errors;
          if (typeof data.Version !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Statement !== void 0) {
            let data1 = data.Statement;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs5 = errors;
                  const _errs6 = errors;
                  if (errors === _errs6) {
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      let missing1;
                      if (data2.Action === void 0 && (missing1 = "Action") || data2.Effect === void 0 && (missing1 = "Effect") || data2.Resource === void 0 && (missing1 = "Resource")) {
                        validate22.errors = [{ instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data2.Sid !== void 0) {
                          const _errs8 = errors;
                          if (typeof data2.Sid !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/Statement/" + i0 + "/Sid", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Sid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs8 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data2.Action !== void 0) {
                            let data4 = data2.Action;
                            const _errs10 = errors;
                            const _errs11 = errors;
                            let valid4 = false;
                            const _errs12 = errors;
                            if (typeof data4 !== "string") {
                              const err0 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Action/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                            var _valid0 = _errs12 === errors;
                            valid4 = valid4 || _valid0;
                            const _errs14 = errors;
                            if (errors === _errs14) {
                              if (Array.isArray(data4)) {
                                var valid5 = true;
                                const len1 = data4.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                  const _errs16 = errors;
                                  if (typeof data4[i1] !== "string") {
                                    const err1 = { instancePath: instancePath + "/Statement/" + i0 + "/Action/" + i1, schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Action/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err1];
                                    } else {
                                      vErrors.push(err1);
                                    }
                                    errors++;
                                  }
                                  var valid5 = _errs16 === errors;
                                  if (!valid5) {
                                    break;
                                  }
                                }
                              } else {
                                const err2 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Action/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err2];
                                } else {
                                  vErrors.push(err2);
                                }
                                errors++;
                              }
                            }
                            var _valid0 = _errs14 === errors;
                            valid4 = valid4 || _valid0;
                            if (!valid4) {
                              const err3 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Action/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                              if (vErrors === null) {
                                vErrors = [err3];
                              } else {
                                vErrors.push(err3);
                              }
                              errors++;
                              validate22.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs11;
                              if (vErrors !== null) {
                                if (_errs11) {
                                  vErrors.length = _errs11;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid3 = _errs10 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data2.Effect !== void 0) {
                              let data6 = data2.Effect;
                              const _errs18 = errors;
                              if (!(data6 === "Allow" || data6 === "Deny")) {
                                validate22.errors = [{ instancePath: instancePath + "/Statement/" + i0 + "/Effect", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Effect/enum", keyword: "enum", params: { allowedValues: schema34.properties.Effect.enum }, message: "must be equal to one of the allowed values" }];
                                return false;
                              }
                              var valid3 = _errs18 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data2.Resource !== void 0) {
                                let data7 = data2.Resource;
                                const _errs19 = errors;
                                const _errs20 = errors;
                                let valid6 = false;
                                const _errs21 = errors;
                                if (typeof data7 !== "string") {
                                  const err4 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Resource/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err4];
                                  } else {
                                    vErrors.push(err4);
                                  }
                                  errors++;
                                }
                                var _valid1 = _errs21 === errors;
                                valid6 = valid6 || _valid1;
                                const _errs23 = errors;
                                if (errors === _errs23) {
                                  if (Array.isArray(data7)) {
                                    var valid7 = true;
                                    const len2 = data7.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                      const _errs25 = errors;
                                      if (typeof data7[i2] !== "string") {
                                        const err5 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource/" + i2, schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Resource/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err5];
                                        } else {
                                          vErrors.push(err5);
                                        }
                                        errors++;
                                      }
                                      var valid7 = _errs25 === errors;
                                      if (!valid7) {
                                        break;
                                      }
                                    }
                                  } else {
                                    const err6 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Resource/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err6];
                                    } else {
                                      vErrors.push(err6);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid1 = _errs23 === errors;
                                valid6 = valid6 || _valid1;
                                if (!valid6) {
                                  const err7 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Resource/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err7];
                                  } else {
                                    vErrors.push(err7);
                                  }
                                  errors++;
                                  validate22.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs20;
                                  if (vErrors !== null) {
                                    if (_errs20) {
                                      vErrors.length = _errs20;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid3 = _errs19 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data2.Condition !== void 0) {
                                  let data9 = data2.Condition;
                                  const _errs27 = errors;
                                  if (errors === _errs27) {
                                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                    } else {
                                      validate22.errors = [{ instancePath: instancePath + "/Statement/" + i0 + "/Condition", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Condition/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs27 === errors;
                                } else {
                                  var valid3 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate22.errors = [{ instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs5 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate22.errors = [{ instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
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
validate22.evaluated = { "props": { "Version": true, "Statement": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.principalId === void 0 && (missing0 = "principalId") || data.policyDocument === void 0 && (missing0 = "policyDocument")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.principalId !== void 0) {
          const _errs1 = errors;
          if (typeof data.principalId !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.policyDocument !== void 0) {
            const _errs3 = errors;
            if (!validate22(data.policyDocument, { instancePath: instancePath + "/policyDocument", parentData: data, parentDataProperty: "policyDocument", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.context !== void 0) {
              let data2 = data.context;
              const _errs4 = errors;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/context", schemaPath: "#/$defs/ApiGatewayHttpAuthorizerContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "principalId": true, "policyDocument": true, "context": true }, "dynamicProps": false, "dynamicItems": false };
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
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "principalId": true, "policyDocument": true, "context": true }, "dynamicProps": false, "dynamicItems": false };

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

// apigateway.http-authorizer-v1.result.strict.entry.ts
withStandardSchema(apigateway_http_authorizer_v1_result_strict_standalone_default, "apigateway.http-authorizer-v1.result");
export {
  apigateway_http_authorizer_v1_result_strict_standalone_default as default,
  apigateway_http_authorizer_v1_result_strict_standalone_default as validate
};
