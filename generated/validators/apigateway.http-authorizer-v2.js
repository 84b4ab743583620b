// Generated from schemas/apigateway/http-authorizer-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.http-authorizer-v2.standalone.js
var apigateway_http_authorizer_v2_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:apigateway.http-authorizer-v2", "type": "object", "required": ["version", "type", "routeArn", "routeKey", "rawPath", "rawQueryString", "headers", "requestContext"], "properties": { "version": { "const": "2.0" }, "type": { "const": "REQUEST" }, "routeArn": { "$ref": "#/$defs/Arn" }, "identitySource": { "type": ["array", "null"], "items": { "type": "string" } }, "routeKey": { "type": "string" }, "rawPath": { "type": "string" }, "rawQueryString": { "type": "string" }, "cookies": { "type": "array", "items": { "type": "string" } }, "headers": { "$ref": "#/$defs/HttpHeaders" }, "queryStringParameters": { "$ref": "#/$defs/StringMap" }, "pathParameters": { "$ref": "#/$defs/StringMap" }, "stageVariables": { "$ref": "#/$defs/StringMap" }, "requestContext": { "$ref": "#/$defs/ApiGatewayHttpV2RequestContext" } }, "$defs": { "ApiGatewayClientCert": { "type": "object", "required": ["clientCertPem", "subjectDN", "issuerDN", "serialNumber", "validity"], "properties": { "clientCertPem": { "type": "string" }, "subjectDN": { "type": "string" }, "issuerDN": { "type": "string" }, "serialNumber": { "type": "string" }, "validity": { "type": "object", "required": ["notBefore", "notAfter"], "properties": { "notBefore": { "type": "string" }, "notAfter": { "type": "string" } } } } }, "ApiGatewayHttpV2Authentication": { "type": "object", "required": ["clientCert"], "properties": { "clientCert": { "$ref": "#/$defs/ApiGatewayClientCert" } } }, "ApiGatewayHttpV2Authorizer": { "type": "object", "properties": { "jwt": { "$ref": "#/$defs/ApiGatewayHttpV2JwtAuthorizer" }, "lambda": { "type": ["object", "null"], "additionalProperties": true }, "iam": { "$ref": "#/$defs/ApiGatewayHttpV2IamAuthorizer" } } }, "ApiGatewayHttpV2CognitoIdentity": { "type": "object", "required": ["amr", "identityId", "identityPoolId"], "properties": { "amr": { "type": "array", "items": { "type": "string" } }, "identityId": { "type": "string" }, "identityPoolId": { "type": "string" } } }, "ApiGatewayHttpV2IamAuthorizer": { "type": "object", "required": ["accessKey", "accountId", "callerId", "userArn", "userId"], "properties": { "accessKey": { "type": "string" }, "accountId": { "type": "string" }, "callerId": { "type": "string" }, "cognitoIdentity": { "anyOf": [{ "$ref": "#/$defs/ApiGatewayHttpV2CognitoIdentity" }, { "type": "null" }] }, "principalOrgId": { "type": ["string", "null"] }, "userArn": { "$ref": "#/$defs/Arn" }, "userId": { "type": "string" } } }, "ApiGatewayHttpV2JwtAuthorizer": { "type": "object", "required": ["claims"], "properties": { "claims": { "type": "object", "additionalProperties": true }, "scopes": { "type": ["array", "null"], "items": { "type": "string" } } } }, "ApiGatewayHttpV2RequestContext": { "type": "object", "required": ["accountId", "apiId", "domainName", "domainPrefix", "http", "requestId", "routeKey", "stage", "time", "timeEpoch"], "properties": { "accountId": { "type": "string" }, "apiId": { "type": "string" }, "authentication": { "$ref": "#/$defs/ApiGatewayHttpV2Authentication" }, "authorizer": { "$ref": "#/$defs/ApiGatewayHttpV2Authorizer" }, "domainName": { "type": "string" }, "domainPrefix": { "type": "string" }, "http": { "$ref": "#/$defs/ApiGatewayHttpV2RequestContextHttp" }, "requestId": { "type": "string" }, "routeKey": { "type": "string" }, "stage": { "type": "string" }, "time": { "type": "string" }, "timeEpoch": { "$ref": "#/$defs/EpochMillis" } } }, "ApiGatewayHttpV2RequestContextHttp": { "type": "object", "required": ["method", "path", "protocol", "sourceIp", "userAgent"], "properties": { "method": { "type": "string" }, "path": { "type": "string" }, "protocol": { "type": "string" }, "sourceIp": { "type": "string" }, "userAgent": { "type": "string" } } }, "Arn": { "type": "string" }, "EpochMillis": { "type": "integer" }, "HttpHeaders": { "type": "object", "additionalProperties": { "type": "string" } }, "StringMap": { "type": "object", "additionalProperties": { "type": "string" } } } };
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
      if (data.clientCert === void 0 && (missing0 = "clientCert")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.clientCert !== void 0) {
          let data0 = data.clientCert;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.clientCertPem === void 0 && (missing1 = "clientCertPem") || data0.subjectDN === void 0 && (missing1 = "subjectDN") || data0.issuerDN === void 0 && (missing1 = "issuerDN") || data0.serialNumber === void 0 && (missing1 = "serialNumber") || data0.validity === void 0 && (missing1 = "validity")) {
                validate22.errors = [{ instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.clientCertPem !== void 0) {
                  const _errs4 = errors;
                  if (typeof data0.clientCertPem !== "string") {
                    validate22.errors = [{ instancePath: instancePath + "/clientCert/clientCertPem", schemaPath: "#/$defs/ApiGatewayClientCert/properties/clientCertPem/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.subjectDN !== void 0) {
                    const _errs6 = errors;
                    if (typeof data0.subjectDN !== "string") {
                      validate22.errors = [{ instancePath: instancePath + "/clientCert/subjectDN", schemaPath: "#/$defs/ApiGatewayClientCert/properties/subjectDN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs6 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.issuerDN !== void 0) {
                      const _errs8 = errors;
                      if (typeof data0.issuerDN !== "string") {
                        validate22.errors = [{ instancePath: instancePath + "/clientCert/issuerDN", schemaPath: "#/$defs/ApiGatewayClientCert/properties/issuerDN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs8 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.serialNumber !== void 0) {
                        const _errs10 = errors;
                        if (typeof data0.serialNumber !== "string") {
                          validate22.errors = [{ instancePath: instancePath + "/clientCert/serialNumber", schemaPath: "#/$defs/ApiGatewayClientCert/properties/serialNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs10 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data0.validity !== void 0) {
                          let data5 = data0.validity;
                          const _errs12 = errors;
                          if (errors === _errs12) {
                            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                              let missing2;
                              if (data5.notBefore === void 0 && (missing2 = "notBefore") || data5.notAfter === void 0 && (missing2 = "notAfter")) {
                                validate22.errors = [{ instancePath: instancePath + "/clientCert/validity", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                return false;
                              } else {
                                if (data5.notBefore !== void 0) {
                                  const _errs14 = errors;
                                  if (typeof data5.notBefore !== "string") {
                                    validate22.errors = [{ instancePath: instancePath + "/clientCert/validity/notBefore", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/properties/notBefore/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs14 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data5.notAfter !== void 0) {
                                    const _errs16 = errors;
                                    if (typeof data5.notAfter !== "string") {
                                      validate22.errors = [{ instancePath: instancePath + "/clientCert/validity/notAfter", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/properties/notAfter/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid3 = _errs16 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                }
                              }
                            } else {
                              validate22.errors = [{ instancePath: instancePath + "/clientCert/validity", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid2 = _errs12 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  }
                }
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
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
validate22.evaluated = { "props": { "clientCert": true }, "dynamicProps": false, "dynamicItems": false };
var schema40 = { "type": "object", "properties": { "jwt": { "$ref": "#/$defs/ApiGatewayHttpV2JwtAuthorizer" }, "lambda": { "type": ["object", "null"], "additionalProperties": true }, "iam": { "$ref": "#/$defs/ApiGatewayHttpV2IamAuthorizer" } } };
var schema41 = { "type": "object", "required": ["claims"], "properties": { "claims": { "type": "object", "additionalProperties": true }, "scopes": { "type": ["array", "null"], "items": { "type": "string" } } } };
var schema42 = { "type": "object", "required": ["accessKey", "accountId", "callerId", "userArn", "userId"], "properties": { "accessKey": { "type": "string" }, "accountId": { "type": "string" }, "callerId": { "type": "string" }, "cognitoIdentity": { "anyOf": [{ "$ref": "#/$defs/ApiGatewayHttpV2CognitoIdentity" }, { "type": "null" }] }, "principalOrgId": { "type": ["string", "null"] }, "userArn": { "$ref": "#/$defs/Arn" }, "userId": { "type": "string" } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accessKey === void 0 && (missing0 = "accessKey") || data.accountId === void 0 && (missing0 = "accountId") || data.callerId === void 0 && (missing0 = "callerId") || data.userArn === void 0 && (missing0 = "userArn") || data.userId === void 0 && (missing0 = "userId")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accessKey !== void 0) {
          const _errs1 = errors;
          if (typeof data.accessKey !== "string") {
            validate25.errors = [{ instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate25.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate25.errors = [{ instancePath: instancePath + "/callerId", schemaPath: "#/properties/callerId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    let missing1;
                    if (data3.amr === void 0 && (missing1 = "amr") || data3.identityId === void 0 && (missing1 = "identityId") || data3.identityPoolId === void 0 && (missing1 = "identityPoolId")) {
                      const err0 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                      if (vErrors === null) {
                        vErrors = [err0];
                      } else {
                        vErrors.push(err0);
                      }
                      errors++;
                    } else {
                      if (data3.amr !== void 0) {
                        let data4 = data3.amr;
                        const _errs12 = errors;
                        if (errors === _errs12) {
                          if (Array.isArray(data4)) {
                            var valid4 = true;
                            const len0 = data4.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs14 = errors;
                              if (typeof data4[i0] !== "string") {
                                const err1 = { instancePath: instancePath + "/cognitoIdentity/amr/" + i0, schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/properties/amr/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err1];
                                } else {
                                  vErrors.push(err1);
                                }
                                errors++;
                              }
                              var valid4 = _errs14 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                          } else {
                            const err2 = { instancePath: instancePath + "/cognitoIdentity/amr", schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/properties/amr/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                          }
                        }
                        var valid3 = _errs12 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data3.identityId !== void 0) {
                          const _errs16 = errors;
                          if (typeof data3.identityId !== "string") {
                            const err3 = { instancePath: instancePath + "/cognitoIdentity/identityId", schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/properties/identityId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                          }
                          var valid3 = _errs16 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data3.identityPoolId !== void 0) {
                            const _errs18 = errors;
                            if (typeof data3.identityPoolId !== "string") {
                              const err4 = { instancePath: instancePath + "/cognitoIdentity/identityPoolId", schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/properties/identityPoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err4];
                              } else {
                                vErrors.push(err4);
                              }
                              errors++;
                            }
                            var valid3 = _errs18 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  } else {
                    const err5 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs9 === errors;
                valid1 = valid1 || _valid0;
                if (_valid0) {
                  var props0 = {};
                  props0.amr = true;
                  props0.identityId = true;
                  props0.identityPoolId = true;
                }
                const _errs20 = errors;
                if (data3 !== null) {
                  const err6 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/properties/cognitoIdentity/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                var _valid0 = _errs20 === errors;
                valid1 = valid1 || _valid0;
                if (!valid1) {
                  const err7 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/properties/cognitoIdentity/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                  validate25.errors = vErrors;
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
                  let data8 = data.principalOrgId;
                  const _errs22 = errors;
                  if (typeof data8 !== "string" && data8 !== null) {
                    validate25.errors = [{ instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema42.properties.principalOrgId.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid0 = _errs22 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.userArn !== void 0) {
                    const _errs24 = errors;
                    if (typeof data.userArn !== "string") {
                      validate25.errors = [{ instancePath: instancePath + "/userArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs24 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.userId !== void 0) {
                      const _errs27 = errors;
                      if (typeof data.userId !== "string") {
                        validate25.errors = [{ instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs27 === errors;
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
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "accessKey": true, "accountId": true, "callerId": true, "cognitoIdentity": true, "principalOrgId": true, "userArn": true, "userId": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.jwt !== void 0) {
        let data0 = data.jwt;
        const _errs1 = errors;
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing0;
            if (data0.claims === void 0 && (missing0 = "claims")) {
              validate24.errors = [{ instancePath: instancePath + "/jwt", schemaPath: "#/$defs/ApiGatewayHttpV2JwtAuthorizer/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
              return false;
            } else {
              if (data0.claims !== void 0) {
                let data1 = data0.claims;
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  } else {
                    validate24.errors = [{ instancePath: instancePath + "/jwt/claims", schemaPath: "#/$defs/ApiGatewayHttpV2JwtAuthorizer/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid2 = _errs4 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data0.scopes !== void 0) {
                  let data2 = data0.scopes;
                  const _errs7 = errors;
                  if (!Array.isArray(data2) && data2 !== null) {
                    validate24.errors = [{ instancePath: instancePath + "/jwt/scopes", schemaPath: "#/$defs/ApiGatewayHttpV2JwtAuthorizer/properties/scopes/type", keyword: "type", params: { type: schema41.properties.scopes.type }, message: "must be array,null" }];
                    return false;
                  }
                  if (errors === _errs7) {
                    if (Array.isArray(data2)) {
                      var valid3 = true;
                      const len0 = data2.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs9 = errors;
                        if (typeof data2[i0] !== "string") {
                          validate24.errors = [{ instancePath: instancePath + "/jwt/scopes/" + i0, schemaPath: "#/$defs/ApiGatewayHttpV2JwtAuthorizer/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs9 === errors;
                        if (!valid3) {
                          break;
                        }
                      }
                    }
                  }
                  var valid2 = _errs7 === errors;
                } else {
                  var valid2 = true;
                }
              }
            }
          } else {
            validate24.errors = [{ instancePath: instancePath + "/jwt", schemaPath: "#/$defs/ApiGatewayHttpV2JwtAuthorizer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.lambda !== void 0) {
          let data4 = data.lambda;
          const _errs11 = errors;
          if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
            validate24.errors = [{ instancePath: instancePath + "/lambda", schemaPath: "#/properties/lambda/type", keyword: "type", params: { type: schema40.properties.lambda.type }, message: "must be object,null" }];
            return false;
          }
          var valid0 = _errs11 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.iam !== void 0) {
            const _errs14 = errors;
            if (!validate25(data.iam, { instancePath: instancePath + "/iam", parentData: data, parentDataProperty: "iam", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs14 === errors;
          } else {
            var valid0 = true;
          }
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
validate24.evaluated = { "props": { "jwt": true, "lambda": true, "iam": true }, "dynamicProps": false, "dynamicItems": false };
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
              if (!validate22(data.authentication, { instancePath: instancePath + "/authentication", parentData: data, parentDataProperty: "authentication", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.authorizer !== void 0) {
                const _errs6 = errors;
                if (!validate24(data.authorizer, { instancePath: instancePath + "/authorizer", parentData: data, parentDataProperty: "authorizer", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
                    validate21.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate21.errors = [{ instancePath: instancePath + "/domainPrefix", schemaPath: "#/properties/domainPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.http !== void 0) {
                      let data6 = data.http;
                      const _errs11 = errors;
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          let missing1;
                          if (data6.method === void 0 && (missing1 = "method") || data6.path === void 0 && (missing1 = "path") || data6.protocol === void 0 && (missing1 = "protocol") || data6.sourceIp === void 0 && (missing1 = "sourceIp") || data6.userAgent === void 0 && (missing1 = "userAgent")) {
                            validate21.errors = [{ instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data6.method !== void 0) {
                              const _errs14 = errors;
                              if (typeof data6.method !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/http/method", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid2 = _errs14 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data6.path !== void 0) {
                                const _errs16 = errors;
                                if (typeof data6.path !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/http/path", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs16 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data6.protocol !== void 0) {
                                  const _errs18 = errors;
                                  if (typeof data6.protocol !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/http/protocol", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs18 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data6.sourceIp !== void 0) {
                                    const _errs20 = errors;
                                    if (typeof data6.sourceIp !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/http/sourceIp", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/sourceIp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs20 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data6.userAgent !== void 0) {
                                      const _errs22 = errors;
                                      if (typeof data6.userAgent !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/http/userAgent", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid2 = _errs22 === errors;
                                    } else {
                                      var valid2 = true;
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
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.requestId !== void 0) {
                        const _errs24 = errors;
                        if (typeof data.requestId !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs24 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.routeKey !== void 0) {
                          const _errs26 = errors;
                          if (typeof data.routeKey !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs26 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.stage !== void 0) {
                            const _errs28 = errors;
                            if (typeof data.stage !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs28 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.time !== void 0) {
                              const _errs30 = errors;
                              if (typeof data.time !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs30 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.timeEpoch !== void 0) {
                                let data16 = data.timeEpoch;
                                const _errs32 = errors;
                                if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                                  validate21.errors = [{ instancePath: instancePath + "/timeEpoch", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                var valid0 = _errs32 === errors;
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
      if (data.version === void 0 && (missing0 = "version") || data.type === void 0 && (missing0 = "type") || data.routeArn === void 0 && (missing0 = "routeArn") || data.routeKey === void 0 && (missing0 = "routeKey") || data.rawPath === void 0 && (missing0 = "rawPath") || data.rawQueryString === void 0 && (missing0 = "rawQueryString") || data.headers === void 0 && (missing0 = "headers") || data.requestContext === void 0 && (missing0 = "requestContext")) {
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
          if (data.type !== void 0) {
            const _errs2 = errors;
            if ("REQUEST" !== data.type) {
              validate20.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "REQUEST" }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.routeArn !== void 0) {
              const _errs3 = errors;
              if (typeof data.routeArn !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/routeArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.identitySource !== void 0) {
                let data3 = data.identitySource;
                const _errs6 = errors;
                if (!Array.isArray(data3) && data3 !== null) {
                  validate20.errors = [{ instancePath: instancePath + "/identitySource", schemaPath: "#/properties/identitySource/type", keyword: "type", params: { type: schema31.properties.identitySource.type }, message: "must be array,null" }];
                  return false;
                }
                if (errors === _errs6) {
                  if (Array.isArray(data3)) {
                    var valid2 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs8 = errors;
                      if (typeof data3[i0] !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/identitySource/" + i0, schemaPath: "#/properties/identitySource/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs8 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.routeKey !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.routeKey !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.rawPath !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.rawPath !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/rawPath", schemaPath: "#/properties/rawPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.rawQueryString !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.rawQueryString !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/rawQueryString", schemaPath: "#/properties/rawQueryString/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.cookies !== void 0) {
                        let data8 = data.cookies;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (Array.isArray(data8)) {
                            var valid3 = true;
                            const len1 = data8.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              const _errs18 = errors;
                              if (typeof data8[i1] !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/cookies/" + i1, schemaPath: "#/properties/cookies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs18 === errors;
                              if (!valid3) {
                                break;
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/cookies", schemaPath: "#/properties/cookies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.headers !== void 0) {
                          let data10 = data.headers;
                          const _errs20 = errors;
                          const _errs21 = errors;
                          if (errors === _errs21) {
                            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                              for (const key0 in data10) {
                                const _errs24 = errors;
                                if (typeof data10[key0] !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid5 = _errs24 === errors;
                                if (!valid5) {
                                  break;
                                }
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/$defs/HttpHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.queryStringParameters !== void 0) {
                            let data12 = data.queryStringParameters;
                            const _errs26 = errors;
                            const _errs27 = errors;
                            if (errors === _errs27) {
                              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                for (const key1 in data12) {
                                  const _errs30 = errors;
                                  if (typeof data12[key1] !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/queryStringParameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid7 = _errs30 === errors;
                                  if (!valid7) {
                                    break;
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/queryStringParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs26 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.pathParameters !== void 0) {
                              let data14 = data.pathParameters;
                              const _errs32 = errors;
                              const _errs33 = errors;
                              if (errors === _errs33) {
                                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                  for (const key2 in data14) {
                                    const _errs36 = errors;
                                    if (typeof data14[key2] !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/pathParameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid9 = _errs36 === errors;
                                    if (!valid9) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/pathParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs32 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.stageVariables !== void 0) {
                                let data16 = data.stageVariables;
                                const _errs38 = errors;
                                const _errs39 = errors;
                                if (errors === _errs39) {
                                  if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                    for (const key3 in data16) {
                                      const _errs42 = errors;
                                      if (typeof data16[key3] !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/stageVariables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid11 = _errs42 === errors;
                                      if (!valid11) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/stageVariables", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs38 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.requestContext !== void 0) {
                                  const _errs44 = errors;
                                  if (!validate21(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData, dynamicAnchors })) {
                                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs44 === errors;
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "type": true, "routeArn": true, "identitySource": true, "routeKey": true, "rawPath": true, "rawQueryString": true, "cookies": true, "headers": true, "queryStringParameters": true, "pathParameters": true, "stageVariables": true, "requestContext": true }, "dynamicProps": false, "dynamicItems": false };

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

// apigateway.http-authorizer-v2.entry.ts
withStandardSchema(apigateway_http_authorizer_v2_standalone_default, "apigateway.http-authorizer-v2");
export {
  apigateway_http_authorizer_v2_standalone_default as default,
  apigateway_http_authorizer_v2_standalone_default as validate
};
