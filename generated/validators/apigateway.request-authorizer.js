// Generated from schemas/apigateway/request-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.request-authorizer.standalone.js
var apigateway_request_authorizer_standalone_default = validate20;
var schema39 = { "type": "object", "required": ["accountId", "apiId", "httpMethod", "identity", "path", "requestId", "resourceId", "resourcePath", "stage"], "properties": { "accountId": { "type": "string" }, "apiId": { "type": "string" }, "httpMethod": { "type": "string" }, "identity": { "$ref": "#/$defs/ApiGatewayRequestIdentity" }, "path": { "type": "string" }, "requestId": { "type": "string" }, "resourceId": { "type": ["string", "null"] }, "resourcePath": { "type": "string" }, "stage": { "type": "string" }, "extendedRequestId": { "type": "string" }, "domainName": { "type": "string" }, "domainPrefix": { "type": "string" }, "protocol": { "type": "string" }, "requestTime": { "type": "string" }, "requestTimeEpoch": { "$ref": "#/$defs/EpochMillis" }, "deploymentId": { "type": "string" } } };
var schema40 = { "type": "object", "required": ["sourceIp"], "properties": { "sourceIp": { "type": "string" }, "userAgent": { "type": ["string", "null"] }, "accessKey": { "type": ["string", "null"] }, "accountId": { "type": ["string", "null"] }, "caller": { "type": ["string", "null"] }, "user": { "type": ["string", "null"] }, "userArn": { "type": ["string", "null"] }, "principalOrgId": { "type": ["string", "null"] }, "apiKey": { "type": ["string", "null"] }, "apiKeyId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoAuthenticationType": { "type": ["string", "null"] }, "cognitoAuthenticationProvider": { "type": ["string", "null"] }, "vpcId": { "type": "string" }, "vpceId": { "type": "string" }, "clientCert": { "anyOf": [{ "$ref": "#/$defs/ApiGatewayClientCert" }, { "type": "null" }] } } };
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
              validate22.errors = [{ instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: schema40.properties.userAgent.type }, message: "must be string,null" }];
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
                validate22.errors = [{ instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: schema40.properties.accessKey.type }, message: "must be string,null" }];
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
                  validate22.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: schema40.properties.accountId.type }, message: "must be string,null" }];
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
                    validate22.errors = [{ instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/type", keyword: "type", params: { type: schema40.properties.caller.type }, message: "must be string,null" }];
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
                      validate22.errors = [{ instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: schema40.properties.user.type }, message: "must be string,null" }];
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
                        validate22.errors = [{ instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: schema40.properties.userArn.type }, message: "must be string,null" }];
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
                          validate22.errors = [{ instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema40.properties.principalOrgId.type }, message: "must be string,null" }];
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
                            validate22.errors = [{ instancePath: instancePath + "/apiKey", schemaPath: "#/properties/apiKey/type", keyword: "type", params: { type: schema40.properties.apiKey.type }, message: "must be string,null" }];
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
                              validate22.errors = [{ instancePath: instancePath + "/apiKeyId", schemaPath: "#/properties/apiKeyId/type", keyword: "type", params: { type: schema40.properties.apiKeyId.type }, message: "must be string,null" }];
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
                                validate22.errors = [{ instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema40.properties.cognitoIdentityId.type }, message: "must be string,null" }];
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
                                  validate22.errors = [{ instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema40.properties.cognitoIdentityPoolId.type }, message: "must be string,null" }];
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
                                    validate22.errors = [{ instancePath: instancePath + "/cognitoAuthenticationType", schemaPath: "#/properties/cognitoAuthenticationType/type", keyword: "type", params: { type: schema40.properties.cognitoAuthenticationType.type }, message: "must be string,null" }];
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
                                      validate22.errors = [{ instancePath: instancePath + "/cognitoAuthenticationProvider", schemaPath: "#/properties/cognitoAuthenticationProvider/type", keyword: "type", params: { type: schema40.properties.cognitoAuthenticationProvider.type }, message: "must be string,null" }];
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
      if (data.accountId === void 0 && (missing0 = "accountId") || data.apiId === void 0 && (missing0 = "apiId") || data.httpMethod === void 0 && (missing0 = "httpMethod") || data.identity === void 0 && (missing0 = "identity") || data.path === void 0 && (missing0 = "path") || data.requestId === void 0 && (missing0 = "requestId") || data.resourceId === void 0 && (missing0 = "resourceId") || data.resourcePath === void 0 && (missing0 = "resourcePath") || data.stage === void 0 && (missing0 = "stage")) {
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
            if (data.httpMethod !== void 0) {
              const _errs5 = errors;
              if (typeof data.httpMethod !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.identity !== void 0) {
                const _errs7 = errors;
                if (!validate22(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.path !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.path !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.requestId !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.requestId !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.resourceId !== void 0) {
                      let data6 = data.resourceId;
                      const _errs12 = errors;
                      if (typeof data6 !== "string" && data6 !== null) {
                        validate21.errors = [{ instancePath: instancePath + "/resourceId", schemaPath: "#/properties/resourceId/type", keyword: "type", params: { type: schema39.properties.resourceId.type }, message: "must be string,null" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.resourcePath !== void 0) {
                        const _errs14 = errors;
                        if (typeof data.resourcePath !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/resourcePath", schemaPath: "#/properties/resourcePath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            validate21.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.extendedRequestId !== void 0) {
                            const _errs18 = errors;
                            if (typeof data.extendedRequestId !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/extendedRequestId", schemaPath: "#/properties/extendedRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs18 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.domainName !== void 0) {
                              const _errs20 = errors;
                              if (typeof data.domainName !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs20 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.domainPrefix !== void 0) {
                                const _errs22 = errors;
                                if (typeof data.domainPrefix !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/domainPrefix", schemaPath: "#/properties/domainPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid0 = _errs22 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.protocol !== void 0) {
                                  const _errs24 = errors;
                                  if (typeof data.protocol !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs24 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.requestTime !== void 0) {
                                    const _errs26 = errors;
                                    if (typeof data.requestTime !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/requestTime", schemaPath: "#/properties/requestTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs26 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.requestTimeEpoch !== void 0) {
                                      let data14 = data.requestTimeEpoch;
                                      const _errs28 = errors;
                                      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                                        validate21.errors = [{ instancePath: instancePath + "/requestTimeEpoch", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      var valid0 = _errs28 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.deploymentId !== void 0) {
                                        const _errs31 = errors;
                                        if (typeof data.deploymentId !== "string") {
                                          validate21.errors = [{ instancePath: instancePath + "/deploymentId", schemaPath: "#/properties/deploymentId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs31 === errors;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "accountId": true, "apiId": true, "httpMethod": true, "identity": true, "path": true, "requestId": true, "resourceId": true, "resourcePath": true, "stage": true, "extendedRequestId": true, "domainName": true, "domainPrefix": true, "protocol": true, "requestTime": true, "requestTimeEpoch": true, "deploymentId": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.type === void 0 && (missing0 = "type") || data.methodArn === void 0 && (missing0 = "methodArn") || data.resource === void 0 && (missing0 = "resource") || data.path === void 0 && (missing0 = "path") || data.httpMethod === void 0 && (missing0 = "httpMethod") || data.headers === void 0 && (missing0 = "headers") || data.queryStringParameters === void 0 && (missing0 = "queryStringParameters") || data.pathParameters === void 0 && (missing0 = "pathParameters") || data.stageVariables === void 0 && (missing0 = "stageVariables") || data.requestContext === void 0 && (missing0 = "requestContext")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs1 = errors;
          if ("REQUEST" !== data.type) {
            validate20.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "REQUEST" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.methodArn !== void 0) {
            const _errs2 = errors;
            if (typeof data.methodArn !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/methodArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.resource !== void 0) {
              const _errs5 = errors;
              if (typeof data.resource !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.path !== void 0) {
                const _errs7 = errors;
                if (typeof data.path !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate20.errors = [{ instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.headers !== void 0) {
                    let data5 = data.headers;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    let valid2 = false;
                    const _errs13 = errors;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        for (const key0 in data5) {
                          const _errs17 = errors;
                          if (typeof data5[key0] !== "string") {
                            const err0 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                          var valid4 = _errs17 === errors;
                          if (!valid4) {
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
                    var _valid0 = _errs13 === errors;
                    valid2 = valid2 || _valid0;
                    const _errs19 = errors;
                    if (data5 !== null) {
                      const err2 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                      if (vErrors === null) {
                        vErrors = [err2];
                      } else {
                        vErrors.push(err2);
                      }
                      errors++;
                    }
                    var _valid0 = _errs19 === errors;
                    valid2 = valid2 || _valid0;
                    if (!valid2) {
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
                      errors = _errs12;
                      if (vErrors !== null) {
                        if (_errs12) {
                          vErrors.length = _errs12;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.multiValueHeaders !== void 0) {
                      let data7 = data.multiValueHeaders;
                      const _errs21 = errors;
                      const _errs22 = errors;
                      let valid5 = false;
                      const _errs23 = errors;
                      const _errs24 = errors;
                      if (errors === _errs24) {
                        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                          for (const key1 in data7) {
                            let data8 = data7[key1];
                            const _errs27 = errors;
                            if (errors === _errs27) {
                              if (Array.isArray(data8)) {
                                var valid8 = true;
                                const len0 = data8.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  const _errs29 = errors;
                                  if (typeof data8[i0] !== "string") {
                                    const err4 = { instancePath: instancePath + "/multiValueHeaders/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err4];
                                    } else {
                                      vErrors.push(err4);
                                    }
                                    errors++;
                                  }
                                  var valid8 = _errs29 === errors;
                                  if (!valid8) {
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
                            var valid7 = _errs27 === errors;
                            if (!valid7) {
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
                      var _valid1 = _errs23 === errors;
                      valid5 = valid5 || _valid1;
                      const _errs31 = errors;
                      if (data7 !== null) {
                        const err7 = { instancePath: instancePath + "/multiValueHeaders", schemaPath: "#/properties/multiValueHeaders/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                        if (vErrors === null) {
                          vErrors = [err7];
                        } else {
                          vErrors.push(err7);
                        }
                        errors++;
                      }
                      var _valid1 = _errs31 === errors;
                      valid5 = valid5 || _valid1;
                      if (!valid5) {
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
                        errors = _errs22;
                        if (vErrors !== null) {
                          if (_errs22) {
                            vErrors.length = _errs22;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs21 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.queryStringParameters !== void 0) {
                        let data10 = data.queryStringParameters;
                        const _errs33 = errors;
                        const _errs34 = errors;
                        let valid9 = false;
                        const _errs35 = errors;
                        const _errs36 = errors;
                        if (errors === _errs36) {
                          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                            for (const key2 in data10) {
                              const _errs39 = errors;
                              if (typeof data10[key2] !== "string") {
                                const err9 = { instancePath: instancePath + "/queryStringParameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err9];
                                } else {
                                  vErrors.push(err9);
                                }
                                errors++;
                              }
                              var valid11 = _errs39 === errors;
                              if (!valid11) {
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
                        var _valid2 = _errs35 === errors;
                        valid9 = valid9 || _valid2;
                        const _errs41 = errors;
                        if (data10 !== null) {
                          const err11 = { instancePath: instancePath + "/queryStringParameters", schemaPath: "#/properties/queryStringParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                          if (vErrors === null) {
                            vErrors = [err11];
                          } else {
                            vErrors.push(err11);
                          }
                          errors++;
                        }
                        var _valid2 = _errs41 === errors;
                        valid9 = valid9 || _valid2;
                        if (!valid9) {
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
                      if (valid0) {
                        if (data.multiValueQueryStringParameters !== void 0) {
                          let data12 = data.multiValueQueryStringParameters;
                          const _errs43 = errors;
                          const _errs44 = errors;
                          let valid12 = false;
                          const _errs45 = errors;
                          const _errs46 = errors;
                          if (errors === _errs46) {
                            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                              for (const key3 in data12) {
                                let data13 = data12[key3];
                                const _errs49 = errors;
                                if (errors === _errs49) {
                                  if (Array.isArray(data13)) {
                                    var valid15 = true;
                                    const len1 = data13.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                      const _errs51 = errors;
                                      if (typeof data13[i1] !== "string") {
                                        const err13 = { instancePath: instancePath + "/multiValueQueryStringParameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err13];
                                        } else {
                                          vErrors.push(err13);
                                        }
                                        errors++;
                                      }
                                      var valid15 = _errs51 === errors;
                                      if (!valid15) {
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
                                var valid14 = _errs49 === errors;
                                if (!valid14) {
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
                          var _valid3 = _errs45 === errors;
                          valid12 = valid12 || _valid3;
                          const _errs53 = errors;
                          if (data12 !== null) {
                            const err16 = { instancePath: instancePath + "/multiValueQueryStringParameters", schemaPath: "#/properties/multiValueQueryStringParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                            if (vErrors === null) {
                              vErrors = [err16];
                            } else {
                              vErrors.push(err16);
                            }
                            errors++;
                          }
                          var _valid3 = _errs53 === errors;
                          valid12 = valid12 || _valid3;
                          if (!valid12) {
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
                            errors = _errs44;
                            if (vErrors !== null) {
                              if (_errs44) {
                                vErrors.length = _errs44;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs43 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.pathParameters !== void 0) {
                            let data15 = data.pathParameters;
                            const _errs55 = errors;
                            const _errs56 = errors;
                            let valid16 = false;
                            const _errs57 = errors;
                            const _errs58 = errors;
                            if (errors === _errs58) {
                              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                for (const key4 in data15) {
                                  const _errs61 = errors;
                                  if (typeof data15[key4] !== "string") {
                                    const err18 = { instancePath: instancePath + "/pathParameters/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err18];
                                    } else {
                                      vErrors.push(err18);
                                    }
                                    errors++;
                                  }
                                  var valid18 = _errs61 === errors;
                                  if (!valid18) {
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
                            var _valid4 = _errs57 === errors;
                            valid16 = valid16 || _valid4;
                            const _errs63 = errors;
                            if (data15 !== null) {
                              const err20 = { instancePath: instancePath + "/pathParameters", schemaPath: "#/properties/pathParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                              if (vErrors === null) {
                                vErrors = [err20];
                              } else {
                                vErrors.push(err20);
                              }
                              errors++;
                            }
                            var _valid4 = _errs63 === errors;
                            valid16 = valid16 || _valid4;
                            if (!valid16) {
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
                              errors = _errs56;
                              if (vErrors !== null) {
                                if (_errs56) {
                                  vErrors.length = _errs56;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs55 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.stageVariables !== void 0) {
                              let data17 = data.stageVariables;
                              const _errs65 = errors;
                              const _errs66 = errors;
                              let valid19 = false;
                              const _errs67 = errors;
                              const _errs68 = errors;
                              if (errors === _errs68) {
                                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                  for (const key5 in data17) {
                                    const _errs71 = errors;
                                    if (typeof data17[key5] !== "string") {
                                      const err22 = { instancePath: instancePath + "/stageVariables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err22];
                                      } else {
                                        vErrors.push(err22);
                                      }
                                      errors++;
                                    }
                                    var valid21 = _errs71 === errors;
                                    if (!valid21) {
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
                              var _valid5 = _errs67 === errors;
                              valid19 = valid19 || _valid5;
                              const _errs73 = errors;
                              if (data17 !== null) {
                                const err24 = { instancePath: instancePath + "/stageVariables", schemaPath: "#/properties/stageVariables/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err24];
                                } else {
                                  vErrors.push(err24);
                                }
                                errors++;
                              }
                              var _valid5 = _errs73 === errors;
                              valid19 = valid19 || _valid5;
                              if (!valid19) {
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
                                errors = _errs66;
                                if (vErrors !== null) {
                                  if (_errs66) {
                                    vErrors.length = _errs66;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs65 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.requestContext !== void 0) {
                                const _errs75 = errors;
                                if (!validate21(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs75 === errors;
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
validate20.evaluated = { "props": { "type": true, "methodArn": true, "resource": true, "path": true, "httpMethod": true, "headers": true, "multiValueHeaders": true, "queryStringParameters": true, "multiValueQueryStringParameters": true, "pathParameters": true, "stageVariables": true, "requestContext": true }, "dynamicProps": false, "dynamicItems": false };

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

// apigateway.request-authorizer.entry.ts
withStandardSchema(apigateway_request_authorizer_standalone_default, "apigateway.request-authorizer");
export {
  apigateway_request_authorizer_standalone_default as default,
  apigateway_request_authorizer_standalone_default as validate
};
