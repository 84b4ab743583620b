// Generated from schemas/apigateway/http-authorizer-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.http-authorizer-v2.standalone.js
var apigateway_http_authorizer_v2_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:apigateway.http-authorizer-v2", "type": "object", "required": ["version", "type", "routeArn", "routeKey", "rawPath", "rawQueryString", "headers", "requestContext"], "properties": { "version": { "const": "2.0" }, "type": { "const": "REQUEST" }, "routeArn": { "$ref": "#/$defs/Arn" }, "identitySource": { "type": ["array", "null"], "items": { "type": "string" } }, "routeKey": { "type": "string" }, "rawPath": { "type": "string" }, "rawQueryString": { "type": "string" }, "cookies": { "type": "array", "items": { "type": "string" } }, "headers": { "$ref": "#/$defs/HttpHeaders" }, "queryStringParameters": { "$ref": "#/$defs/StringMap" }, "pathParameters": { "$ref": "#/$defs/StringMap" }, "stageVariables": { "$ref": "#/$defs/StringMap" }, "requestContext": { "$ref": "#/$defs/ApiGatewayHttpV2RequestContext" } }, "$defs": { "ApiGatewayClientCert": { "type": "object", "required": ["clientCertPem", "subjectDN", "issuerDN", "serialNumber", "validity"], "properties": { "clientCertPem": { "type": "string" }, "subjectDN": { "type": "string" }, "issuerDN": { "type": "string" }, "serialNumber": { "type": "string" }, "validity": { "type": "object", "required": ["notBefore", "notAfter"], "properties": { "notBefore": { "type": "string" }, "notAfter": { "type": "string" } } } } }, "ApiGatewayHttpV2Authentication": { "type": "object", "required": ["clientCert"], "properties": { "clientCert": { "$ref": "#/$defs/ApiGatewayClientCert" } } }, "ApiGatewayHttpV2Authorizer": { "type": "object", "properties": { "jwt": { "$ref": "#/$defs/ApiGatewayHttpV2JwtAuthorizer" }, "lambda": { "type": ["object", "null"], "additionalProperties": true }, "iam": { "$ref": "#/$defs/ApiGatewayHttpV2IamAuthorizer" } } }, "ApiGatewayHttpV2CognitoIdentity": { "type": "object", "required": ["amr", "identityId", "identityPoolId"], "properties": { "amr": { "type": "array", "items": { "type": "string" } }, "identityId": { "type": "string" }, "identityPoolId": { "type": "string" } } }, "ApiGatewayHttpV2IamAuthorizer": { "type": "object", "required": ["accessKey", "accountId", "callerId", "userArn", "userId"], "properties": { "accessKey": { "type": "string" }, "accountId": { "type": "string" }, "callerId": { "type": "string" }, "cognitoIdentity": { "anyOf": [{ "$ref": "#/$defs/ApiGatewayHttpV2CognitoIdentity" }, { "type": "null" }] }, "principalOrgId": { "type": ["string", "null"] }, "userArn": { "$ref": "#/$defs/Arn" }, "userId": { "type": "string" } } }, "ApiGatewayHttpV2JwtAuthorizer": { "type": "object", "required": ["claims"], "properties": { "claims": { "type": "object", "additionalProperties": true }, "scopes": { "type": ["array", "null"], "items": { "type": "string" } } } }, "ApiGatewayHttpV2RequestContext": { "type": "object", "required": ["accountId", "apiId", "domainName", "domainPrefix", "http", "requestId", "routeKey", "stage", "time", "timeEpoch"], "properties": { "accountId": { "type": "string" }, "apiId": { "type": "string" }, "authentication": { "$ref": "#/$defs/ApiGatewayHttpV2Authentication" }, "authorizer": { "$ref": "#/$defs/ApiGatewayHttpV2Authorizer" }, "domainName": { "type": "string" }, "domainPrefix": { "type": "string" }, "http": { "$ref": "#/$defs/ApiGatewayHttpV2RequestContextHttp" }, "requestId": { "type": "string" }, "routeKey": { "type": "string" }, "stage": { "type": "string" }, "time": { "type": "string" }, "timeEpoch": { "$ref": "#/$defs/EpochMillis" } } }, "ApiGatewayHttpV2RequestContextHttp": { "type": "object", "required": ["method", "path", "protocol", "sourceIp", "userAgent"], "properties": { "method": { "type": "string" }, "path": { "type": "string" }, "protocol": { "type": "string" }, "sourceIp": { "type": "string" }, "userAgent": { "type": "string" } } }, "Arn": { "type": "string" }, "EpochMillis": { "type": "integer" }, "HttpHeaders": { "type": "object", "additionalProperties": { "type": "string" } }, "StringMap": { "type": "object", "additionalProperties": { "type": "string" } } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
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
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate26.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.clientCertPem === void 0 && (missing0 = "clientCertPem") || data.subjectDN === void 0 && (missing0 = "subjectDN") || data.issuerDN === void 0 && (missing0 = "issuerDN") || data.serialNumber === void 0 && (missing0 = "serialNumber") || data.validity === void 0 && (missing0 = "validity")) {
        validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.clientCertPem !== void 0) {
          const _errs1 = errors;
          if (typeof data.clientCertPem !== "string") {
            validate32.errors = [{ instancePath: instancePath + "/clientCertPem", schemaPath: "#/properties/clientCertPem/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate32.errors = [{ instancePath: instancePath + "/subjectDN", schemaPath: "#/properties/subjectDN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate32.errors = [{ instancePath: instancePath + "/issuerDN", schemaPath: "#/properties/issuerDN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate32.errors = [{ instancePath: instancePath + "/serialNumber", schemaPath: "#/properties/serialNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate32.errors = [{ instancePath: instancePath + "/validity", schemaPath: "#/properties/validity/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data4.notBefore !== void 0) {
                          const _errs11 = errors;
                          if (typeof data4.notBefore !== "string") {
                            validate32.errors = [{ instancePath: instancePath + "/validity/notBefore", schemaPath: "#/properties/validity/properties/notBefore/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate32.errors = [{ instancePath: instancePath + "/validity/notAfter", schemaPath: "#/properties/validity/properties/notAfter/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid1 = _errs13 === errors;
                          } else {
                            var valid1 = true;
                          }
                        }
                      }
                    } else {
                      validate32.errors = [{ instancePath: instancePath + "/validity", schemaPath: "#/properties/validity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.clientCert === void 0 && (missing0 = "clientCert")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.clientCert !== void 0) {
          if (!validate32(data.clientCert, { instancePath: instancePath + "/clientCert", parentData: data, parentDataProperty: "clientCert", rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
var schema13 = { "type": "object", "properties": { "jwt": { "$ref": "#/$defs/ApiGatewayHttpV2JwtAuthorizer" }, "lambda": { "type": ["object", "null"], "additionalProperties": true }, "iam": { "$ref": "#/$defs/ApiGatewayHttpV2IamAuthorizer" } } };
var schema14 = { "type": "object", "required": ["claims"], "properties": { "claims": { "type": "object", "additionalProperties": true }, "scopes": { "type": ["array", "null"], "items": { "type": "string" } } } };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.claims === void 0 && (missing0 = "claims")) {
        validate36.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.claims !== void 0) {
          let data0 = data.claims;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            } else {
              validate36.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
              validate36.errors = [{ instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/type", keyword: "type", params: { type: schema14.properties.scopes.type }, message: "must be array,null" }];
              return false;
            }
            if (errors === _errs4) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs6 = errors;
                  if (typeof data1[i0] !== "string") {
                    validate36.errors = [{ instancePath: instancePath + "/scopes/" + i0, schemaPath: "#/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
var schema15 = { "type": "object", "required": ["accessKey", "accountId", "callerId", "userArn", "userId"], "properties": { "accessKey": { "type": "string" }, "accountId": { "type": "string" }, "callerId": { "type": "string" }, "cognitoIdentity": { "anyOf": [{ "$ref": "#/$defs/ApiGatewayHttpV2CognitoIdentity" }, { "type": "null" }] }, "principalOrgId": { "type": ["string", "null"] }, "userArn": { "$ref": "#/$defs/Arn" }, "userId": { "type": "string" } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.amr === void 0 && (missing0 = "amr") || data.identityId === void 0 && (missing0 = "identityId") || data.identityPoolId === void 0 && (missing0 = "identityPoolId")) {
        validate39.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
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
                  validate39.errors = [{ instancePath: instancePath + "/amr/" + i0, schemaPath: "#/properties/amr/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate39.errors = [{ instancePath: instancePath + "/amr", schemaPath: "#/properties/amr/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
              validate39.errors = [{ instancePath: instancePath + "/identityId", schemaPath: "#/properties/identityId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate39.errors = [{ instancePath: instancePath + "/identityPoolId", schemaPath: "#/properties/identityPoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accessKey === void 0 && (missing0 = "accessKey") || data.accountId === void 0 && (missing0 = "accountId") || data.callerId === void 0 && (missing0 = "callerId") || data.userArn === void 0 && (missing0 = "userArn") || data.userId === void 0 && (missing0 = "userId")) {
        validate38.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accessKey !== void 0) {
          const _errs1 = errors;
          if (typeof data.accessKey !== "string") {
            validate38.errors = [{ instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate38.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate38.errors = [{ instancePath: instancePath + "/callerId", schemaPath: "#/properties/callerId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                if (!validate39(data3, { instancePath: instancePath + "/cognitoIdentity", parentData: data, parentDataProperty: "cognitoIdentity", rootData })) {
                  vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
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
                  validate38.errors = vErrors;
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
                    validate38.errors = [{ instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema15.properties.principalOrgId.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.userArn !== void 0) {
                    const _errs14 = errors;
                    if (!validate22(data.userArn, { instancePath: instancePath + "/userArn", parentData: data, parentDataProperty: "userArn", rootData })) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
                        validate38.errors = [{ instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.jwt !== void 0) {
        const _errs1 = errors;
        if (!validate36(data.jwt, { instancePath: instancePath + "/jwt", parentData: data, parentDataProperty: "jwt", rootData })) {
          vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
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
            validate35.errors = [{ instancePath: instancePath + "/lambda", schemaPath: "#/properties/lambda/type", keyword: "type", params: { type: schema13.properties.lambda.type }, message: "must be object,null" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.iam !== void 0) {
            const _errs5 = errors;
            if (!validate38(data.iam, { instancePath: instancePath + "/iam", parentData: data, parentDataProperty: "iam", rootData })) {
              vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.method === void 0 && (missing0 = "method") || data.path === void 0 && (missing0 = "path") || data.protocol === void 0 && (missing0 = "protocol") || data.sourceIp === void 0 && (missing0 = "sourceIp") || data.userAgent === void 0 && (missing0 = "userAgent")) {
        validate44.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.method !== void 0) {
          const _errs1 = errors;
          if (typeof data.method !== "string") {
            validate44.errors = [{ instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate44.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate44.errors = [{ instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate44.errors = [{ instancePath: instancePath + "/sourceIp", schemaPath: "#/properties/sourceIp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate44.errors = [{ instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate46.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
    return false;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accountId === void 0 && (missing0 = "accountId") || data.apiId === void 0 && (missing0 = "apiId") || data.domainName === void 0 && (missing0 = "domainName") || data.domainPrefix === void 0 && (missing0 = "domainPrefix") || data.http === void 0 && (missing0 = "http") || data.requestId === void 0 && (missing0 = "requestId") || data.routeKey === void 0 && (missing0 = "routeKey") || data.stage === void 0 && (missing0 = "stage") || data.time === void 0 && (missing0 = "time") || data.timeEpoch === void 0 && (missing0 = "timeEpoch")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accountId !== void 0) {
          const _errs1 = errors;
          if (typeof data.accountId !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate30.errors = [{ instancePath: instancePath + "/apiId", schemaPath: "#/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.authentication !== void 0) {
              const _errs5 = errors;
              if (!validate31(data.authentication, { instancePath: instancePath + "/authentication", parentData: data, parentDataProperty: "authentication", rootData })) {
                vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.authorizer !== void 0) {
                const _errs6 = errors;
                if (!validate35(data.authorizer, { instancePath: instancePath + "/authorizer", parentData: data, parentDataProperty: "authorizer", rootData })) {
                  vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
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
                    validate30.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate30.errors = [{ instancePath: instancePath + "/domainPrefix", schemaPath: "#/properties/domainPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.http !== void 0) {
                      const _errs11 = errors;
                      if (!validate44(data.http, { instancePath: instancePath + "/http", parentData: data, parentDataProperty: "http", rootData })) {
                        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
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
                          validate30.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            validate30.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate30.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate30.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs18 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.timeEpoch !== void 0) {
                                const _errs20 = errors;
                                if (!validate46(data.timeEpoch, { instancePath: instancePath + "/timeEpoch", parentData: data, parentDataProperty: "timeEpoch", rootData })) {
                                  vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
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
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.type === void 0 && (missing0 = "type") || data.routeArn === void 0 && (missing0 = "routeArn") || data.routeKey === void 0 && (missing0 = "routeKey") || data.rawPath === void 0 && (missing0 = "rawPath") || data.rawQueryString === void 0 && (missing0 = "rawQueryString") || data.headers === void 0 && (missing0 = "headers") || data.requestContext === void 0 && (missing0 = "requestContext")) {
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
          if (data.type !== void 0) {
            const _errs2 = errors;
            if ("REQUEST" !== data.type) {
              validate21.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "REQUEST" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.routeArn !== void 0) {
              const _errs3 = errors;
              if (!validate22(data.routeArn, { instancePath: instancePath + "/routeArn", parentData: data, parentDataProperty: "routeArn", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.identitySource !== void 0) {
                let data3 = data.identitySource;
                const _errs4 = errors;
                if (!Array.isArray(data3) && data3 !== null) {
                  validate21.errors = [{ instancePath: instancePath + "/identitySource", schemaPath: "#/properties/identitySource/type", keyword: "type", params: { type: schema6.properties.identitySource.type }, message: "must be array,null" }];
                  return false;
                }
                if (errors === _errs4) {
                  if (Array.isArray(data3)) {
                    var valid1 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs6 = errors;
                      if (typeof data3[i0] !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/identitySource/" + i0, schemaPath: "#/properties/identitySource/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              if (valid0) {
                if (data.routeKey !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.routeKey !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.rawPath !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.rawPath !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/rawPath", schemaPath: "#/properties/rawPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.rawQueryString !== void 0) {
                      const _errs12 = errors;
                      if (typeof data.rawQueryString !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/rawQueryString", schemaPath: "#/properties/rawQueryString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.cookies !== void 0) {
                        let data8 = data.cookies;
                        const _errs14 = errors;
                        if (errors === _errs14) {
                          if (Array.isArray(data8)) {
                            var valid2 = true;
                            const len1 = data8.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              const _errs16 = errors;
                              if (typeof data8[i1] !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/cookies/" + i1, schemaPath: "#/properties/cookies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid2 = _errs16 === errors;
                              if (!valid2) {
                                break;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/cookies", schemaPath: "#/properties/cookies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.headers !== void 0) {
                          const _errs18 = errors;
                          if (!validate24(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData })) {
                            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.queryStringParameters !== void 0) {
                            const _errs19 = errors;
                            if (!validate26(data.queryStringParameters, { instancePath: instancePath + "/queryStringParameters", parentData: data, parentDataProperty: "queryStringParameters", rootData })) {
                              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs19 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.pathParameters !== void 0) {
                              const _errs20 = errors;
                              if (!validate26(data.pathParameters, { instancePath: instancePath + "/pathParameters", parentData: data, parentDataProperty: "pathParameters", rootData })) {
                                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                                errors = vErrors.length;
                              }
                              var valid0 = _errs20 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.stageVariables !== void 0) {
                                const _errs21 = errors;
                                if (!validate26(data.stageVariables, { instancePath: instancePath + "/stageVariables", parentData: data, parentDataProperty: "stageVariables", rootData })) {
                                  vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs21 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.requestContext !== void 0) {
                                  const _errs22 = errors;
                                  if (!validate30(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData })) {
                                    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs22 === errors;
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
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:apigateway.http-authorizer-v2.check.js
function d_HttpHeaders(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v13 in x) {
    const v14 = x[v13];
    if (!(typeof v14 === "string")) return false;
  }
  return true;
}
function d_StringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v16 in x) {
    const v17 = x[v16];
    if (!(typeof v17 === "string")) return false;
  }
  return true;
}
function d_ApiGatewayHttpV2RequestContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v21 = x.accountId;
    if (v21 === void 0) return false;
    if (!(typeof v21 === "string")) return false;
  }
  {
    const v22 = x.apiId;
    if (v22 === void 0) return false;
    if (!(typeof v22 === "string")) return false;
  }
  {
    const v23 = x.authentication;
    if (v23 !== void 0) {
      if (!d_ApiGatewayHttpV2Authentication(v23)) return false;
    }
  }
  {
    const v32 = x.authorizer;
    if (v32 !== void 0) {
      if (!d_ApiGatewayHttpV2Authorizer(v32)) return false;
    }
  }
  {
    const v52 = x.domainName;
    if (v52 === void 0) return false;
    if (!(typeof v52 === "string")) return false;
  }
  {
    const v53 = x.domainPrefix;
    if (v53 === void 0) return false;
    if (!(typeof v53 === "string")) return false;
  }
  {
    const v54 = x.http;
    if (v54 === void 0) return false;
    if (!d_ApiGatewayHttpV2RequestContextHttp(v54)) return false;
  }
  {
    const v60 = x.requestId;
    if (v60 === void 0) return false;
    if (!(typeof v60 === "string")) return false;
  }
  {
    const v61 = x.routeKey;
    if (v61 === void 0) return false;
    if (!(typeof v61 === "string")) return false;
  }
  {
    const v62 = x.stage;
    if (v62 === void 0) return false;
    if (!(typeof v62 === "string")) return false;
  }
  {
    const v63 = x.time;
    if (v63 === void 0) return false;
    if (!(typeof v63 === "string")) return false;
  }
  {
    const v64 = x.timeEpoch;
    if (v64 === void 0) return false;
    if (!(typeof v64 === "number" && !(v64 % 1) && !isNaN(v64) && isFinite(v64))) return false;
  }
  return true;
}
function d_ApiGatewayHttpV2Authentication(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v24 = x.clientCert;
    if (v24 === void 0) return false;
    if (!d_ApiGatewayClientCert(v24)) return false;
  }
  return true;
}
function d_ApiGatewayClientCert(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v25 = x.clientCertPem;
    if (v25 === void 0) return false;
    if (!(typeof v25 === "string")) return false;
  }
  {
    const v26 = x.subjectDN;
    if (v26 === void 0) return false;
    if (!(typeof v26 === "string")) return false;
  }
  {
    const v27 = x.issuerDN;
    if (v27 === void 0) return false;
    if (!(typeof v27 === "string")) return false;
  }
  {
    const v28 = x.serialNumber;
    if (v28 === void 0) return false;
    if (!(typeof v28 === "string")) return false;
  }
  {
    const v29 = x.validity;
    if (v29 === void 0) return false;
    if (!(v29 !== null && typeof v29 === "object" && !Array.isArray(v29))) return false;
    {
      const v30 = v29.notBefore;
      if (v30 === void 0) return false;
      if (!(typeof v30 === "string")) return false;
    }
    {
      const v31 = v29.notAfter;
      if (v31 === void 0) return false;
      if (!(typeof v31 === "string")) return false;
    }
  }
  return true;
}
function d_ApiGatewayHttpV2Authorizer(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v33 = x.jwt;
    if (v33 !== void 0) {
      if (!d_ApiGatewayHttpV2JwtAuthorizer(v33)) return false;
    }
  }
  {
    const v38 = x.lambda;
    if (v38 !== void 0) {
      if (!(v38 !== null && typeof v38 === "object" && !Array.isArray(v38) || v38 === null)) return false;
    }
  }
  {
    const v39 = x.iam;
    if (v39 !== void 0) {
      if (!d_ApiGatewayHttpV2IamAuthorizer(v39)) return false;
    }
  }
  return true;
}
function d_ApiGatewayHttpV2JwtAuthorizer(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v34 = x.claims;
    if (v34 === void 0) return false;
    if (!(v34 !== null && typeof v34 === "object" && !Array.isArray(v34))) return false;
  }
  {
    const v35 = x.scopes;
    if (v35 !== void 0) {
      if (!(Array.isArray(v35) || v35 === null)) return false;
      if (Array.isArray(v35)) {
        for (let v37 = 0; v37 < v35.length; v37++) {
          const v36 = v35[v37];
          if (!(typeof v36 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function d_ApiGatewayHttpV2IamAuthorizer(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v40 = x.accessKey;
    if (v40 === void 0) return false;
    if (!(typeof v40 === "string")) return false;
  }
  {
    const v41 = x.accountId;
    if (v41 === void 0) return false;
    if (!(typeof v41 === "string")) return false;
  }
  {
    const v42 = x.callerId;
    if (v42 === void 0) return false;
    if (!(typeof v42 === "string")) return false;
  }
  {
    const v43 = x.cognitoIdentity;
    if (v43 !== void 0) {
      if (!(d_ApiGatewayHttpV2CognitoIdentity(v43) || v43 === null)) return false;
    }
  }
  {
    const v49 = x.principalOrgId;
    if (v49 !== void 0) {
      if (!(typeof v49 === "string" || v49 === null)) return false;
    }
  }
  {
    const v50 = x.userArn;
    if (v50 === void 0) return false;
    if (!(typeof v50 === "string")) return false;
  }
  {
    const v51 = x.userId;
    if (v51 === void 0) return false;
    if (!(typeof v51 === "string")) return false;
  }
  return true;
}
function d_ApiGatewayHttpV2CognitoIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v44 = x.amr;
    if (v44 === void 0) return false;
    if (!Array.isArray(v44)) return false;
    for (let v46 = 0; v46 < v44.length; v46++) {
      const v45 = v44[v46];
      if (!(typeof v45 === "string")) return false;
    }
  }
  {
    const v47 = x.identityId;
    if (v47 === void 0) return false;
    if (!(typeof v47 === "string")) return false;
  }
  {
    const v48 = x.identityPoolId;
    if (v48 === void 0) return false;
    if (!(typeof v48 === "string")) return false;
  }
  return true;
}
function d_ApiGatewayHttpV2RequestContextHttp(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v55 = x.method;
    if (v55 === void 0) return false;
    if (!(typeof v55 === "string")) return false;
  }
  {
    const v56 = x.path;
    if (v56 === void 0) return false;
    if (!(typeof v56 === "string")) return false;
  }
  {
    const v57 = x.protocol;
    if (v57 === void 0) return false;
    if (!(typeof v57 === "string")) return false;
  }
  {
    const v58 = x.sourceIp;
    if (v58 === void 0) return false;
    if (!(typeof v58 === "string")) return false;
  }
  {
    const v59 = x.userAgent;
    if (v59 === void 0) return false;
    if (!(typeof v59 === "string")) return false;
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
    const v1 = x.type;
    if (v1 === void 0) return false;
    if (!(v1 === "REQUEST")) return false;
  }
  {
    const v2 = x.routeArn;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.identitySource;
    if (v3 !== void 0) {
      if (!(Array.isArray(v3) || v3 === null)) return false;
      if (Array.isArray(v3)) {
        for (let v5 = 0; v5 < v3.length; v5++) {
          const v4 = v3[v5];
          if (!(typeof v4 === "string")) return false;
        }
      }
    }
  }
  {
    const v6 = x.routeKey;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.rawPath;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.rawQueryString;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.cookies;
    if (v9 !== void 0) {
      if (!Array.isArray(v9)) return false;
      for (let v11 = 0; v11 < v9.length; v11++) {
        const v10 = v9[v11];
        if (!(typeof v10 === "string")) return false;
      }
    }
  }
  {
    const v12 = x.headers;
    if (v12 === void 0) return false;
    if (!d_HttpHeaders(v12)) return false;
  }
  {
    const v15 = x.queryStringParameters;
    if (v15 !== void 0) {
      if (!d_StringMap(v15)) return false;
    }
  }
  {
    const v18 = x.pathParameters;
    if (v18 !== void 0) {
      if (!d_StringMap(v18)) return false;
    }
  }
  {
    const v19 = x.stageVariables;
    if (v19 !== void 0) {
      if (!d_StringMap(v19)) return false;
    }
  }
  {
    const v20 = x.requestContext;
    if (v20 === void 0) return false;
    if (!d_ApiGatewayHttpV2RequestContext(v20)) return false;
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

// apigateway.http-authorizer-v2.entry.ts
var validate = withStandardSchema(checked(check, apigateway_http_authorizer_v2_standalone_default), "apigateway.http-authorizer-v2");
export {
  validate as default,
  validate
};
