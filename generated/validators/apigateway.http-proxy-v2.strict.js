// Generated from schemas/apigateway/http-proxy-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.http-proxy-v2.strict.standalone.js
var apigateway_http_proxy_v2_strict_standalone_default = validate21;
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
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.clientCertPem === void 0 && (missing0 = "clientCertPem") || data.subjectDN === void 0 && (missing0 = "subjectDN") || data.issuerDN === void 0 && (missing0 = "issuerDN") || data.serialNumber === void 0 && (missing0 = "serialNumber") || data.validity === void 0 && (missing0 = "validity")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.clientCertPem !== void 0) {
          const _errs1 = errors;
          if (typeof data.clientCertPem !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/clientCertPem", schemaPath: "#/properties/clientCertPem/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.subjectDN !== void 0) {
            const _errs3 = errors;
            if (typeof data.subjectDN !== "string") {
              validate30.errors = [{ instancePath: instancePath + "/subjectDN", schemaPath: "#/properties/subjectDN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.issuerDN !== void 0) {
              const _errs5 = errors;
              if (typeof data.issuerDN !== "string") {
                validate30.errors = [{ instancePath: instancePath + "/issuerDN", schemaPath: "#/properties/issuerDN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.serialNumber !== void 0) {
                const _errs7 = errors;
                if (typeof data.serialNumber !== "string") {
                  validate30.errors = [{ instancePath: instancePath + "/serialNumber", schemaPath: "#/properties/serialNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.validity !== void 0) {
                  let data4 = data.validity;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                      let missing1;
                      if (data4.notBefore === void 0 && (missing1 = "notBefore") || data4.notAfter === void 0 && (missing1 = "notAfter")) {
                        validate30.errors = [{ instancePath: instancePath + "/validity", schemaPath: "#/properties/validity/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data4.notBefore !== void 0) {
                          const _errs11 = errors;
                          if (typeof data4.notBefore !== "string") {
                            validate30.errors = [{ instancePath: instancePath + "/validity/notBefore", schemaPath: "#/properties/validity/properties/notBefore/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid1 = _errs11 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data4.notAfter !== void 0) {
                            const _errs13 = errors;
                            if (typeof data4.notAfter !== "string") {
                              validate30.errors = [{ instancePath: instancePath + "/validity/notAfter", schemaPath: "#/properties/validity/properties/notAfter/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid1 = _errs13 === errors;
                          } else {
                            var valid1 = true;
                          }
                        }
                      }
                    } else {
                      validate30.errors = [{ instancePath: instancePath + "/validity", schemaPath: "#/properties/validity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
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
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.clientCert === void 0 && (missing0 = "clientCert")) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.clientCert !== void 0) {
          if (!validate30(data.clientCert, { instancePath: instancePath + "/clientCert", parentData: data, parentDataProperty: "clientCert", rootData })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var schema12 = { "type": "object", "properties": { "jwt": { "$ref": "#/$defs/ApiGatewayHttpV2JwtAuthorizer" }, "lambda": { "type": ["object", "null"], "additionalProperties": true }, "iam": { "$ref": "#/$defs/ApiGatewayHttpV2IamAuthorizer" } } };
var schema13 = { "type": "object", "required": ["claims"], "properties": { "claims": { "type": "object", "additionalProperties": true }, "scopes": { "type": ["array", "null"], "items": { "type": "string" } } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.claims === void 0 && (missing0 = "claims")) {
        validate34.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.claims !== void 0) {
          let data0 = data.claims;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            } else {
              validate34.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.scopes !== void 0) {
            let data1 = data.scopes;
            const _errs4 = errors;
            if (!Array.isArray(data1) && data1 !== null) {
              validate34.errors = [{ instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/type", keyword: "type", params: { type: schema13.properties.scopes.type }, message: "must be array,null" }];
              return false;
            }
            if (errors === _errs4) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs6 = errors;
                  if (typeof data1[i0] !== "string") {
                    validate34.errors = [{ instancePath: instancePath + "/scopes/" + i0, schemaPath: "#/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid1 = _errs6 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
var schema14 = { "type": "object", "required": ["accessKey", "accountId", "callerId", "userArn", "userId"], "properties": { "accessKey": { "type": "string" }, "accountId": { "type": "string" }, "callerId": { "type": "string" }, "cognitoIdentity": { "anyOf": [{ "$ref": "#/$defs/ApiGatewayHttpV2CognitoIdentity" }, { "type": "null" }] }, "principalOrgId": { "type": ["string", "null"] }, "userArn": { "$ref": "#/$defs/Arn" }, "userId": { "type": "string" } } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.amr === void 0 && (missing0 = "amr") || data.identityId === void 0 && (missing0 = "identityId") || data.identityPoolId === void 0 && (missing0 = "identityPoolId")) {
        validate37.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.amr !== void 0) {
          let data0 = data.amr;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs3 = errors;
                if (typeof data0[i0] !== "string") {
                  validate37.errors = [{ instancePath: instancePath + "/amr/" + i0, schemaPath: "#/properties/amr/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate37.errors = [{ instancePath: instancePath + "/amr", schemaPath: "#/properties/amr/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.identityId !== void 0) {
            const _errs5 = errors;
            if (typeof data.identityId !== "string") {
              validate37.errors = [{ instancePath: instancePath + "/identityId", schemaPath: "#/properties/identityId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.identityPoolId !== void 0) {
              const _errs7 = errors;
              if (typeof data.identityPoolId !== "string") {
                validate37.errors = [{ instancePath: instancePath + "/identityPoolId", schemaPath: "#/properties/identityPoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
var pattern0 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate39.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
        return false;
      }
    } else {
      validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accessKey === void 0 && (missing0 = "accessKey") || data.accountId === void 0 && (missing0 = "accountId") || data.callerId === void 0 && (missing0 = "callerId") || data.userArn === void 0 && (missing0 = "userArn") || data.userId === void 0 && (missing0 = "userId")) {
        validate36.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accessKey !== void 0) {
          const _errs1 = errors;
          if (typeof data.accessKey !== "string") {
            validate36.errors = [{ instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate36.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate36.errors = [{ instancePath: instancePath + "/callerId", schemaPath: "#/properties/callerId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.cognitoIdentity !== void 0) {
                let data3 = data.cognitoIdentity;
                const _errs7 = errors;
                const _errs8 = errors;
                let valid1 = false;
                const _errs9 = errors;
                if (!validate37(data3, { instancePath: instancePath + "/cognitoIdentity", parentData: data, parentDataProperty: "cognitoIdentity", rootData })) {
                  vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                  errors = vErrors.length;
                }
                var _valid0 = _errs9 === errors;
                valid1 = valid1 || _valid0;
                if (!valid1) {
                  const _errs10 = errors;
                  if (data3 !== null) {
                    const err0 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/properties/cognitoIdentity/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
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
                  const err1 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/properties/cognitoIdentity/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                  validate36.errors = vErrors;
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
                if (data.principalOrgId !== void 0) {
                  let data4 = data.principalOrgId;
                  const _errs12 = errors;
                  if (typeof data4 !== "string" && data4 !== null) {
                    validate36.errors = [{ instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema14.properties.principalOrgId.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.userArn !== void 0) {
                    const _errs14 = errors;
                    if (!validate39(data.userArn, { instancePath: instancePath + "/userArn", parentData: data, parentDataProperty: "userArn", rootData })) {
                      vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.userId !== void 0) {
                      const _errs15 = errors;
                      if (typeof data.userId !== "string") {
                        validate36.errors = [{ instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
        }
      }
    } else {
      validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.jwt !== void 0) {
        const _errs1 = errors;
        if (!validate34(data.jwt, { instancePath: instancePath + "/jwt", parentData: data, parentDataProperty: "jwt", rootData })) {
          vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.lambda !== void 0) {
          let data1 = data.lambda;
          const _errs2 = errors;
          if (!(data1 && typeof data1 == "object" && !Array.isArray(data1)) && data1 !== null) {
            validate33.errors = [{ instancePath: instancePath + "/lambda", schemaPath: "#/properties/lambda/type", keyword: "type", params: { type: schema12.properties.lambda.type }, message: "must be object,null" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.iam !== void 0) {
            const _errs5 = errors;
            if (!validate36(data.iam, { instancePath: instancePath + "/iam", parentData: data, parentDataProperty: "iam", rootData })) {
              vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
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
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.method === void 0 && (missing0 = "method") || data.path === void 0 && (missing0 = "path") || data.protocol === void 0 && (missing0 = "protocol") || data.sourceIp === void 0 && (missing0 = "sourceIp") || data.userAgent === void 0 && (missing0 = "userAgent")) {
        validate43.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.method !== void 0) {
          const _errs1 = errors;
          if (typeof data.method !== "string") {
            validate43.errors = [{ instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate43.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate43.errors = [{ instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate43.errors = [{ instancePath: instancePath + "/sourceIp", schemaPath: "#/properties/sourceIp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate43.errors = [{ instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate43.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate45.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
    return false;
  }
  if (errors === 0) {
    if (typeof data == "number" && isFinite(data)) {
      if (data < 0 || isNaN(data)) {
        validate45.errors = [{ instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
        return false;
      }
    }
  }
  validate45.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accountId === void 0 && (missing0 = "accountId") || data.apiId === void 0 && (missing0 = "apiId") || data.domainName === void 0 && (missing0 = "domainName") || data.domainPrefix === void 0 && (missing0 = "domainPrefix") || data.http === void 0 && (missing0 = "http") || data.requestId === void 0 && (missing0 = "requestId") || data.routeKey === void 0 && (missing0 = "routeKey") || data.stage === void 0 && (missing0 = "stage") || data.time === void 0 && (missing0 = "time") || data.timeEpoch === void 0 && (missing0 = "timeEpoch")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accountId !== void 0) {
          const _errs1 = errors;
          if (typeof data.accountId !== "string") {
            validate28.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate28.errors = [{ instancePath: instancePath + "/apiId", schemaPath: "#/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.authentication !== void 0) {
              const _errs5 = errors;
              if (!validate29(data.authentication, { instancePath: instancePath + "/authentication", parentData: data, parentDataProperty: "authentication", rootData })) {
                vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.authorizer !== void 0) {
                const _errs6 = errors;
                if (!validate33(data.authorizer, { instancePath: instancePath + "/authorizer", parentData: data, parentDataProperty: "authorizer", rootData })) {
                  vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.domainName !== void 0) {
                  const _errs7 = errors;
                  if (typeof data.domainName !== "string") {
                    validate28.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.domainPrefix !== void 0) {
                    const _errs9 = errors;
                    if (typeof data.domainPrefix !== "string") {
                      validate28.errors = [{ instancePath: instancePath + "/domainPrefix", schemaPath: "#/properties/domainPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.http !== void 0) {
                      const _errs11 = errors;
                      if (!validate43(data.http, { instancePath: instancePath + "/http", parentData: data, parentDataProperty: "http", rootData })) {
                        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.requestId !== void 0) {
                        const _errs12 = errors;
                        if (typeof data.requestId !== "string") {
                          validate28.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.routeKey !== void 0) {
                          const _errs14 = errors;
                          if (typeof data.routeKey !== "string") {
                            validate28.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.stage !== void 0) {
                            const _errs16 = errors;
                            if (typeof data.stage !== "string") {
                              validate28.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs16 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.time !== void 0) {
                              const _errs18 = errors;
                              if (typeof data.time !== "string") {
                                validate28.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs18 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.timeEpoch !== void 0) {
                                const _errs20 = errors;
                                if (!validate45(data.timeEpoch, { instancePath: instancePath + "/timeEpoch", parentData: data, parentDataProperty: "timeEpoch", rootData })) {
                                  vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
                                  errors = vErrors.length;
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
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
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
            if (typeof data.routeKey !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.rawPath !== void 0) {
              const _errs4 = errors;
              if (typeof data.rawPath !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/rawPath", schemaPath: "#/properties/rawPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.rawQueryString !== void 0) {
                const _errs6 = errors;
                if (typeof data.rawQueryString !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/rawQueryString", schemaPath: "#/properties/rawQueryString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.cookies !== void 0) {
                  let data4 = data.cookies;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (Array.isArray(data4)) {
                      var valid1 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs10 = errors;
                        if (typeof data4[i0] !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/cookies/" + i0, schemaPath: "#/properties/cookies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs10 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/cookies", schemaPath: "#/properties/cookies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.headers !== void 0) {
                    const _errs12 = errors;
                    if (!validate22(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData })) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.queryStringParameters !== void 0) {
                      const _errs13 = errors;
                      if (!validate24(data.queryStringParameters, { instancePath: instancePath + "/queryStringParameters", parentData: data, parentDataProperty: "queryStringParameters", rootData })) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.pathParameters !== void 0) {
                        const _errs14 = errors;
                        if (!validate24(data.pathParameters, { instancePath: instancePath + "/pathParameters", parentData: data, parentDataProperty: "pathParameters", rootData })) {
                          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.stageVariables !== void 0) {
                          const _errs15 = errors;
                          if (!validate24(data.stageVariables, { instancePath: instancePath + "/stageVariables", parentData: data, parentDataProperty: "stageVariables", rootData })) {
                            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.requestContext !== void 0) {
                            const _errs16 = errors;
                            if (!validate28(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData })) {
                              vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs16 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.body !== void 0) {
                              const _errs17 = errors;
                              if (typeof data.body !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs17 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.isBase64Encoded !== void 0) {
                                const _errs19 = errors;
                                if (typeof data.isBase64Encoded !== "boolean") {
                                  validate21.errors = [{ instancePath: instancePath + "/isBase64Encoded", schemaPath: "#/properties/isBase64Encoded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                  return false;
                                }
                                var valid0 = _errs19 === errors;
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

// check:apigateway.http-proxy-v2.strict.check.js
function p0(s) {
  let i = 0;
  let c;
  c = s.charCodeAt(i);
  if (!(c === 97)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 114)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 110)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 58)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 97)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 119)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 115)) return false;
  i++;
  {
    const start = i;
    while (i < s.length) {
      c = s.charCodeAt(i);
      if (!(c >= 97 && c <= 122 || c === 45)) break;
      i++;
    }
  }
  c = s.charCodeAt(i);
  if (!(c === 58)) return false;
  i++;
  return true;
}
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
function d_ApiGatewayHttpV2RequestContext(x) {
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
      if (!d_ApiGatewayHttpV2Authentication(v18)) return false;
    }
  }
  {
    const v27 = x.authorizer;
    if (v27 !== void 0) {
      if (!d_ApiGatewayHttpV2Authorizer(v27)) return false;
    }
  }
  {
    const v47 = x.domainName;
    if (v47 === void 0) return false;
    if (!(typeof v47 === "string")) return false;
  }
  {
    const v48 = x.domainPrefix;
    if (v48 === void 0) return false;
    if (!(typeof v48 === "string")) return false;
  }
  {
    const v49 = x.http;
    if (v49 === void 0) return false;
    if (!d_ApiGatewayHttpV2RequestContextHttp(v49)) return false;
  }
  {
    const v55 = x.requestId;
    if (v55 === void 0) return false;
    if (!(typeof v55 === "string")) return false;
  }
  {
    const v56 = x.routeKey;
    if (v56 === void 0) return false;
    if (!(typeof v56 === "string")) return false;
  }
  {
    const v57 = x.stage;
    if (v57 === void 0) return false;
    if (!(typeof v57 === "string")) return false;
  }
  {
    const v58 = x.time;
    if (v58 === void 0) return false;
    if (!(typeof v58 === "string")) return false;
  }
  {
    const v59 = x.timeEpoch;
    if (v59 === void 0) return false;
    if (!(typeof v59 === "number" && !(v59 % 1) && !isNaN(v59) && isFinite(v59) && v59 >= 0)) return false;
  }
  return true;
}
function d_ApiGatewayHttpV2Authentication(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v19 = x.clientCert;
    if (v19 === void 0) return false;
    if (!d_ApiGatewayClientCert(v19)) return false;
  }
  return true;
}
function d_ApiGatewayClientCert(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v20 = x.clientCertPem;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  {
    const v21 = x.subjectDN;
    if (v21 === void 0) return false;
    if (!(typeof v21 === "string")) return false;
  }
  {
    const v22 = x.issuerDN;
    if (v22 === void 0) return false;
    if (!(typeof v22 === "string")) return false;
  }
  {
    const v23 = x.serialNumber;
    if (v23 === void 0) return false;
    if (!(typeof v23 === "string")) return false;
  }
  {
    const v24 = x.validity;
    if (v24 === void 0) return false;
    if (!(v24 !== null && typeof v24 === "object" && !Array.isArray(v24))) return false;
    {
      const v25 = v24.notBefore;
      if (v25 === void 0) return false;
      if (!(typeof v25 === "string")) return false;
    }
    {
      const v26 = v24.notAfter;
      if (v26 === void 0) return false;
      if (!(typeof v26 === "string")) return false;
    }
  }
  return true;
}
function d_ApiGatewayHttpV2Authorizer(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v28 = x.jwt;
    if (v28 !== void 0) {
      if (!d_ApiGatewayHttpV2JwtAuthorizer(v28)) return false;
    }
  }
  {
    const v33 = x.lambda;
    if (v33 !== void 0) {
      if (!(v33 !== null && typeof v33 === "object" && !Array.isArray(v33) || v33 === null)) return false;
    }
  }
  {
    const v34 = x.iam;
    if (v34 !== void 0) {
      if (!d_ApiGatewayHttpV2IamAuthorizer(v34)) return false;
    }
  }
  return true;
}
function d_ApiGatewayHttpV2JwtAuthorizer(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v29 = x.claims;
    if (v29 === void 0) return false;
    if (!(v29 !== null && typeof v29 === "object" && !Array.isArray(v29))) return false;
  }
  {
    const v30 = x.scopes;
    if (v30 !== void 0) {
      if (!(Array.isArray(v30) || v30 === null)) return false;
      if (Array.isArray(v30)) {
        for (let v32 = 0; v32 < v30.length; v32++) {
          const v31 = v30[v32];
          if (!(typeof v31 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function d_ApiGatewayHttpV2IamAuthorizer(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v35 = x.accessKey;
    if (v35 === void 0) return false;
    if (!(typeof v35 === "string")) return false;
  }
  {
    const v36 = x.accountId;
    if (v36 === void 0) return false;
    if (!(typeof v36 === "string")) return false;
  }
  {
    const v37 = x.callerId;
    if (v37 === void 0) return false;
    if (!(typeof v37 === "string")) return false;
  }
  {
    const v38 = x.cognitoIdentity;
    if (v38 !== void 0) {
      if (!(d_ApiGatewayHttpV2CognitoIdentity(v38) || v38 === null)) return false;
    }
  }
  {
    const v44 = x.principalOrgId;
    if (v44 !== void 0) {
      if (!(typeof v44 === "string" || v44 === null)) return false;
    }
  }
  {
    const v45 = x.userArn;
    if (v45 === void 0) return false;
    if (!(typeof v45 === "string" && p0(v45))) return false;
  }
  {
    const v46 = x.userId;
    if (v46 === void 0) return false;
    if (!(typeof v46 === "string")) return false;
  }
  return true;
}
function d_ApiGatewayHttpV2CognitoIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v39 = x.amr;
    if (v39 === void 0) return false;
    if (!Array.isArray(v39)) return false;
    for (let v41 = 0; v41 < v39.length; v41++) {
      const v40 = v39[v41];
      if (!(typeof v40 === "string")) return false;
    }
  }
  {
    const v42 = x.identityId;
    if (v42 === void 0) return false;
    if (!(typeof v42 === "string")) return false;
  }
  {
    const v43 = x.identityPoolId;
    if (v43 === void 0) return false;
    if (!(typeof v43 === "string")) return false;
  }
  return true;
}
function d_ApiGatewayHttpV2RequestContextHttp(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v50 = x.method;
    if (v50 === void 0) return false;
    if (!(typeof v50 === "string")) return false;
  }
  {
    const v51 = x.path;
    if (v51 === void 0) return false;
    if (!(typeof v51 === "string")) return false;
  }
  {
    const v52 = x.protocol;
    if (v52 === void 0) return false;
    if (!(typeof v52 === "string")) return false;
  }
  {
    const v53 = x.sourceIp;
    if (v53 === void 0) return false;
    if (!(typeof v53 === "string")) return false;
  }
  {
    const v54 = x.userAgent;
    if (v54 === void 0) return false;
    if (!(typeof v54 === "string")) return false;
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
    if (!(typeof v1 === "string")) return false;
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
      if (!d_StringMap(v13)) return false;
    }
  }
  {
    const v14 = x.stageVariables;
    if (v14 !== void 0) {
      if (!d_StringMap(v14)) return false;
    }
  }
  {
    const v15 = x.requestContext;
    if (v15 === void 0) return false;
    if (!d_ApiGatewayHttpV2RequestContext(v15)) return false;
  }
  {
    const v60 = x.body;
    if (v60 !== void 0) {
      if (!(typeof v60 === "string")) return false;
    }
  }
  {
    const v61 = x.isBase64Encoded;
    if (v61 === void 0) return false;
    if (!(typeof v61 === "boolean")) return false;
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

// apigateway.http-proxy-v2.strict.entry.ts
var validate = withStandardSchema(checked(check, apigateway_http_proxy_v2_strict_standalone_default), "apigateway.http-proxy-v2");
export {
  validate as default,
  validate
};
