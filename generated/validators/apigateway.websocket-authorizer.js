// Generated from schemas/apigateway/websocket-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.websocket-authorizer.standalone.js
var apigateway_websocket_authorizer_standalone_default = validate20;
var schema38 = { "type": "object", "required": ["routeKey", "eventType", "extendedRequestId", "requestTime", "messageDirection", "stage", "connectedAt", "requestTimeEpoch", "identity", "requestId", "domainName", "connectionId", "apiId"], "properties": { "routeKey": { "type": "string" }, "eventType": { "enum": ["CONNECT", "MESSAGE", "DISCONNECT"] }, "connectionId": { "type": "string" }, "connectedAt": { "$ref": "#/$defs/EpochMillis" }, "messageId": { "type": ["string", "null"] }, "messageDirection": { "type": "string" }, "disconnectStatusCode": { "type": ["integer", "null"] }, "disconnectReason": { "type": ["string", "null"] }, "extendedRequestId": { "type": "string" }, "requestId": { "type": "string" }, "requestTime": { "type": "string" }, "requestTimeEpoch": { "$ref": "#/$defs/EpochMillis" }, "stage": { "type": "string" }, "domainName": { "type": "string" }, "apiId": { "type": "string" }, "identity": { "$ref": "#/$defs/ApiGatewayRequestIdentity" }, "authorizer": { "$ref": "#/$defs/ApiGatewayRestAuthorizer" }, "accountId": { "type": "string" } } };
var schema43 = { "type": "object", "properties": { "principalId": { "type": "string" }, "integrationLatency": { "type": "number" }, "claims": { "type": ["object", "null"], "additionalProperties": true }, "scopes": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": true };
var schema41 = { "type": "object", "required": ["sourceIp"], "properties": { "sourceIp": { "type": "string" }, "userAgent": { "type": ["string", "null"] }, "accessKey": { "type": ["string", "null"] }, "accountId": { "type": ["string", "null"] }, "caller": { "type": ["string", "null"] }, "user": { "type": ["string", "null"] }, "userArn": { "type": ["string", "null"] }, "principalOrgId": { "type": ["string", "null"] }, "apiKey": { "type": ["string", "null"] }, "apiKeyId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoAuthenticationType": { "type": ["string", "null"] }, "cognitoAuthenticationProvider": { "type": ["string", "null"] }, "vpcId": { "type": "string" }, "vpceId": { "type": "string" }, "clientCert": { "anyOf": [{ "$ref": "#/$defs/ApiGatewayClientCert" }, { "type": "null" }] } } };
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
              validate22.errors = [{ instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: schema41.properties.userAgent.type }, message: "must be string,null" }];
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
                validate22.errors = [{ instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: schema41.properties.accessKey.type }, message: "must be string,null" }];
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
                  validate22.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: schema41.properties.accountId.type }, message: "must be string,null" }];
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
                    validate22.errors = [{ instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/type", keyword: "type", params: { type: schema41.properties.caller.type }, message: "must be string,null" }];
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
                      validate22.errors = [{ instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: schema41.properties.user.type }, message: "must be string,null" }];
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
                        validate22.errors = [{ instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: schema41.properties.userArn.type }, message: "must be string,null" }];
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
                          validate22.errors = [{ instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema41.properties.principalOrgId.type }, message: "must be string,null" }];
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
                            validate22.errors = [{ instancePath: instancePath + "/apiKey", schemaPath: "#/properties/apiKey/type", keyword: "type", params: { type: schema41.properties.apiKey.type }, message: "must be string,null" }];
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
                              validate22.errors = [{ instancePath: instancePath + "/apiKeyId", schemaPath: "#/properties/apiKeyId/type", keyword: "type", params: { type: schema41.properties.apiKeyId.type }, message: "must be string,null" }];
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
                                validate22.errors = [{ instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema41.properties.cognitoIdentityId.type }, message: "must be string,null" }];
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
                                  validate22.errors = [{ instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema41.properties.cognitoIdentityPoolId.type }, message: "must be string,null" }];
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
                                    validate22.errors = [{ instancePath: instancePath + "/cognitoAuthenticationType", schemaPath: "#/properties/cognitoAuthenticationType/type", keyword: "type", params: { type: schema41.properties.cognitoAuthenticationType.type }, message: "must be string,null" }];
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
                                      validate22.errors = [{ instancePath: instancePath + "/cognitoAuthenticationProvider", schemaPath: "#/properties/cognitoAuthenticationProvider/type", keyword: "type", params: { type: schema41.properties.cognitoAuthenticationProvider.type }, message: "must be string,null" }];
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
      if (data.routeKey === void 0 && (missing0 = "routeKey") || data.eventType === void 0 && (missing0 = "eventType") || data.extendedRequestId === void 0 && (missing0 = "extendedRequestId") || data.requestTime === void 0 && (missing0 = "requestTime") || data.messageDirection === void 0 && (missing0 = "messageDirection") || data.stage === void 0 && (missing0 = "stage") || data.connectedAt === void 0 && (missing0 = "connectedAt") || data.requestTimeEpoch === void 0 && (missing0 = "requestTimeEpoch") || data.identity === void 0 && (missing0 = "identity") || data.requestId === void 0 && (missing0 = "requestId") || data.domainName === void 0 && (missing0 = "domainName") || data.connectionId === void 0 && (missing0 = "connectionId") || data.apiId === void 0 && (missing0 = "apiId")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.routeKey !== void 0) {
          const _errs1 = errors;
          if (typeof data.routeKey !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventType !== void 0) {
            let data1 = data.eventType;
            const _errs3 = errors;
            if (!(data1 === "CONNECT" || data1 === "MESSAGE" || data1 === "DISCONNECT")) {
              validate21.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/enum", keyword: "enum", params: { allowedValues: schema38.properties.eventType.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.connectionId !== void 0) {
              const _errs4 = errors;
              if (typeof data.connectionId !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/connectionId", schemaPath: "#/properties/connectionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.connectedAt !== void 0) {
                let data3 = data.connectedAt;
                const _errs6 = errors;
                if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                  validate21.errors = [{ instancePath: instancePath + "/connectedAt", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.messageId !== void 0) {
                  let data4 = data.messageId;
                  const _errs9 = errors;
                  if (typeof data4 !== "string" && data4 !== null) {
                    validate21.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: schema38.properties.messageId.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.messageDirection !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.messageDirection !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/messageDirection", schemaPath: "#/properties/messageDirection/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.disconnectStatusCode !== void 0) {
                      let data6 = data.disconnectStatusCode;
                      const _errs13 = errors;
                      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && data6 !== null) {
                        validate21.errors = [{ instancePath: instancePath + "/disconnectStatusCode", schemaPath: "#/properties/disconnectStatusCode/type", keyword: "type", params: { type: schema38.properties.disconnectStatusCode.type }, message: "must be integer,null" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.disconnectReason !== void 0) {
                        let data7 = data.disconnectReason;
                        const _errs15 = errors;
                        if (typeof data7 !== "string" && data7 !== null) {
                          validate21.errors = [{ instancePath: instancePath + "/disconnectReason", schemaPath: "#/properties/disconnectReason/type", keyword: "type", params: { type: schema38.properties.disconnectReason.type }, message: "must be string,null" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.extendedRequestId !== void 0) {
                          const _errs17 = errors;
                          if (typeof data.extendedRequestId !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/extendedRequestId", schemaPath: "#/properties/extendedRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.requestId !== void 0) {
                            const _errs19 = errors;
                            if (typeof data.requestId !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs19 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.requestTime !== void 0) {
                              const _errs21 = errors;
                              if (typeof data.requestTime !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/requestTime", schemaPath: "#/properties/requestTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs21 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.requestTimeEpoch !== void 0) {
                                let data11 = data.requestTimeEpoch;
                                const _errs23 = errors;
                                if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                                  validate21.errors = [{ instancePath: instancePath + "/requestTimeEpoch", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                var valid0 = _errs23 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.stage !== void 0) {
                                  const _errs26 = errors;
                                  if (typeof data.stage !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs26 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.domainName !== void 0) {
                                    const _errs28 = errors;
                                    if (typeof data.domainName !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs28 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.apiId !== void 0) {
                                      const _errs30 = errors;
                                      if (typeof data.apiId !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/apiId", schemaPath: "#/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs30 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.identity !== void 0) {
                                        const _errs32 = errors;
                                        if (!validate22(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData, dynamicAnchors })) {
                                          vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid0 = _errs32 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.authorizer !== void 0) {
                                          let data16 = data.authorizer;
                                          const _errs33 = errors;
                                          const _errs34 = errors;
                                          if (errors === _errs34) {
                                            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                              if (data16.principalId !== void 0) {
                                                const _errs37 = errors;
                                                if (typeof data16.principalId !== "string") {
                                                  validate21.errors = [{ instancePath: instancePath + "/authorizer/principalId", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid4 = _errs37 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                              if (valid4) {
                                                if (data16.integrationLatency !== void 0) {
                                                  let data18 = data16.integrationLatency;
                                                  const _errs39 = errors;
                                                  if (!(typeof data18 == "number" && isFinite(data18))) {
                                                    validate21.errors = [{ instancePath: instancePath + "/authorizer/integrationLatency", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/integrationLatency/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                  }
                                                  var valid4 = _errs39 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                                if (valid4) {
                                                  if (data16.claims !== void 0) {
                                                    let data19 = data16.claims;
                                                    const _errs41 = errors;
                                                    if (!(data19 && typeof data19 == "object" && !Array.isArray(data19)) && data19 !== null) {
                                                      validate21.errors = [{ instancePath: instancePath + "/authorizer/claims", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/claims/type", keyword: "type", params: { type: schema43.properties.claims.type }, message: "must be object,null" }];
                                                      return false;
                                                    }
                                                    var valid4 = _errs41 === errors;
                                                  } else {
                                                    var valid4 = true;
                                                  }
                                                  if (valid4) {
                                                    if (data16.scopes !== void 0) {
                                                      let data20 = data16.scopes;
                                                      const _errs44 = errors;
                                                      if (!Array.isArray(data20) && data20 !== null) {
                                                        validate21.errors = [{ instancePath: instancePath + "/authorizer/scopes", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/scopes/type", keyword: "type", params: { type: schema43.properties.scopes.type }, message: "must be array,null" }];
                                                        return false;
                                                      }
                                                      if (errors === _errs44) {
                                                        if (Array.isArray(data20)) {
                                                          var valid5 = true;
                                                          const len0 = data20.length;
                                                          for (let i0 = 0; i0 < len0; i0++) {
                                                            const _errs46 = errors;
                                                            if (typeof data20[i0] !== "string") {
                                                              validate21.errors = [{ instancePath: instancePath + "/authorizer/scopes/" + i0, schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid5 = _errs46 === errors;
                                                            if (!valid5) {
                                                              break;
                                                            }
                                                          }
                                                        }
                                                      }
                                                      var valid4 = _errs44 === errors;
                                                    } else {
                                                      var valid4 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate21.errors = [{ instancePath: instancePath + "/authorizer", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs33 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.accountId !== void 0) {
                                            const _errs48 = errors;
                                            if (typeof data.accountId !== "string") {
                                              validate21.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
validate21.evaluated = { "props": { "routeKey": true, "eventType": true, "connectionId": true, "connectedAt": true, "messageId": true, "messageDirection": true, "disconnectStatusCode": true, "disconnectReason": true, "extendedRequestId": true, "requestId": true, "requestTime": true, "requestTimeEpoch": true, "stage": true, "domainName": true, "apiId": true, "identity": true, "authorizer": true, "accountId": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.type === void 0 && (missing0 = "type") || data.methodArn === void 0 && (missing0 = "methodArn") || data.headers === void 0 && (missing0 = "headers") || data.multiValueHeaders === void 0 && (missing0 = "multiValueHeaders") || data.requestContext === void 0 && (missing0 = "requestContext")) {
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
            if (data.headers !== void 0) {
              let data2 = data.headers;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  for (const key0 in data2) {
                    const _errs9 = errors;
                    if (typeof data2[key0] !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid3 = _errs9 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/$defs/HttpHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.multiValueHeaders !== void 0) {
                let data4 = data.multiValueHeaders;
                const _errs11 = errors;
                const _errs12 = errors;
                if (errors === _errs12) {
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    for (const key1 in data4) {
                      let data5 = data4[key1];
                      const _errs15 = errors;
                      if (errors === _errs15) {
                        if (Array.isArray(data5)) {
                          var valid6 = true;
                          const len0 = data5.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs17 = errors;
                            if (typeof data5[i0] !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/multiValueHeaders/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid6 = _errs17 === errors;
                            if (!valid6) {
                              break;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/multiValueHeaders/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid5 = _errs15 === errors;
                      if (!valid5) {
                        break;
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/multiValueHeaders", schemaPath: "#/$defs/HttpMultiValueHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs11 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.queryStringParameters !== void 0) {
                  let data7 = data.queryStringParameters;
                  const _errs19 = errors;
                  const _errs20 = errors;
                  if (errors === _errs20) {
                    if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                      for (const key2 in data7) {
                        const _errs23 = errors;
                        if (typeof data7[key2] !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/queryStringParameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid8 = _errs23 === errors;
                        if (!valid8) {
                          break;
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/queryStringParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs19 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.multiValueQueryStringParameters !== void 0) {
                    let data9 = data.multiValueQueryStringParameters;
                    const _errs25 = errors;
                    const _errs26 = errors;
                    if (errors === _errs26) {
                      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                        for (const key3 in data9) {
                          let data10 = data9[key3];
                          const _errs29 = errors;
                          if (errors === _errs29) {
                            if (Array.isArray(data10)) {
                              var valid11 = true;
                              const len1 = data10.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                const _errs31 = errors;
                                if (typeof data10[i1] !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/multiValueQueryStringParameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid11 = _errs31 === errors;
                                if (!valid11) {
                                  break;
                                }
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/multiValueQueryStringParameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid10 = _errs29 === errors;
                          if (!valid10) {
                            break;
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/multiValueQueryStringParameters", schemaPath: "#/$defs/MultiValueStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs25 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.stageVariables !== void 0) {
                      let data12 = data.stageVariables;
                      const _errs33 = errors;
                      const _errs34 = errors;
                      if (errors === _errs34) {
                        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                          for (const key4 in data12) {
                            const _errs37 = errors;
                            if (typeof data12[key4] !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/stageVariables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid13 = _errs37 === errors;
                            if (!valid13) {
                              break;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/stageVariables", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs33 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.requestContext !== void 0) {
                        const _errs39 = errors;
                        if (!validate21(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs39 === errors;
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
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "type": true, "methodArn": true, "headers": true, "multiValueHeaders": true, "queryStringParameters": true, "multiValueQueryStringParameters": true, "stageVariables": true, "requestContext": true }, "dynamicProps": false, "dynamicItems": false };

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

// apigateway.websocket-authorizer.entry.ts
withStandardSchema(apigateway_websocket_authorizer_standalone_default, "apigateway.websocket-authorizer");
export {
  apigateway_websocket_authorizer_standalone_default as default,
  apigateway_websocket_authorizer_standalone_default as validate
};
