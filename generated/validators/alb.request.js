// Generated from schemas/alb/request.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:alb.request.standalone.js
var alb_request_standalone_default = validate20;
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
      if (data.elb === void 0 && (missing0 = "elb")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.elb !== void 0) {
          let data0 = data.elb;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.targetGroupArn === void 0 && (missing1 = "targetGroupArn")) {
                validate21.errors = [{ instancePath: instancePath + "/elb", schemaPath: "#/properties/elb/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.targetGroupArn !== void 0) {
                  if (typeof data0.targetGroupArn !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/elb/targetGroupArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/elb", schemaPath: "#/properties/elb/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
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
validate21.evaluated = { "props": { "elb": true }, "dynamicProps": false, "dynamicItems": false };
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
    let missing0;
    if (data.headers === void 0 && (missing0 = "headers") || data.queryStringParameters === void 0 && (missing0 = "queryStringParameters")) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
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
    props0.headers = true;
    props0.queryStringParameters = true;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.multiValueHeaders === void 0 && (missing1 = "multiValueHeaders") || data.multiValueQueryStringParameters === void 0 && (missing1 = "multiValueQueryStringParameters")) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
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
      props0.multiValueHeaders = true;
      props0.multiValueQueryStringParameters = true;
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
    validate20.errors = vErrors;
    return false;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.requestContext === void 0 && (missing2 = "requestContext") || data.httpMethod === void 0 && (missing2 = "httpMethod") || data.path === void 0 && (missing2 = "path") || data.body === void 0 && (missing2 = "body") || data.isBase64Encoded === void 0 && (missing2 = "isBase64Encoded")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.requestContext = true;
          props0.httpMethod = true;
          props0.path = true;
          props0.headers = true;
          props0.multiValueHeaders = true;
          props0.queryStringParameters = true;
          props0.multiValueQueryStringParameters = true;
          props0.body = true;
          props0.isBase64Encoded = true;
        }
        if (data.requestContext !== void 0) {
          const _errs4 = errors;
          if (!validate21(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var valid1 = _errs4 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.httpMethod !== void 0) {
            const _errs5 = errors;
            if (typeof data.httpMethod !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid1 = _errs5 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.path !== void 0) {
              const _errs7 = errors;
              if (typeof data.path !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs7 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.headers !== void 0) {
                let data3 = data.headers;
                const _errs9 = errors;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      const _errs13 = errors;
                      if (typeof data3[key0] !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs13 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/$defs/HttpHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs9 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.multiValueHeaders !== void 0) {
                  let data5 = data.multiValueHeaders;
                  const _errs15 = errors;
                  const _errs16 = errors;
                  if (errors === _errs16) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      for (const key1 in data5) {
                        let data6 = data5[key1];
                        const _errs19 = errors;
                        if (errors === _errs19) {
                          if (Array.isArray(data6)) {
                            var valid6 = true;
                            const len0 = data6.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs21 = errors;
                              if (typeof data6[i0] !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/multiValueHeaders/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid6 = _errs21 === errors;
                              if (!valid6) {
                                break;
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/multiValueHeaders/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid5 = _errs19 === errors;
                        if (!valid5) {
                          break;
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/multiValueHeaders", schemaPath: "#/$defs/HttpMultiValueHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs15 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.queryStringParameters !== void 0) {
                    let data8 = data.queryStringParameters;
                    const _errs23 = errors;
                    const _errs24 = errors;
                    if (errors === _errs24) {
                      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        for (const key2 in data8) {
                          const _errs27 = errors;
                          if (typeof data8[key2] !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/queryStringParameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid8 = _errs27 === errors;
                          if (!valid8) {
                            break;
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/queryStringParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs23 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.multiValueQueryStringParameters !== void 0) {
                      let data10 = data.multiValueQueryStringParameters;
                      const _errs29 = errors;
                      const _errs30 = errors;
                      if (errors === _errs30) {
                        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                          for (const key3 in data10) {
                            let data11 = data10[key3];
                            const _errs33 = errors;
                            if (errors === _errs33) {
                              if (Array.isArray(data11)) {
                                var valid11 = true;
                                const len1 = data11.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                  const _errs35 = errors;
                                  if (typeof data11[i1] !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/multiValueQueryStringParameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid11 = _errs35 === errors;
                                  if (!valid11) {
                                    break;
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/multiValueQueryStringParameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid10 = _errs33 === errors;
                            if (!valid10) {
                              break;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/multiValueQueryStringParameters", schemaPath: "#/$defs/MultiValueStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid1 = _errs29 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data.body !== void 0) {
                        const _errs37 = errors;
                        if (typeof data.body !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs37 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data.isBase64Encoded !== void 0) {
                          const _errs39 = errors;
                          if (typeof data.isBase64Encoded !== "boolean") {
                            validate20.errors = [{ instancePath: instancePath + "/isBase64Encoded", schemaPath: "#/properties/isBase64Encoded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                            return false;
                          }
                          var valid1 = _errs39 === errors;
                        } else {
                          var valid1 = true;
                        }
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
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

// alb.request.entry.ts
withStandardSchema(alb_request_standalone_default, "alb.request");
export {
  alb_request_standalone_default as default,
  alb_request_standalone_default as validate
};
