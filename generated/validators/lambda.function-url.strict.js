// Generated from schemas/lambda/function-url.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lambda.function-url.strict.standalone.js
var lambda_function_url_strict_standalone_default = validate20;
var schema36 = { "type": "object", "properties": { "accessKey": { "type": "string" }, "accountId": { "type": "string" }, "callerId": { "type": "string" }, "cognitoIdentity": { "type": "null" }, "principalOrgId": { "type": ["string", "null"] }, "userArn": { "$ref": "#/$defs/Arn" }, "userId": { "type": "string" } } };
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
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
      if (data.accessKey !== void 0) {
        const _errs1 = errors;
        if (typeof data.accessKey !== "string") {
          validate23.errors = [{ instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.accountId !== void 0) {
          const _errs3 = errors;
          if (typeof data.accountId !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.callerId !== void 0) {
            const _errs5 = errors;
            if (typeof data.callerId !== "string") {
              validate23.errors = [{ instancePath: instancePath + "/callerId", schemaPath: "#/properties/callerId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.cognitoIdentity !== void 0) {
              const _errs7 = errors;
              if (data.cognitoIdentity !== null) {
                validate23.errors = [{ instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/properties/cognitoIdentity/type", keyword: "type", params: { type: "null" }, message: "must be null" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.principalOrgId !== void 0) {
                let data4 = data.principalOrgId;
                const _errs9 = errors;
                if (typeof data4 !== "string" && data4 !== null) {
                  validate23.errors = [{ instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema36.properties.principalOrgId.type }, message: "must be string,null" }];
                  return false;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.userArn !== void 0) {
                  let data5 = data.userArn;
                  const _errs11 = errors;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (typeof data5 === "string") {
                      if (!pattern4.test(data5)) {
                        validate23.errors = [{ instancePath: instancePath + "/userArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                        return false;
                      }
                    } else {
                      validate23.errors = [{ instancePath: instancePath + "/userArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.userId !== void 0) {
                    const _errs14 = errors;
                    if (typeof data.userId !== "string") {
                      validate23.errors = [{ instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
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
validate23.evaluated = { "props": { "accessKey": true, "accountId": true, "callerId": true, "cognitoIdentity": true, "principalOrgId": true, "userArn": true, "userId": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.iam === void 0 && (missing0 = "iam")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.iam !== void 0) {
          if (!validate23(data.iam, { instancePath: instancePath + "/iam", parentData: data, parentDataProperty: "iam", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
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
validate22.evaluated = { "props": { "iam": true }, "dynamicProps": false, "dynamicItems": false };
var pattern5 = new RegExp("^[^.]+\\.([a-z0-9-]+-)?lambda-url\\.[a-z0-9-]+\\.on\\.aws$", "u");
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
      if (data.accountId === void 0 && (missing0 = "accountId") || data.apiId === void 0 && (missing0 = "apiId") || data.domainName === void 0 && (missing0 = "domainName") || data.domainPrefix === void 0 && (missing0 = "domainPrefix") || data.http === void 0 && (missing0 = "http") || data.requestId === void 0 && (missing0 = "requestId") || data.routeKey === void 0 && (missing0 = "routeKey") || data.stage === void 0 && (missing0 = "stage") || data.time === void 0 && (missing0 = "time") || data.timeEpoch === void 0 && (missing0 = "timeEpoch")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accountId !== void 0) {
          const _errs1 = errors;
          if (typeof data.accountId !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.apiId !== void 0) {
            const _errs3 = errors;
            if (typeof data.apiId !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/apiId", schemaPath: "#/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.authentication !== void 0) {
              const _errs5 = errors;
              if (data.authentication !== null) {
                validate21.errors = [{ instancePath: instancePath + "/authentication", schemaPath: "#/properties/authentication/type", keyword: "type", params: { type: "null" }, message: "must be null" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.authorizer !== void 0) {
                let data3 = data.authorizer;
                const _errs7 = errors;
                const _errs8 = errors;
                let valid1 = false;
                const _errs9 = errors;
                if (!validate22(data3, { instancePath: instancePath + "/authorizer", parentData: data, parentDataProperty: "authorizer", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var _valid0 = _errs9 === errors;
                valid1 = valid1 || _valid0;
                if (_valid0) {
                  var props0 = {};
                  props0.iam = true;
                }
                const _errs10 = errors;
                if (data3 !== null) {
                  const err0 = { instancePath: instancePath + "/authorizer", schemaPath: "#/properties/authorizer/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
                var _valid0 = _errs10 === errors;
                valid1 = valid1 || _valid0;
                if (!valid1) {
                  const err1 = { instancePath: instancePath + "/authorizer", schemaPath: "#/properties/authorizer/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                  validate21.errors = vErrors;
                  return false;
                } else {
                  errors = _errs8;
                  if (vErrors !== null) {
                    if (_errs8) {
                      vErrors.length = _errs8;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.domainName !== void 0) {
                  let data4 = data.domainName;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (typeof data4 === "string") {
                      if (!pattern5.test(data4)) {
                        validate21.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/pattern", keyword: "pattern", params: { pattern: "^[^.]+\\.([a-z0-9-]+-)?lambda-url\\.[a-z0-9-]+\\.on\\.aws$" }, message: 'must match pattern "^[^.]+\\.([a-z0-9-]+-)?lambda-url\\.[a-z0-9-]+\\.on\\.aws$"' }];
                        return false;
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.domainPrefix !== void 0) {
                    const _errs14 = errors;
                    if (typeof data.domainPrefix !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/domainPrefix", schemaPath: "#/properties/domainPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.http !== void 0) {
                      let data6 = data.http;
                      const _errs16 = errors;
                      const _errs17 = errors;
                      if (errors === _errs17) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          let missing1;
                          if (data6.method === void 0 && (missing1 = "method") || data6.path === void 0 && (missing1 = "path") || data6.protocol === void 0 && (missing1 = "protocol") || data6.sourceIp === void 0 && (missing1 = "sourceIp") || data6.userAgent === void 0 && (missing1 = "userAgent")) {
                            validate21.errors = [{ instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data6.method !== void 0) {
                              const _errs19 = errors;
                              if (typeof data6.method !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/http/method", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs19 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data6.path !== void 0) {
                                const _errs21 = errors;
                                if (typeof data6.path !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/http/path", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs21 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data6.protocol !== void 0) {
                                  const _errs23 = errors;
                                  if (typeof data6.protocol !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/http/protocol", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs23 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data6.sourceIp !== void 0) {
                                    const _errs25 = errors;
                                    if (typeof data6.sourceIp !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/http/sourceIp", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/sourceIp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid3 = _errs25 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data6.userAgent !== void 0) {
                                      const _errs27 = errors;
                                      if (typeof data6.userAgent !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/http/userAgent", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
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
                          validate21.errors = [{ instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.requestId !== void 0) {
                        const _errs29 = errors;
                        if (typeof data.requestId !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs29 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.routeKey !== void 0) {
                          const _errs31 = errors;
                          if ("$default" !== data.routeKey) {
                            validate21.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/const", keyword: "const", params: { allowedValue: "$default" }, message: "must be equal to constant" }];
                            return false;
                          }
                          var valid0 = _errs31 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.stage !== void 0) {
                            const _errs32 = errors;
                            if ("$default" !== data.stage) {
                              validate21.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/const", keyword: "const", params: { allowedValue: "$default" }, message: "must be equal to constant" }];
                              return false;
                            }
                            var valid0 = _errs32 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.time !== void 0) {
                              const _errs33 = errors;
                              if (typeof data.time !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs33 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.timeEpoch !== void 0) {
                                let data16 = data.timeEpoch;
                                const _errs35 = errors;
                                const _errs36 = errors;
                                if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                                  validate21.errors = [{ instancePath: instancePath + "/timeEpoch", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs36) {
                                  if (typeof data16 == "number" && isFinite(data16)) {
                                    if (data16 < 0 || isNaN(data16)) {
                                      validate21.errors = [{ instancePath: instancePath + "/timeEpoch", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid0 = _errs35 === errors;
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
validate21.evaluated = { "props": { "accountId": true, "apiId": true, "authentication": true, "authorizer": true, "domainName": true, "domainPrefix": true, "http": true, "requestId": true, "routeKey": true, "stage": true, "time": true, "timeEpoch": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.routeKey === void 0 && (missing0 = "routeKey") || data.rawPath === void 0 && (missing0 = "rawPath") || data.rawQueryString === void 0 && (missing0 = "rawQueryString") || data.headers === void 0 && (missing0 = "headers") || data.requestContext === void 0 && (missing0 = "requestContext") || data.isBase64Encoded === void 0 && (missing0 = "isBase64Encoded")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("2.0" !== data.version) {
            validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "2.0" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.routeKey !== void 0) {
            const _errs2 = errors;
            if ("$default" !== data.routeKey) {
              validate20.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/const", keyword: "const", params: { allowedValue: "$default" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.rawPath !== void 0) {
              const _errs3 = errors;
              if (typeof data.rawPath !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/rawPath", schemaPath: "#/properties/rawPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.rawQueryString !== void 0) {
                const _errs5 = errors;
                if (typeof data.rawQueryString !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/rawQueryString", schemaPath: "#/properties/rawQueryString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.cookies !== void 0) {
                  let data4 = data.cookies;
                  const _errs7 = errors;
                  if (errors === _errs7) {
                    if (Array.isArray(data4)) {
                      var valid1 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs9 = errors;
                        if (typeof data4[i0] !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/cookies/" + i0, schemaPath: "#/properties/cookies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs9 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/cookies", schemaPath: "#/properties/cookies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.headers !== void 0) {
                    let data6 = data.headers;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        for (const key0 in data6) {
                          const _errs15 = errors;
                          if (typeof data6[key0] !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs15 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/$defs/HttpHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.queryStringParameters !== void 0) {
                      let data8 = data.queryStringParameters;
                      const _errs17 = errors;
                      const _errs18 = errors;
                      if (errors === _errs18) {
                        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                          for (const key1 in data8) {
                            const _errs21 = errors;
                            if (typeof data8[key1] !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/queryStringParameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid5 = _errs21 === errors;
                            if (!valid5) {
                              break;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/queryStringParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs17 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.pathParameters !== void 0) {
                        const _errs23 = errors;
                        if (data.pathParameters !== null) {
                          validate20.errors = [{ instancePath: instancePath + "/pathParameters", schemaPath: "#/properties/pathParameters/type", keyword: "type", params: { type: "null" }, message: "must be null" }];
                          return false;
                        }
                        var valid0 = _errs23 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.stageVariables !== void 0) {
                          const _errs25 = errors;
                          if (data.stageVariables !== null) {
                            validate20.errors = [{ instancePath: instancePath + "/stageVariables", schemaPath: "#/properties/stageVariables/type", keyword: "type", params: { type: "null" }, message: "must be null" }];
                            return false;
                          }
                          var valid0 = _errs25 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.requestContext !== void 0) {
                            const _errs27 = errors;
                            if (!validate21(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs27 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.body !== void 0) {
                              const _errs28 = errors;
                              if (typeof data.body !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs28 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.isBase64Encoded !== void 0) {
                                const _errs30 = errors;
                                if (typeof data.isBase64Encoded !== "boolean") {
                                  validate20.errors = [{ instancePath: instancePath + "/isBase64Encoded", schemaPath: "#/properties/isBase64Encoded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                  return false;
                                }
                                var valid0 = _errs30 === errors;
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
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "routeKey": true, "rawPath": true, "rawQueryString": true, "cookies": true, "headers": true, "queryStringParameters": true, "pathParameters": true, "stageVariables": true, "requestContext": true, "body": true, "isBase64Encoded": true }, "dynamicProps": false, "dynamicItems": false };

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

// lambda.function-url.strict.entry.ts
withStandardSchema(lambda_function_url_strict_standalone_default, "lambda.function-url");
export {
  lambda_function_url_strict_standalone_default as default,
  lambda_function_url_strict_standalone_default as validate
};
