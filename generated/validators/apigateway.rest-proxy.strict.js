// Generated from schemas/apigateway/rest-proxy.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.rest-proxy.strict.standalone.js
var apigateway_rest_proxy_strict_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:apigateway.rest-proxy", "type": "object", "required": ["resource", "path", "httpMethod", "headers", "multiValueHeaders", "queryStringParameters", "multiValueQueryStringParameters", "pathParameters", "stageVariables", "requestContext", "body"], "properties": { "resource": { "type": "string" }, "path": { "type": "string" }, "httpMethod": { "type": "string" }, "headers": { "anyOf": [{ "$ref": "#/$defs/HttpHeaders" }, { "type": "null" }] }, "multiValueHeaders": { "anyOf": [{ "$ref": "#/$defs/HttpMultiValueHeaders" }, { "type": "null" }] }, "queryStringParameters": { "anyOf": [{ "$ref": "#/$defs/StringMap" }, { "type": "null" }] }, "multiValueQueryStringParameters": { "anyOf": [{ "$ref": "#/$defs/MultiValueStringMap" }, { "type": "null" }] }, "pathParameters": { "anyOf": [{ "$ref": "#/$defs/StringMap" }, { "type": "null" }] }, "stageVariables": { "anyOf": [{ "$ref": "#/$defs/StringMap" }, { "type": "null" }] }, "requestContext": { "$ref": "#/$defs/ApiGatewayRestRequestContext" }, "body": { "type": ["string", "null"] }, "isBase64Encoded": { "type": "boolean" } }, "$defs": { "ApiGatewayClientCert": { "type": "object", "required": ["clientCertPem", "subjectDN", "issuerDN", "serialNumber", "validity"], "properties": { "clientCertPem": { "type": "string" }, "subjectDN": { "type": "string" }, "issuerDN": { "type": "string" }, "serialNumber": { "type": "string" }, "validity": { "type": "object", "required": ["notBefore", "notAfter"], "properties": { "notBefore": { "type": "string" }, "notAfter": { "type": "string" } } } } }, "ApiGatewayRequestIdentity": { "type": "object", "required": ["sourceIp"], "properties": { "sourceIp": { "type": "string" }, "userAgent": { "type": ["string", "null"] }, "accessKey": { "type": ["string", "null"] }, "accountId": { "type": ["string", "null"] }, "caller": { "type": ["string", "null"] }, "user": { "type": ["string", "null"] }, "userArn": { "type": ["string", "null"] }, "principalOrgId": { "type": ["string", "null"] }, "apiKey": { "type": ["string", "null"] }, "apiKeyId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoAuthenticationType": { "type": ["string", "null"] }, "cognitoAuthenticationProvider": { "type": ["string", "null"] }, "vpcId": { "type": "string" }, "vpceId": { "type": "string" }, "clientCert": { "anyOf": [{ "$ref": "#/$defs/ApiGatewayClientCert" }, { "type": "null" }] } } }, "ApiGatewayRestAuthorizer": { "type": "object", "properties": { "principalId": { "type": "string" }, "integrationLatency": { "type": "number" }, "claims": { "type": ["object", "null"], "additionalProperties": true }, "scopes": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": true }, "ApiGatewayRestRequestContext": { "type": "object", "required": ["accountId", "apiId", "resourceId", "resourcePath", "httpMethod", "stage", "requestId", "identity", "path", "protocol", "requestTime", "requestTimeEpoch"], "properties": { "accountId": { "type": "string" }, "apiId": { "type": "string" }, "resourceId": { "type": "string" }, "resourcePath": { "type": "string" }, "httpMethod": { "type": "string" }, "stage": { "type": "string" }, "requestId": { "type": "string" }, "extendedRequestId": { "type": "string" }, "identity": { "$ref": "#/$defs/ApiGatewayRequestIdentity" }, "authorizer": { "$ref": "#/$defs/ApiGatewayRestAuthorizer" }, "path": { "type": "string" }, "protocol": { "type": "string" }, "requestTime": { "type": "string" }, "requestTimeEpoch": { "$ref": "#/$defs/EpochMillis" }, "domainName": { "type": "string" }, "domainPrefix": { "type": "string" }, "operationName": { "type": "string" }, "deploymentId": { "type": "string" } } }, "EpochMillis": { "type": "integer", "minimum": 0 }, "HttpHeaders": { "type": "object", "additionalProperties": { "type": "string" } }, "HttpMultiValueHeaders": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } }, "MultiValueStringMap": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } }, "StringMap": { "type": "object", "additionalProperties": { "type": "string" } } } };
var schema41 = { "type": "object", "properties": { "principalId": { "type": "string" }, "integrationLatency": { "type": "number" }, "claims": { "type": ["object", "null"], "additionalProperties": true }, "scopes": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": true };
var schema39 = { "type": "object", "required": ["sourceIp"], "properties": { "sourceIp": { "type": "string" }, "userAgent": { "type": ["string", "null"] }, "accessKey": { "type": ["string", "null"] }, "accountId": { "type": ["string", "null"] }, "caller": { "type": ["string", "null"] }, "user": { "type": ["string", "null"] }, "userArn": { "type": ["string", "null"] }, "principalOrgId": { "type": ["string", "null"] }, "apiKey": { "type": ["string", "null"] }, "apiKeyId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoAuthenticationType": { "type": ["string", "null"] }, "cognitoAuthenticationProvider": { "type": ["string", "null"] }, "vpcId": { "type": "string" }, "vpceId": { "type": "string" }, "clientCert": { "anyOf": [{ "$ref": "#/$defs/ApiGatewayClientCert" }, { "type": "null" }] } } };
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
      if (data.sourceIp === void 0 && (missing0 = "sourceIp")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.sourceIp !== void 0) {
          const _errs1 = errors;
          if (typeof data.sourceIp !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/sourceIp", schemaPath: "#/properties/sourceIp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.userAgent !== void 0) {
            let data1 = data.userAgent;
            const _errs3 = errors;
            if (typeof data1 !== "string" && data1 !== null) {
              validate22.errors = [{ instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: schema39.properties.userAgent.type }, message: "must be string,null" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.accessKey !== void 0) {
              let data2 = data.accessKey;
              const _errs5 = errors;
              if (typeof data2 !== "string" && data2 !== null) {
                validate22.errors = [{ instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: schema39.properties.accessKey.type }, message: "must be string,null" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.accountId !== void 0) {
                let data3 = data.accountId;
                const _errs7 = errors;
                if (typeof data3 !== "string" && data3 !== null) {
                  validate22.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: schema39.properties.accountId.type }, message: "must be string,null" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.caller !== void 0) {
                  let data4 = data.caller;
                  const _errs9 = errors;
                  if (typeof data4 !== "string" && data4 !== null) {
                    validate22.errors = [{ instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/type", keyword: "type", params: { type: schema39.properties.caller.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.user !== void 0) {
                    let data5 = data.user;
                    const _errs11 = errors;
                    if (typeof data5 !== "string" && data5 !== null) {
                      validate22.errors = [{ instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: schema39.properties.user.type }, message: "must be string,null" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.userArn !== void 0) {
                      let data6 = data.userArn;
                      const _errs13 = errors;
                      if (typeof data6 !== "string" && data6 !== null) {
                        validate22.errors = [{ instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: schema39.properties.userArn.type }, message: "must be string,null" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.principalOrgId !== void 0) {
                        let data7 = data.principalOrgId;
                        const _errs15 = errors;
                        if (typeof data7 !== "string" && data7 !== null) {
                          validate22.errors = [{ instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema39.properties.principalOrgId.type }, message: "must be string,null" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.apiKey !== void 0) {
                          let data8 = data.apiKey;
                          const _errs17 = errors;
                          if (typeof data8 !== "string" && data8 !== null) {
                            validate22.errors = [{ instancePath: instancePath + "/apiKey", schemaPath: "#/properties/apiKey/type", keyword: "type", params: { type: schema39.properties.apiKey.type }, message: "must be string,null" }];
                            return false;
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.apiKeyId !== void 0) {
                            let data9 = data.apiKeyId;
                            const _errs19 = errors;
                            if (typeof data9 !== "string" && data9 !== null) {
                              validate22.errors = [{ instancePath: instancePath + "/apiKeyId", schemaPath: "#/properties/apiKeyId/type", keyword: "type", params: { type: schema39.properties.apiKeyId.type }, message: "must be string,null" }];
                              return false;
                            }
                            var valid0 = _errs19 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.cognitoIdentityId !== void 0) {
                              let data10 = data.cognitoIdentityId;
                              const _errs21 = errors;
                              if (typeof data10 !== "string" && data10 !== null) {
                                validate22.errors = [{ instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema39.properties.cognitoIdentityId.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid0 = _errs21 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.cognitoIdentityPoolId !== void 0) {
                                let data11 = data.cognitoIdentityPoolId;
                                const _errs23 = errors;
                                if (typeof data11 !== "string" && data11 !== null) {
                                  validate22.errors = [{ instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema39.properties.cognitoIdentityPoolId.type }, message: "must be string,null" }];
                                  return false;
                                }
                                var valid0 = _errs23 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.cognitoAuthenticationType !== void 0) {
                                  let data12 = data.cognitoAuthenticationType;
                                  const _errs25 = errors;
                                  if (typeof data12 !== "string" && data12 !== null) {
                                    validate22.errors = [{ instancePath: instancePath + "/cognitoAuthenticationType", schemaPath: "#/properties/cognitoAuthenticationType/type", keyword: "type", params: { type: schema39.properties.cognitoAuthenticationType.type }, message: "must be string,null" }];
                                    return false;
                                  }
                                  var valid0 = _errs25 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.cognitoAuthenticationProvider !== void 0) {
                                    let data13 = data.cognitoAuthenticationProvider;
                                    const _errs27 = errors;
                                    if (typeof data13 !== "string" && data13 !== null) {
                                      validate22.errors = [{ instancePath: instancePath + "/cognitoAuthenticationProvider", schemaPath: "#/properties/cognitoAuthenticationProvider/type", keyword: "type", params: { type: schema39.properties.cognitoAuthenticationProvider.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    var valid0 = _errs27 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.vpcId !== void 0) {
                                      const _errs29 = errors;
                                      if (typeof data.vpcId !== "string") {
                                        validate22.errors = [{ instancePath: instancePath + "/vpcId", schemaPath: "#/properties/vpcId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs29 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.vpceId !== void 0) {
                                        const _errs31 = errors;
                                        if (typeof data.vpceId !== "string") {
                                          validate22.errors = [{ instancePath: instancePath + "/vpceId", schemaPath: "#/properties/vpceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs31 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.clientCert !== void 0) {
                                          let data16 = data.clientCert;
                                          const _errs33 = errors;
                                          const _errs34 = errors;
                                          let valid1 = false;
                                          const _errs35 = errors;
                                          const _errs36 = errors;
                                          if (errors === _errs36) {
                                            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                              let missing1;
                                              if (data16.clientCertPem === void 0 && (missing1 = "clientCertPem") || data16.subjectDN === void 0 && (missing1 = "subjectDN") || data16.issuerDN === void 0 && (missing1 = "issuerDN") || data16.serialNumber === void 0 && (missing1 = "serialNumber") || data16.validity === void 0 && (missing1 = "validity")) {
                                                const err0 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                                                if (vErrors === null) {
                                                  vErrors = [err0];
                                                } else {
                                                  vErrors.push(err0);
                                                }
                                                errors++;
                                              } else {
                                                if (data16.clientCertPem !== void 0) {
                                                  const _errs38 = errors;
                                                  if (typeof data16.clientCertPem !== "string") {
                                                    const err1 = { instancePath: instancePath + "/clientCert/clientCertPem", schemaPath: "#/$defs/ApiGatewayClientCert/properties/clientCertPem/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                      vErrors = [err1];
                                                    } else {
                                                      vErrors.push(err1);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid3 = _errs38 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                                if (valid3) {
                                                  if (data16.subjectDN !== void 0) {
                                                    const _errs40 = errors;
                                                    if (typeof data16.subjectDN !== "string") {
                                                      const err2 = { instancePath: instancePath + "/clientCert/subjectDN", schemaPath: "#/$defs/ApiGatewayClientCert/properties/subjectDN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                      if (vErrors === null) {
                                                        vErrors = [err2];
                                                      } else {
                                                        vErrors.push(err2);
                                                      }
                                                      errors++;
                                                    }
                                                    var valid3 = _errs40 === errors;
                                                  } else {
                                                    var valid3 = true;
                                                  }
                                                  if (valid3) {
                                                    if (data16.issuerDN !== void 0) {
                                                      const _errs42 = errors;
                                                      if (typeof data16.issuerDN !== "string") {
                                                        const err3 = { instancePath: instancePath + "/clientCert/issuerDN", schemaPath: "#/$defs/ApiGatewayClientCert/properties/issuerDN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                          vErrors = [err3];
                                                        } else {
                                                          vErrors.push(err3);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid3 = _errs42 === errors;
                                                    } else {
                                                      var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                      if (data16.serialNumber !== void 0) {
                                                        const _errs44 = errors;
                                                        if (typeof data16.serialNumber !== "string") {
                                                          const err4 = { instancePath: instancePath + "/clientCert/serialNumber", schemaPath: "#/$defs/ApiGatewayClientCert/properties/serialNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                          if (vErrors === null) {
                                                            vErrors = [err4];
                                                          } else {
                                                            vErrors.push(err4);
                                                          }
                                                          errors++;
                                                        }
                                                        var valid3 = _errs44 === errors;
                                                      } else {
                                                        var valid3 = true;
                                                      }
                                                      if (valid3) {
                                                        if (data16.validity !== void 0) {
                                                          let data21 = data16.validity;
                                                          const _errs46 = errors;
                                                          if (errors === _errs46) {
                                                            if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                                              let missing2;
                                                              if (data21.notBefore === void 0 && (missing2 = "notBefore") || data21.notAfter === void 0 && (missing2 = "notAfter")) {
                                                                const err5 = { instancePath: instancePath + "/clientCert/validity", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
                                                                if (vErrors === null) {
                                                                  vErrors = [err5];
                                                                } else {
                                                                  vErrors.push(err5);
                                                                }
                                                                errors++;
                                                              } else {
                                                                if (data21.notBefore !== void 0) {
                                                                  const _errs48 = errors;
                                                                  if (typeof data21.notBefore !== "string") {
                                                                    const err6 = { instancePath: instancePath + "/clientCert/validity/notBefore", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/properties/notBefore/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err6];
                                                                    } else {
                                                                      vErrors.push(err6);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var valid4 = _errs48 === errors;
                                                                } else {
                                                                  var valid4 = true;
                                                                }
                                                                if (valid4) {
                                                                  if (data21.notAfter !== void 0) {
                                                                    const _errs50 = errors;
                                                                    if (typeof data21.notAfter !== "string") {
                                                                      const err7 = { instancePath: instancePath + "/clientCert/validity/notAfter", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/properties/notAfter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err7];
                                                                      } else {
                                                                        vErrors.push(err7);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                    var valid4 = _errs50 === errors;
                                                                  } else {
                                                                    var valid4 = true;
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              const err8 = { instancePath: instancePath + "/clientCert/validity", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                              if (vErrors === null) {
                                                                vErrors = [err8];
                                                              } else {
                                                                vErrors.push(err8);
                                                              }
                                                              errors++;
                                                            }
                                                          }
                                                          var valid3 = _errs46 === errors;
                                                        } else {
                                                          var valid3 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              const err9 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                              if (vErrors === null) {
                                                vErrors = [err9];
                                              } else {
                                                vErrors.push(err9);
                                              }
                                              errors++;
                                            }
                                          }
                                          var _valid0 = _errs35 === errors;
                                          valid1 = valid1 || _valid0;
                                          if (_valid0) {
                                            var props0 = {};
                                            props0.clientCertPem = true;
                                            props0.subjectDN = true;
                                            props0.issuerDN = true;
                                            props0.serialNumber = true;
                                            props0.validity = true;
                                          }
                                          const _errs52 = errors;
                                          if (data16 !== null) {
                                            const err10 = { instancePath: instancePath + "/clientCert", schemaPath: "#/properties/clientCert/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                            if (vErrors === null) {
                                              vErrors = [err10];
                                            } else {
                                              vErrors.push(err10);
                                            }
                                            errors++;
                                          }
                                          var _valid0 = _errs52 === errors;
                                          valid1 = valid1 || _valid0;
                                          if (!valid1) {
                                            const err11 = { instancePath: instancePath + "/clientCert", schemaPath: "#/properties/clientCert/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                            if (vErrors === null) {
                                              vErrors = [err11];
                                            } else {
                                              vErrors.push(err11);
                                            }
                                            errors++;
                                            validate22.errors = vErrors;
                                            return false;
                                          } else {
                                            errors = _errs34;
                                            if (vErrors !== null) {
                                              if (_errs34) {
                                                vErrors.length = _errs34;
                                              } else {
                                                vErrors = null;
                                              }
                                            }
                                          }
                                          var valid0 = _errs33 === errors;
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
validate22.evaluated = { "props": { "sourceIp": true, "userAgent": true, "accessKey": true, "accountId": true, "caller": true, "user": true, "userArn": true, "principalOrgId": true, "apiKey": true, "apiKeyId": true, "cognitoIdentityId": true, "cognitoIdentityPoolId": true, "cognitoAuthenticationType": true, "cognitoAuthenticationProvider": true, "vpcId": true, "vpceId": true, "clientCert": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.accountId === void 0 && (missing0 = "accountId") || data.apiId === void 0 && (missing0 = "apiId") || data.resourceId === void 0 && (missing0 = "resourceId") || data.resourcePath === void 0 && (missing0 = "resourcePath") || data.httpMethod === void 0 && (missing0 = "httpMethod") || data.stage === void 0 && (missing0 = "stage") || data.requestId === void 0 && (missing0 = "requestId") || data.identity === void 0 && (missing0 = "identity") || data.path === void 0 && (missing0 = "path") || data.protocol === void 0 && (missing0 = "protocol") || data.requestTime === void 0 && (missing0 = "requestTime") || data.requestTimeEpoch === void 0 && (missing0 = "requestTimeEpoch")) {
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
            if (data.resourceId !== void 0) {
              const _errs5 = errors;
              if (typeof data.resourceId !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/resourceId", schemaPath: "#/properties/resourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.resourcePath !== void 0) {
                const _errs7 = errors;
                if (typeof data.resourcePath !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/resourcePath", schemaPath: "#/properties/resourcePath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.httpMethod !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.httpMethod !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.stage !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.stage !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.requestId !== void 0) {
                      const _errs13 = errors;
                      if (typeof data.requestId !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.extendedRequestId !== void 0) {
                        const _errs15 = errors;
                        if (typeof data.extendedRequestId !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/extendedRequestId", schemaPath: "#/properties/extendedRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.identity !== void 0) {
                          const _errs17 = errors;
                          if (!validate22(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.authorizer !== void 0) {
                            let data9 = data.authorizer;
                            const _errs18 = errors;
                            const _errs19 = errors;
                            if (errors === _errs19) {
                              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                if (data9.principalId !== void 0) {
                                  const _errs22 = errors;
                                  if (typeof data9.principalId !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/authorizer/principalId", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs22 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data9.integrationLatency !== void 0) {
                                    let data11 = data9.integrationLatency;
                                    const _errs24 = errors;
                                    if (!(typeof data11 == "number" && isFinite(data11))) {
                                      validate21.errors = [{ instancePath: instancePath + "/authorizer/integrationLatency", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/integrationLatency/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                      return false;
                                    }
                                    var valid2 = _errs24 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data9.claims !== void 0) {
                                      let data12 = data9.claims;
                                      const _errs26 = errors;
                                      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12)) && data12 !== null) {
                                        validate21.errors = [{ instancePath: instancePath + "/authorizer/claims", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/claims/type", keyword: "type", params: { type: schema41.properties.claims.type }, message: "must be object,null" }];
                                        return false;
                                      }
                                      var valid2 = _errs26 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data9.scopes !== void 0) {
                                        let data13 = data9.scopes;
                                        const _errs29 = errors;
                                        if (!Array.isArray(data13) && data13 !== null) {
                                          validate21.errors = [{ instancePath: instancePath + "/authorizer/scopes", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/scopes/type", keyword: "type", params: { type: schema41.properties.scopes.type }, message: "must be array,null" }];
                                          return false;
                                        }
                                        if (errors === _errs29) {
                                          if (Array.isArray(data13)) {
                                            var valid3 = true;
                                            const len0 = data13.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                              const _errs31 = errors;
                                              if (typeof data13[i0] !== "string") {
                                                validate21.errors = [{ instancePath: instancePath + "/authorizer/scopes/" + i0, schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid3 = _errs31 === errors;
                                              if (!valid3) {
                                                break;
                                              }
                                            }
                                          }
                                        }
                                        var valid2 = _errs29 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate21.errors = [{ instancePath: instancePath + "/authorizer", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs18 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.path !== void 0) {
                              const _errs33 = errors;
                              if (typeof data.path !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs33 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.protocol !== void 0) {
                                const _errs35 = errors;
                                if (typeof data.protocol !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid0 = _errs35 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.requestTime !== void 0) {
                                  const _errs37 = errors;
                                  if (typeof data.requestTime !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/requestTime", schemaPath: "#/properties/requestTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs37 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.requestTimeEpoch !== void 0) {
                                    let data18 = data.requestTimeEpoch;
                                    const _errs39 = errors;
                                    const _errs40 = errors;
                                    if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                                      validate21.errors = [{ instancePath: instancePath + "/requestTimeEpoch", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs40) {
                                      if (typeof data18 == "number" && isFinite(data18)) {
                                        if (data18 < 0 || isNaN(data18)) {
                                          validate21.errors = [{ instancePath: instancePath + "/requestTimeEpoch", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid0 = _errs39 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.domainName !== void 0) {
                                      const _errs42 = errors;
                                      if (typeof data.domainName !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs42 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.domainPrefix !== void 0) {
                                        const _errs44 = errors;
                                        if (typeof data.domainPrefix !== "string") {
                                          validate21.errors = [{ instancePath: instancePath + "/domainPrefix", schemaPath: "#/properties/domainPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs44 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.operationName !== void 0) {
                                          const _errs46 = errors;
                                          if (typeof data.operationName !== "string") {
                                            validate21.errors = [{ instancePath: instancePath + "/operationName", schemaPath: "#/properties/operationName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid0 = _errs46 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.deploymentId !== void 0) {
                                            const _errs48 = errors;
                                            if (typeof data.deploymentId !== "string") {
                                              validate21.errors = [{ instancePath: instancePath + "/deploymentId", schemaPath: "#/properties/deploymentId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid0 = _errs48 === errors;
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
validate21.evaluated = { "props": { "accountId": true, "apiId": true, "resourceId": true, "resourcePath": true, "httpMethod": true, "stage": true, "requestId": true, "extendedRequestId": true, "identity": true, "authorizer": true, "path": true, "protocol": true, "requestTime": true, "requestTimeEpoch": true, "domainName": true, "domainPrefix": true, "operationName": true, "deploymentId": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.resource === void 0 && (missing0 = "resource") || data.path === void 0 && (missing0 = "path") || data.httpMethod === void 0 && (missing0 = "httpMethod") || data.headers === void 0 && (missing0 = "headers") || data.multiValueHeaders === void 0 && (missing0 = "multiValueHeaders") || data.queryStringParameters === void 0 && (missing0 = "queryStringParameters") || data.multiValueQueryStringParameters === void 0 && (missing0 = "multiValueQueryStringParameters") || data.pathParameters === void 0 && (missing0 = "pathParameters") || data.stageVariables === void 0 && (missing0 = "stageVariables") || data.requestContext === void 0 && (missing0 = "requestContext") || data.body === void 0 && (missing0 = "body")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.resource !== void 0) {
          const _errs1 = errors;
          if (typeof data.resource !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate20.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.httpMethod !== void 0) {
              const _errs5 = errors;
              if (typeof data.httpMethod !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.headers !== void 0) {
                let data3 = data.headers;
                const _errs7 = errors;
                const _errs8 = errors;
                let valid1 = false;
                const _errs9 = errors;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      const _errs13 = errors;
                      if (typeof data3[key0] !== "string") {
                        const err0 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                      var valid3 = _errs13 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    const err1 = { instancePath: instancePath + "/headers", schemaPath: "#/$defs/HttpHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs9 === errors;
                valid1 = valid1 || _valid0;
                const _errs15 = errors;
                if (data3 !== null) {
                  const err2 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
                var _valid0 = _errs15 === errors;
                valid1 = valid1 || _valid0;
                if (!valid1) {
                  const err3 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                  validate20.errors = vErrors;
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
                if (data.multiValueHeaders !== void 0) {
                  let data5 = data.multiValueHeaders;
                  const _errs17 = errors;
                  const _errs18 = errors;
                  let valid4 = false;
                  const _errs19 = errors;
                  const _errs20 = errors;
                  if (errors === _errs20) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      for (const key1 in data5) {
                        let data6 = data5[key1];
                        const _errs23 = errors;
                        if (errors === _errs23) {
                          if (Array.isArray(data6)) {
                            var valid7 = true;
                            const len0 = data6.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs25 = errors;
                              if (typeof data6[i0] !== "string") {
                                const err4 = { instancePath: instancePath + "/multiValueHeaders/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err4];
                                } else {
                                  vErrors.push(err4);
                                }
                                errors++;
                              }
                              var valid7 = _errs25 === errors;
                              if (!valid7) {
                                break;
                              }
                            }
                          } else {
                            const err5 = { instancePath: instancePath + "/multiValueHeaders/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err5];
                            } else {
                              vErrors.push(err5);
                            }
                            errors++;
                          }
                        }
                        var valid6 = _errs23 === errors;
                        if (!valid6) {
                          break;
                        }
                      }
                    } else {
                      const err6 = { instancePath: instancePath + "/multiValueHeaders", schemaPath: "#/$defs/HttpMultiValueHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                  }
                  var _valid1 = _errs19 === errors;
                  valid4 = valid4 || _valid1;
                  const _errs27 = errors;
                  if (data5 !== null) {
                    const err7 = { instancePath: instancePath + "/multiValueHeaders", schemaPath: "#/properties/multiValueHeaders/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                  var _valid1 = _errs27 === errors;
                  valid4 = valid4 || _valid1;
                  if (!valid4) {
                    const err8 = { instancePath: instancePath + "/multiValueHeaders", schemaPath: "#/properties/multiValueHeaders/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                    validate20.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs18;
                    if (vErrors !== null) {
                      if (_errs18) {
                        vErrors.length = _errs18;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs17 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.queryStringParameters !== void 0) {
                    let data8 = data.queryStringParameters;
                    const _errs29 = errors;
                    const _errs30 = errors;
                    let valid8 = false;
                    const _errs31 = errors;
                    const _errs32 = errors;
                    if (errors === _errs32) {
                      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        for (const key2 in data8) {
                          const _errs35 = errors;
                          if (typeof data8[key2] !== "string") {
                            const err9 = { instancePath: instancePath + "/queryStringParameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err9];
                            } else {
                              vErrors.push(err9);
                            }
                            errors++;
                          }
                          var valid10 = _errs35 === errors;
                          if (!valid10) {
                            break;
                          }
                        }
                      } else {
                        const err10 = { instancePath: instancePath + "/queryStringParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                    }
                    var _valid2 = _errs31 === errors;
                    valid8 = valid8 || _valid2;
                    const _errs37 = errors;
                    if (data8 !== null) {
                      const err11 = { instancePath: instancePath + "/queryStringParameters", schemaPath: "#/properties/queryStringParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                    var _valid2 = _errs37 === errors;
                    valid8 = valid8 || _valid2;
                    if (!valid8) {
                      const err12 = { instancePath: instancePath + "/queryStringParameters", schemaPath: "#/properties/queryStringParameters/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                      validate20.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs30;
                      if (vErrors !== null) {
                        if (_errs30) {
                          vErrors.length = _errs30;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs29 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.multiValueQueryStringParameters !== void 0) {
                      let data10 = data.multiValueQueryStringParameters;
                      const _errs39 = errors;
                      const _errs40 = errors;
                      let valid11 = false;
                      const _errs41 = errors;
                      const _errs42 = errors;
                      if (errors === _errs42) {
                        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                          for (const key3 in data10) {
                            let data11 = data10[key3];
                            const _errs45 = errors;
                            if (errors === _errs45) {
                              if (Array.isArray(data11)) {
                                var valid14 = true;
                                const len1 = data11.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                  const _errs47 = errors;
                                  if (typeof data11[i1] !== "string") {
                                    const err13 = { instancePath: instancePath + "/multiValueQueryStringParameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err13];
                                    } else {
                                      vErrors.push(err13);
                                    }
                                    errors++;
                                  }
                                  var valid14 = _errs47 === errors;
                                  if (!valid14) {
                                    break;
                                  }
                                }
                              } else {
                                const err14 = { instancePath: instancePath + "/multiValueQueryStringParameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err14];
                                } else {
                                  vErrors.push(err14);
                                }
                                errors++;
                              }
                            }
                            var valid13 = _errs45 === errors;
                            if (!valid13) {
                              break;
                            }
                          }
                        } else {
                          const err15 = { instancePath: instancePath + "/multiValueQueryStringParameters", schemaPath: "#/$defs/MultiValueStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          if (vErrors === null) {
                            vErrors = [err15];
                          } else {
                            vErrors.push(err15);
                          }
                          errors++;
                        }
                      }
                      var _valid3 = _errs41 === errors;
                      valid11 = valid11 || _valid3;
                      const _errs49 = errors;
                      if (data10 !== null) {
                        const err16 = { instancePath: instancePath + "/multiValueQueryStringParameters", schemaPath: "#/properties/multiValueQueryStringParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                      var _valid3 = _errs49 === errors;
                      valid11 = valid11 || _valid3;
                      if (!valid11) {
                        const err17 = { instancePath: instancePath + "/multiValueQueryStringParameters", schemaPath: "#/properties/multiValueQueryStringParameters/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                        validate20.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs40;
                        if (vErrors !== null) {
                          if (_errs40) {
                            vErrors.length = _errs40;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs39 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.pathParameters !== void 0) {
                        let data13 = data.pathParameters;
                        const _errs51 = errors;
                        const _errs52 = errors;
                        let valid15 = false;
                        const _errs53 = errors;
                        const _errs54 = errors;
                        if (errors === _errs54) {
                          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                            for (const key4 in data13) {
                              const _errs57 = errors;
                              if (typeof data13[key4] !== "string") {
                                const err18 = { instancePath: instancePath + "/pathParameters/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err18];
                                } else {
                                  vErrors.push(err18);
                                }
                                errors++;
                              }
                              var valid17 = _errs57 === errors;
                              if (!valid17) {
                                break;
                              }
                            }
                          } else {
                            const err19 = { instancePath: instancePath + "/pathParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err19];
                            } else {
                              vErrors.push(err19);
                            }
                            errors++;
                          }
                        }
                        var _valid4 = _errs53 === errors;
                        valid15 = valid15 || _valid4;
                        const _errs59 = errors;
                        if (data13 !== null) {
                          const err20 = { instancePath: instancePath + "/pathParameters", schemaPath: "#/properties/pathParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                          if (vErrors === null) {
                            vErrors = [err20];
                          } else {
                            vErrors.push(err20);
                          }
                          errors++;
                        }
                        var _valid4 = _errs59 === errors;
                        valid15 = valid15 || _valid4;
                        if (!valid15) {
                          const err21 = { instancePath: instancePath + "/pathParameters", schemaPath: "#/properties/pathParameters/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                          if (vErrors === null) {
                            vErrors = [err21];
                          } else {
                            vErrors.push(err21);
                          }
                          errors++;
                          validate20.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs52;
                          if (vErrors !== null) {
                            if (_errs52) {
                              vErrors.length = _errs52;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs51 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.stageVariables !== void 0) {
                          let data15 = data.stageVariables;
                          const _errs61 = errors;
                          const _errs62 = errors;
                          let valid18 = false;
                          const _errs63 = errors;
                          const _errs64 = errors;
                          if (errors === _errs64) {
                            if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                              for (const key5 in data15) {
                                const _errs67 = errors;
                                if (typeof data15[key5] !== "string") {
                                  const err22 = { instancePath: instancePath + "/stageVariables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err22];
                                  } else {
                                    vErrors.push(err22);
                                  }
                                  errors++;
                                }
                                var valid20 = _errs67 === errors;
                                if (!valid20) {
                                  break;
                                }
                              }
                            } else {
                              const err23 = { instancePath: instancePath + "/stageVariables", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                              if (vErrors === null) {
                                vErrors = [err23];
                              } else {
                                vErrors.push(err23);
                              }
                              errors++;
                            }
                          }
                          var _valid5 = _errs63 === errors;
                          valid18 = valid18 || _valid5;
                          const _errs69 = errors;
                          if (data15 !== null) {
                            const err24 = { instancePath: instancePath + "/stageVariables", schemaPath: "#/properties/stageVariables/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                            if (vErrors === null) {
                              vErrors = [err24];
                            } else {
                              vErrors.push(err24);
                            }
                            errors++;
                          }
                          var _valid5 = _errs69 === errors;
                          valid18 = valid18 || _valid5;
                          if (!valid18) {
                            const err25 = { instancePath: instancePath + "/stageVariables", schemaPath: "#/properties/stageVariables/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err25];
                            } else {
                              vErrors.push(err25);
                            }
                            errors++;
                            validate20.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs62;
                            if (vErrors !== null) {
                              if (_errs62) {
                                vErrors.length = _errs62;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs61 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.requestContext !== void 0) {
                            const _errs71 = errors;
                            if (!validate21(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs71 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.body !== void 0) {
                              let data18 = data.body;
                              const _errs72 = errors;
                              if (typeof data18 !== "string" && data18 !== null) {
                                validate20.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: schema31.properties.body.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid0 = _errs72 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.isBase64Encoded !== void 0) {
                                const _errs74 = errors;
                                if (typeof data.isBase64Encoded !== "boolean") {
                                  validate20.errors = [{ instancePath: instancePath + "/isBase64Encoded", schemaPath: "#/properties/isBase64Encoded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                  return false;
                                }
                                var valid0 = _errs74 === errors;
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
validate20.evaluated = { "props": { "resource": true, "path": true, "httpMethod": true, "headers": true, "multiValueHeaders": true, "queryStringParameters": true, "multiValueQueryStringParameters": true, "pathParameters": true, "stageVariables": true, "requestContext": true, "body": true, "isBase64Encoded": true }, "dynamicProps": false, "dynamicItems": false };

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

// apigateway.rest-proxy.strict.entry.ts
withStandardSchema(apigateway_rest_proxy_strict_standalone_default, "apigateway.rest-proxy");
export {
  apigateway_rest_proxy_strict_standalone_default as default,
  apigateway_rest_proxy_strict_standalone_default as validate
};
