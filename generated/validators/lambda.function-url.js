// Generated from schemas/lambda/function-url.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lambda.function-url.standalone.js
var lambda_function_url_standalone_default = validate21;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate22.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate24.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
var schema11 = { "type": "object", "properties": { "accessKey": { "type": "string" }, "accountId": { "type": "string" }, "callerId": { "type": "string" }, "cognitoIdentity": { "type": "null" }, "principalOrgId": { "type": ["string", "null"] }, "userArn": { "$ref": "#/$defs/Arn" }, "userId": { "type": "string" } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.accessKey !== void 0) {
        const _errs1 = errors;
        if (typeof data.accessKey !== "string") {
          validate28.errors = [{ instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
            validate28.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate28.errors = [{ instancePath: instancePath + "/callerId", schemaPath: "#/properties/callerId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate28.errors = [{ instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/properties/cognitoIdentity/type", keyword: "type", params: { type: "null" }, message: "must be null" }];
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
                  validate28.errors = [{ instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema11.properties.principalOrgId.type }, message: "must be string,null" }];
                  return false;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.userArn !== void 0) {
                  const _errs11 = errors;
                  if (!validate29(data.userArn, { instancePath: instancePath + "/userArn", parentData: data, parentDataProperty: "userArn", rootData })) {
                    vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.userId !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.userId !== "string") {
                      validate28.errors = [{ instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
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
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.iam === void 0 && (missing0 = "iam")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.iam !== void 0) {
          if (!validate28(data.iam, { instancePath: instancePath + "/iam", parentData: data, parentDataProperty: "iam", rootData })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.method === void 0 && (missing0 = "method") || data.path === void 0 && (missing0 = "path") || data.protocol === void 0 && (missing0 = "protocol") || data.sourceIp === void 0 && (missing0 = "sourceIp") || data.userAgent === void 0 && (missing0 = "userAgent")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.method !== void 0) {
          const _errs1 = errors;
          if (typeof data.method !== "string") {
            validate33.errors = [{ instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.path !== void 0) {
            const _errs3 = errors;
            if (typeof data.path !== "string") {
              validate33.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.protocol !== void 0) {
              const _errs5 = errors;
              if (typeof data.protocol !== "string") {
                validate33.errors = [{ instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sourceIp !== void 0) {
                const _errs7 = errors;
                if (typeof data.sourceIp !== "string") {
                  validate33.errors = [{ instancePath: instancePath + "/sourceIp", schemaPath: "#/properties/sourceIp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.userAgent !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.userAgent !== "string") {
                    validate33.errors = [{ instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
    return false;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accountId === void 0 && (missing0 = "accountId") || data.apiId === void 0 && (missing0 = "apiId") || data.domainName === void 0 && (missing0 = "domainName") || data.domainPrefix === void 0 && (missing0 = "domainPrefix") || data.http === void 0 && (missing0 = "http") || data.requestId === void 0 && (missing0 = "requestId") || data.routeKey === void 0 && (missing0 = "routeKey") || data.stage === void 0 && (missing0 = "stage") || data.time === void 0 && (missing0 = "time") || data.timeEpoch === void 0 && (missing0 = "timeEpoch")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accountId !== void 0) {
          const _errs1 = errors;
          if (typeof data.accountId !== "string") {
            validate26.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate26.errors = [{ instancePath: instancePath + "/apiId", schemaPath: "#/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate26.errors = [{ instancePath: instancePath + "/authentication", schemaPath: "#/properties/authentication/type", keyword: "type", params: { type: "null" }, message: "must be null" }];
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
                if (!validate27(data3, { instancePath: instancePath + "/authorizer", parentData: data, parentDataProperty: "authorizer", rootData })) {
                  vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                  errors = vErrors.length;
                }
                var _valid0 = _errs9 === errors;
                valid1 = valid1 || _valid0;
                if (!valid1) {
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
                }
                if (!valid1) {
                  const err1 = { instancePath: instancePath + "/authorizer", schemaPath: "#/properties/authorizer/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                  validate26.errors = vErrors;
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
                  const _errs12 = errors;
                  if (typeof data.domainName !== "string") {
                    validate26.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.domainPrefix !== void 0) {
                    const _errs14 = errors;
                    if (typeof data.domainPrefix !== "string") {
                      validate26.errors = [{ instancePath: instancePath + "/domainPrefix", schemaPath: "#/properties/domainPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.http !== void 0) {
                      const _errs16 = errors;
                      if (!validate33(data.http, { instancePath: instancePath + "/http", parentData: data, parentDataProperty: "http", rootData })) {
                        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.requestId !== void 0) {
                        const _errs17 = errors;
                        if (typeof data.requestId !== "string") {
                          validate26.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.routeKey !== void 0) {
                          const _errs19 = errors;
                          if ("$default" !== data.routeKey) {
                            validate26.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/const", keyword: "const", params: { allowedValue: "$default" }, message: "must be equal to constant" }];
                            return false;
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.stage !== void 0) {
                            const _errs20 = errors;
                            if ("$default" !== data.stage) {
                              validate26.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/const", keyword: "const", params: { allowedValue: "$default" }, message: "must be equal to constant" }];
                              return false;
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.time !== void 0) {
                              const _errs21 = errors;
                              if (typeof data.time !== "string") {
                                validate26.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs21 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.timeEpoch !== void 0) {
                                const _errs23 = errors;
                                if (!validate35(data.timeEpoch, { instancePath: instancePath + "/timeEpoch", parentData: data, parentDataProperty: "timeEpoch", rootData })) {
                                  vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs23 === errors;
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
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.routeKey === void 0 && (missing0 = "routeKey") || data.rawPath === void 0 && (missing0 = "rawPath") || data.rawQueryString === void 0 && (missing0 = "rawQueryString") || data.headers === void 0 && (missing0 = "headers") || data.requestContext === void 0 && (missing0 = "requestContext") || data.isBase64Encoded === void 0 && (missing0 = "isBase64Encoded")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("2.0" !== data.version) {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "2.0" }, message: "must be equal to constant" }];
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
              validate21.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/const", keyword: "const", params: { allowedValue: "$default" }, message: "must be equal to constant" }];
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
                validate21.errors = [{ instancePath: instancePath + "/rawPath", schemaPath: "#/properties/rawPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate21.errors = [{ instancePath: instancePath + "/rawQueryString", schemaPath: "#/properties/rawQueryString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate21.errors = [{ instancePath: instancePath + "/cookies/" + i0, schemaPath: "#/properties/cookies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs9 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/cookies", schemaPath: "#/properties/cookies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.headers !== void 0) {
                    const _errs11 = errors;
                    if (!validate22(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData })) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.queryStringParameters !== void 0) {
                      const _errs12 = errors;
                      if (!validate24(data.queryStringParameters, { instancePath: instancePath + "/queryStringParameters", parentData: data, parentDataProperty: "queryStringParameters", rootData })) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.pathParameters !== void 0) {
                        const _errs13 = errors;
                        if (data.pathParameters !== null) {
                          validate21.errors = [{ instancePath: instancePath + "/pathParameters", schemaPath: "#/properties/pathParameters/type", keyword: "type", params: { type: "null" }, message: "must be null" }];
                          return false;
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.stageVariables !== void 0) {
                          const _errs15 = errors;
                          if (data.stageVariables !== null) {
                            validate21.errors = [{ instancePath: instancePath + "/stageVariables", schemaPath: "#/properties/stageVariables/type", keyword: "type", params: { type: "null" }, message: "must be null" }];
                            return false;
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.requestContext !== void 0) {
                            const _errs17 = errors;
                            if (!validate26(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData })) {
                              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs17 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.body !== void 0) {
                              const _errs18 = errors;
                              if (typeof data.body !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs18 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.isBase64Encoded !== void 0) {
                                const _errs20 = errors;
                                if (typeof data.isBase64Encoded !== "boolean") {
                                  validate21.errors = [{ instancePath: instancePath + "/isBase64Encoded", schemaPath: "#/properties/isBase64Encoded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                  return false;
                                }
                                var valid0 = _errs20 === errors;
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

// check:lambda.function-url.check.js
function d_HttpHeaders(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v8 in x) {
    const v9 = x[v8];
    if (!(typeof v9 === "string")) return false;
  }
  return true;
}
function d_StringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v11 in x) {
    const v12 = x[v11];
    if (!(typeof v12 === "string")) return false;
  }
  return true;
}
function d_LambdaFunctionUrlRequestContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v16 = x.accountId;
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x.apiId;
    if (v17 === void 0) return false;
    if (!(typeof v17 === "string")) return false;
  }
  {
    const v18 = x.authentication;
    if (v18 !== void 0) {
      if (!(v18 === null)) return false;
    }
  }
  {
    const v19 = x.authorizer;
    if (v19 !== void 0) {
      if (!(d_LambdaFunctionUrlAuthorizer(v19) || v19 === null)) return false;
    }
  }
  {
    const v28 = x.domainName;
    if (v28 === void 0) return false;
    if (!(typeof v28 === "string")) return false;
  }
  {
    const v29 = x.domainPrefix;
    if (v29 === void 0) return false;
    if (!(typeof v29 === "string")) return false;
  }
  {
    const v30 = x.http;
    if (v30 === void 0) return false;
    if (!d_ApiGatewayHttpV2RequestContextHttp(v30)) return false;
  }
  {
    const v36 = x.requestId;
    if (v36 === void 0) return false;
    if (!(typeof v36 === "string")) return false;
  }
  {
    const v37 = x.routeKey;
    if (v37 === void 0) return false;
    if (!(v37 === "$default")) return false;
  }
  {
    const v38 = x.stage;
    if (v38 === void 0) return false;
    if (!(v38 === "$default")) return false;
  }
  {
    const v39 = x.time;
    if (v39 === void 0) return false;
    if (!(typeof v39 === "string")) return false;
  }
  {
    const v40 = x.timeEpoch;
    if (v40 === void 0) return false;
    if (!(typeof v40 === "number" && !(v40 % 1) && !isNaN(v40) && isFinite(v40))) return false;
  }
  return true;
}
function d_LambdaFunctionUrlAuthorizer(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v20 = x.iam;
    if (v20 === void 0) return false;
    if (!d_LambdaFunctionUrlIamIdentity(v20)) return false;
  }
  return true;
}
function d_LambdaFunctionUrlIamIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v21 = x.accessKey;
    if (v21 !== void 0) {
      if (!(typeof v21 === "string")) return false;
    }
  }
  {
    const v22 = x.accountId;
    if (v22 !== void 0) {
      if (!(typeof v22 === "string")) return false;
    }
  }
  {
    const v23 = x.callerId;
    if (v23 !== void 0) {
      if (!(typeof v23 === "string")) return false;
    }
  }
  {
    const v24 = x.cognitoIdentity;
    if (v24 !== void 0) {
      if (!(v24 === null)) return false;
    }
  }
  {
    const v25 = x.principalOrgId;
    if (v25 !== void 0) {
      if (!(typeof v25 === "string" || v25 === null)) return false;
    }
  }
  {
    const v26 = x.userArn;
    if (v26 !== void 0) {
      if (!(typeof v26 === "string")) return false;
    }
  }
  {
    const v27 = x.userId;
    if (v27 !== void 0) {
      if (!(typeof v27 === "string")) return false;
    }
  }
  return true;
}
function d_ApiGatewayHttpV2RequestContextHttp(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v31 = x.method;
    if (v31 === void 0) return false;
    if (!(typeof v31 === "string")) return false;
  }
  {
    const v32 = x.path;
    if (v32 === void 0) return false;
    if (!(typeof v32 === "string")) return false;
  }
  {
    const v33 = x.protocol;
    if (v33 === void 0) return false;
    if (!(typeof v33 === "string")) return false;
  }
  {
    const v34 = x.sourceIp;
    if (v34 === void 0) return false;
    if (!(typeof v34 === "string")) return false;
  }
  {
    const v35 = x.userAgent;
    if (v35 === void 0) return false;
    if (!(typeof v35 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(v0 === "2.0")) return false;
  }
  {
    const v1 = x.routeKey;
    if (v1 === void 0) return false;
    if (!(v1 === "$default")) return false;
  }
  {
    const v2 = x.rawPath;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.rawQueryString;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.cookies;
    if (v4 !== void 0) {
      if (!Array.isArray(v4)) return false;
      for (let v6 = 0; v6 < v4.length; v6++) {
        const v5 = v4[v6];
        if (!(typeof v5 === "string")) return false;
      }
    }
  }
  {
    const v7 = x.headers;
    if (v7 === void 0) return false;
    if (!d_HttpHeaders(v7)) return false;
  }
  {
    const v10 = x.queryStringParameters;
    if (v10 !== void 0) {
      if (!d_StringMap(v10)) return false;
    }
  }
  {
    const v13 = x.pathParameters;
    if (v13 !== void 0) {
      if (!(v13 === null)) return false;
    }
  }
  {
    const v14 = x.stageVariables;
    if (v14 !== void 0) {
      if (!(v14 === null)) return false;
    }
  }
  {
    const v15 = x.requestContext;
    if (v15 === void 0) return false;
    if (!d_LambdaFunctionUrlRequestContext(v15)) return false;
  }
  {
    const v41 = x.body;
    if (v41 !== void 0) {
      if (!(typeof v41 === "string")) return false;
    }
  }
  {
    const v42 = x.isBase64Encoded;
    if (v42 === void 0) return false;
    if (!(typeof v42 === "boolean")) return false;
  }
  return true;
}

// generator/runtime/ajv/checked.ts
function checked(check2, report) {
  function validate2(value) {
    if (check2(value)) {
      validate2.errors = null;
      return true;
    }
    const valid = report(value);
    validate2.errors = valid ? null : report.errors ?? null;
    return valid;
  }
  validate2.errors = null;
  return validate2;
}

// generator/runtime/pointer.ts
var unescapeToken = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
var tokens = (pointer) => pointer.split("/").slice(1).map(unescapeToken);

// generator/runtime/standard.ts
function withStandardSchema(validate2, id) {
  Object.defineProperty(validate2, "id", { enumerable: false, value: id });
  Object.defineProperty(validate2, "~standard", {
    enumerable: false,
    value: {
      version: 1,
      vendor: "lambda-event-registry",
      validate(value) {
        if (validate2(value)) return { value };
        return {
          issues: (validate2.errors ?? []).map((e) => ({
            message: `${e.instancePath || "/"} ${e.message ?? "is invalid"}`,
            path: tokens(e.instancePath)
          }))
        };
      }
    }
  });
  return validate2;
}

// lambda.function-url.entry.ts
var validate = withStandardSchema(checked(check, lambda_function_url_standalone_default), "lambda.function-url");
export {
  validate as default,
  validate
};
