// Generated from schemas/apigateway/websocket.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.websocket.standalone.js
var apigateway_websocket_standalone_default = validate21;
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
        let data0 = data[key0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              const _errs4 = errors;
              if (typeof data0[i0] !== "string") {
                validate24.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate24.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
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
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              const _errs4 = errors;
              if (typeof data0[i0] !== "string") {
                validate28.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate28.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
var schema11 = { "type": "object", "required": ["routeKey", "eventType", "extendedRequestId", "requestTime", "messageDirection", "stage", "connectedAt", "requestTimeEpoch", "identity", "requestId", "domainName", "connectionId", "apiId"], "properties": { "routeKey": { "type": "string" }, "eventType": { "enum": ["CONNECT", "MESSAGE", "DISCONNECT"] }, "connectionId": { "type": "string" }, "connectedAt": { "$ref": "#/$defs/EpochMillis" }, "messageId": { "type": ["string", "null"] }, "messageDirection": { "type": "string" }, "disconnectStatusCode": { "type": ["integer", "null"] }, "disconnectReason": { "type": ["string", "null"] }, "extendedRequestId": { "type": "string" }, "requestId": { "type": "string" }, "requestTime": { "type": "string" }, "requestTimeEpoch": { "$ref": "#/$defs/EpochMillis" }, "stage": { "type": "string" }, "domainName": { "type": "string" }, "apiId": { "type": "string" }, "identity": { "$ref": "#/$defs/ApiGatewayRequestIdentity" }, "authorizer": { "$ref": "#/$defs/ApiGatewayRestAuthorizer" }, "accountId": { "type": "string" } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
    return false;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var schema13 = { "type": "object", "required": ["sourceIp"], "properties": { "sourceIp": { "type": "string" }, "userAgent": { "type": ["string", "null"] }, "accessKey": { "type": ["string", "null"] }, "accountId": { "type": ["string", "null"] }, "caller": { "type": ["string", "null"] }, "user": { "type": ["string", "null"] }, "userArn": { "type": ["string", "null"] }, "principalOrgId": { "type": ["string", "null"] }, "apiKey": { "type": ["string", "null"] }, "apiKeyId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoAuthenticationType": { "type": ["string", "null"] }, "cognitoAuthenticationProvider": { "type": ["string", "null"] }, "vpcId": { "type": "string" }, "vpceId": { "type": "string" }, "clientCert": { "anyOf": [{ "$ref": "#/$defs/ApiGatewayClientCert" }, { "type": "null" }] } } };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.clientCertPem === void 0 && (missing0 = "clientCertPem") || data.subjectDN === void 0 && (missing0 = "subjectDN") || data.issuerDN === void 0 && (missing0 = "issuerDN") || data.serialNumber === void 0 && (missing0 = "serialNumber") || data.validity === void 0 && (missing0 = "validity")) {
        validate36.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.clientCertPem !== void 0) {
          const _errs1 = errors;
          if (typeof data.clientCertPem !== "string") {
            validate36.errors = [{ instancePath: instancePath + "/clientCertPem", schemaPath: "#/properties/clientCertPem/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate36.errors = [{ instancePath: instancePath + "/subjectDN", schemaPath: "#/properties/subjectDN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate36.errors = [{ instancePath: instancePath + "/issuerDN", schemaPath: "#/properties/issuerDN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate36.errors = [{ instancePath: instancePath + "/serialNumber", schemaPath: "#/properties/serialNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate36.errors = [{ instancePath: instancePath + "/validity", schemaPath: "#/properties/validity/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data4.notBefore !== void 0) {
                          const _errs11 = errors;
                          if (typeof data4.notBefore !== "string") {
                            validate36.errors = [{ instancePath: instancePath + "/validity/notBefore", schemaPath: "#/properties/validity/properties/notBefore/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate36.errors = [{ instancePath: instancePath + "/validity/notAfter", schemaPath: "#/properties/validity/properties/notAfter/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid1 = _errs13 === errors;
                          } else {
                            var valid1 = true;
                          }
                        }
                      }
                    } else {
                      validate36.errors = [{ instancePath: instancePath + "/validity", schemaPath: "#/properties/validity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.sourceIp === void 0 && (missing0 = "sourceIp")) {
        validate35.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.sourceIp !== void 0) {
          const _errs1 = errors;
          if (typeof data.sourceIp !== "string") {
            validate35.errors = [{ instancePath: instancePath + "/sourceIp", schemaPath: "#/properties/sourceIp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate35.errors = [{ instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: schema13.properties.userAgent.type }, message: "must be string,null" }];
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
                validate35.errors = [{ instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: schema13.properties.accessKey.type }, message: "must be string,null" }];
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
                  validate35.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: schema13.properties.accountId.type }, message: "must be string,null" }];
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
                    validate35.errors = [{ instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/type", keyword: "type", params: { type: schema13.properties.caller.type }, message: "must be string,null" }];
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
                      validate35.errors = [{ instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: schema13.properties.user.type }, message: "must be string,null" }];
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
                        validate35.errors = [{ instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: schema13.properties.userArn.type }, message: "must be string,null" }];
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
                          validate35.errors = [{ instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema13.properties.principalOrgId.type }, message: "must be string,null" }];
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
                            validate35.errors = [{ instancePath: instancePath + "/apiKey", schemaPath: "#/properties/apiKey/type", keyword: "type", params: { type: schema13.properties.apiKey.type }, message: "must be string,null" }];
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
                              validate35.errors = [{ instancePath: instancePath + "/apiKeyId", schemaPath: "#/properties/apiKeyId/type", keyword: "type", params: { type: schema13.properties.apiKeyId.type }, message: "must be string,null" }];
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
                                validate35.errors = [{ instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema13.properties.cognitoIdentityId.type }, message: "must be string,null" }];
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
                                  validate35.errors = [{ instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema13.properties.cognitoIdentityPoolId.type }, message: "must be string,null" }];
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
                                    validate35.errors = [{ instancePath: instancePath + "/cognitoAuthenticationType", schemaPath: "#/properties/cognitoAuthenticationType/type", keyword: "type", params: { type: schema13.properties.cognitoAuthenticationType.type }, message: "must be string,null" }];
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
                                      validate35.errors = [{ instancePath: instancePath + "/cognitoAuthenticationProvider", schemaPath: "#/properties/cognitoAuthenticationProvider/type", keyword: "type", params: { type: schema13.properties.cognitoAuthenticationProvider.type }, message: "must be string,null" }];
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
                                        validate35.errors = [{ instancePath: instancePath + "/vpcId", schemaPath: "#/properties/vpcId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                          validate35.errors = [{ instancePath: instancePath + "/vpceId", schemaPath: "#/properties/vpceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                          if (!validate36(data16, { instancePath: instancePath + "/clientCert", parentData: data, parentDataProperty: "clientCert", rootData })) {
                                            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                                            errors = vErrors.length;
                                          }
                                          var _valid0 = _errs35 === errors;
                                          valid1 = valid1 || _valid0;
                                          if (!valid1) {
                                            const _errs36 = errors;
                                            if (data16 !== null) {
                                              const err0 = { instancePath: instancePath + "/clientCert", schemaPath: "#/properties/clientCert/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                              if (vErrors === null) {
                                                vErrors = [err0];
                                              } else {
                                                vErrors.push(err0);
                                              }
                                              errors++;
                                            }
                                            var _valid0 = _errs36 === errors;
                                            valid1 = valid1 || _valid0;
                                          }
                                          if (!valid1) {
                                            const err1 = { instancePath: instancePath + "/clientCert", schemaPath: "#/properties/clientCert/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                            if (vErrors === null) {
                                              vErrors = [err1];
                                            } else {
                                              vErrors.push(err1);
                                            }
                                            errors++;
                                            validate35.errors = vErrors;
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
      validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var schema15 = { "type": "object", "properties": { "principalId": { "type": "string" }, "integrationLatency": { "type": "number" }, "claims": { "type": ["object", "null"], "additionalProperties": true }, "scopes": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": true };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.principalId !== void 0) {
        const _errs2 = errors;
        if (typeof data.principalId !== "string") {
          validate39.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.integrationLatency !== void 0) {
          let data1 = data.integrationLatency;
          const _errs4 = errors;
          if (!(typeof data1 == "number" && isFinite(data1))) {
            validate39.errors = [{ instancePath: instancePath + "/integrationLatency", schemaPath: "#/properties/integrationLatency/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
            return false;
          }
          var valid0 = _errs4 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.claims !== void 0) {
            let data2 = data.claims;
            const _errs6 = errors;
            if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
              validate39.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: schema15.properties.claims.type }, message: "must be object,null" }];
              return false;
            }
            var valid0 = _errs6 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.scopes !== void 0) {
              let data3 = data.scopes;
              const _errs9 = errors;
              if (!Array.isArray(data3) && data3 !== null) {
                validate39.errors = [{ instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/type", keyword: "type", params: { type: schema15.properties.scopes.type }, message: "must be array,null" }];
                return false;
              }
              if (errors === _errs9) {
                if (Array.isArray(data3)) {
                  var valid1 = true;
                  const len0 = data3.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs11 = errors;
                    if (typeof data3[i0] !== "string") {
                      validate39.errors = [{ instancePath: instancePath + "/scopes/" + i0, schemaPath: "#/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs11 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                }
              }
              var valid0 = _errs9 === errors;
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
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.routeKey === void 0 && (missing0 = "routeKey") || data.eventType === void 0 && (missing0 = "eventType") || data.extendedRequestId === void 0 && (missing0 = "extendedRequestId") || data.requestTime === void 0 && (missing0 = "requestTime") || data.messageDirection === void 0 && (missing0 = "messageDirection") || data.stage === void 0 && (missing0 = "stage") || data.connectedAt === void 0 && (missing0 = "connectedAt") || data.requestTimeEpoch === void 0 && (missing0 = "requestTimeEpoch") || data.identity === void 0 && (missing0 = "identity") || data.requestId === void 0 && (missing0 = "requestId") || data.domainName === void 0 && (missing0 = "domainName") || data.connectionId === void 0 && (missing0 = "connectionId") || data.apiId === void 0 && (missing0 = "apiId")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.routeKey !== void 0) {
          const _errs1 = errors;
          if (typeof data.routeKey !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate31.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/enum", keyword: "enum", params: { allowedValues: schema11.properties.eventType.enum }, message: "must be equal to one of the allowed values" }];
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
                validate31.errors = [{ instancePath: instancePath + "/connectionId", schemaPath: "#/properties/connectionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.connectedAt !== void 0) {
                const _errs6 = errors;
                if (!validate32(data.connectedAt, { instancePath: instancePath + "/connectedAt", parentData: data, parentDataProperty: "connectedAt", rootData })) {
                  vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.messageId !== void 0) {
                  let data4 = data.messageId;
                  const _errs7 = errors;
                  if (typeof data4 !== "string" && data4 !== null) {
                    validate31.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: schema11.properties.messageId.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.messageDirection !== void 0) {
                    const _errs9 = errors;
                    if (typeof data.messageDirection !== "string") {
                      validate31.errors = [{ instancePath: instancePath + "/messageDirection", schemaPath: "#/properties/messageDirection/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.disconnectStatusCode !== void 0) {
                      let data6 = data.disconnectStatusCode;
                      const _errs11 = errors;
                      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && data6 !== null) {
                        validate31.errors = [{ instancePath: instancePath + "/disconnectStatusCode", schemaPath: "#/properties/disconnectStatusCode/type", keyword: "type", params: { type: schema11.properties.disconnectStatusCode.type }, message: "must be integer,null" }];
                        return false;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.disconnectReason !== void 0) {
                        let data7 = data.disconnectReason;
                        const _errs13 = errors;
                        if (typeof data7 !== "string" && data7 !== null) {
                          validate31.errors = [{ instancePath: instancePath + "/disconnectReason", schemaPath: "#/properties/disconnectReason/type", keyword: "type", params: { type: schema11.properties.disconnectReason.type }, message: "must be string,null" }];
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
                            validate31.errors = [{ instancePath: instancePath + "/extendedRequestId", schemaPath: "#/properties/extendedRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.requestId !== void 0) {
                            const _errs17 = errors;
                            if (typeof data.requestId !== "string") {
                              validate31.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs17 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.requestTime !== void 0) {
                              const _errs19 = errors;
                              if (typeof data.requestTime !== "string") {
                                validate31.errors = [{ instancePath: instancePath + "/requestTime", schemaPath: "#/properties/requestTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs19 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.requestTimeEpoch !== void 0) {
                                const _errs21 = errors;
                                if (!validate32(data.requestTimeEpoch, { instancePath: instancePath + "/requestTimeEpoch", parentData: data, parentDataProperty: "requestTimeEpoch", rootData })) {
                                  vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs21 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.stage !== void 0) {
                                  const _errs22 = errors;
                                  if (typeof data.stage !== "string") {
                                    validate31.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs22 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.domainName !== void 0) {
                                    const _errs24 = errors;
                                    if (typeof data.domainName !== "string") {
                                      validate31.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs24 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.apiId !== void 0) {
                                      const _errs26 = errors;
                                      if (typeof data.apiId !== "string") {
                                        validate31.errors = [{ instancePath: instancePath + "/apiId", schemaPath: "#/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs26 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.identity !== void 0) {
                                        const _errs28 = errors;
                                        if (!validate35(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData })) {
                                          vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid0 = _errs28 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.authorizer !== void 0) {
                                          const _errs29 = errors;
                                          if (!validate39(data.authorizer, { instancePath: instancePath + "/authorizer", parentData: data, parentDataProperty: "authorizer", rootData })) {
                                            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid0 = _errs29 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.accountId !== void 0) {
                                            const _errs30 = errors;
                                            if (typeof data.accountId !== "string") {
                                              validate31.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                }
              }
            }
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
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.requestContext === void 0 && (missing0 = "requestContext") || data.isBase64Encoded === void 0 && (missing0 = "isBase64Encoded")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.headers !== void 0) {
          const _errs1 = errors;
          if (!validate22(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.multiValueHeaders !== void 0) {
            const _errs2 = errors;
            if (!validate24(data.multiValueHeaders, { instancePath: instancePath + "/multiValueHeaders", parentData: data, parentDataProperty: "multiValueHeaders", rootData })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.queryStringParameters !== void 0) {
              const _errs3 = errors;
              if (!validate26(data.queryStringParameters, { instancePath: instancePath + "/queryStringParameters", parentData: data, parentDataProperty: "queryStringParameters", rootData })) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.multiValueQueryStringParameters !== void 0) {
                const _errs4 = errors;
                if (!validate28(data.multiValueQueryStringParameters, { instancePath: instancePath + "/multiValueQueryStringParameters", parentData: data, parentDataProperty: "multiValueQueryStringParameters", rootData })) {
                  vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.stageVariables !== void 0) {
                  const _errs5 = errors;
                  if (!validate26(data.stageVariables, { instancePath: instancePath + "/stageVariables", parentData: data, parentDataProperty: "stageVariables", rootData })) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.requestContext !== void 0) {
                    const _errs6 = errors;
                    if (!validate31(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData })) {
                      vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.body !== void 0) {
                      const _errs7 = errors;
                      if (typeof data.body !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs7 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.isBase64Encoded !== void 0) {
                        const _errs9 = errors;
                        if (typeof data.isBase64Encoded !== "boolean") {
                          validate21.errors = [{ instancePath: instancePath + "/isBase64Encoded", schemaPath: "#/properties/isBase64Encoded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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

// check:apigateway.websocket.check.js
function d_HttpHeaders(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v1 in x) {
    const v2 = x[v1];
    if (!(typeof v2 === "string")) return false;
  }
  return true;
}
function d_HttpMultiValueHeaders(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v4 in x) {
    const v5 = x[v4];
    if (!Array.isArray(v5)) return false;
    for (let v7 = 0; v7 < v5.length; v7++) {
      const v6 = v5[v7];
      if (!(typeof v6 === "string")) return false;
    }
  }
  return true;
}
function d_StringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v9 in x) {
    const v10 = x[v9];
    if (!(typeof v10 === "string")) return false;
  }
  return true;
}
function d_MultiValueStringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v12 in x) {
    const v13 = x[v12];
    if (!Array.isArray(v13)) return false;
    for (let v15 = 0; v15 < v13.length; v15++) {
      const v14 = v13[v15];
      if (!(typeof v14 === "string")) return false;
    }
  }
  return true;
}
function d_ApiGatewayWebSocketRequestContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v18 = x.routeKey;
    if (v18 === void 0) return false;
    if (!(typeof v18 === "string")) return false;
  }
  {
    const v19 = x.eventType;
    if (v19 === void 0) return false;
    if (!(v19 === "CONNECT" || v19 === "MESSAGE" || v19 === "DISCONNECT")) return false;
  }
  {
    const v20 = x.connectionId;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  {
    const v21 = x.connectedAt;
    if (v21 === void 0) return false;
    if (!(typeof v21 === "number" && !(v21 % 1) && !isNaN(v21) && isFinite(v21))) return false;
  }
  {
    const v22 = x.messageId;
    if (v22 !== void 0) {
      if (!(typeof v22 === "string" || v22 === null)) return false;
    }
  }
  {
    const v23 = x.messageDirection;
    if (v23 === void 0) return false;
    if (!(typeof v23 === "string")) return false;
  }
  {
    const v24 = x.disconnectStatusCode;
    if (v24 !== void 0) {
      if (!(typeof v24 === "number" && !(v24 % 1) && !isNaN(v24) && isFinite(v24) || v24 === null)) return false;
    }
  }
  {
    const v25 = x.disconnectReason;
    if (v25 !== void 0) {
      if (!(typeof v25 === "string" || v25 === null)) return false;
    }
  }
  {
    const v26 = x.extendedRequestId;
    if (v26 === void 0) return false;
    if (!(typeof v26 === "string")) return false;
  }
  {
    const v27 = x.requestId;
    if (v27 === void 0) return false;
    if (!(typeof v27 === "string")) return false;
  }
  {
    const v28 = x.requestTime;
    if (v28 === void 0) return false;
    if (!(typeof v28 === "string")) return false;
  }
  {
    const v29 = x.requestTimeEpoch;
    if (v29 === void 0) return false;
    if (!(typeof v29 === "number" && !(v29 % 1) && !isNaN(v29) && isFinite(v29))) return false;
  }
  {
    const v30 = x.stage;
    if (v30 === void 0) return false;
    if (!(typeof v30 === "string")) return false;
  }
  {
    const v31 = x.domainName;
    if (v31 === void 0) return false;
    if (!(typeof v31 === "string")) return false;
  }
  {
    const v32 = x.apiId;
    if (v32 === void 0) return false;
    if (!(typeof v32 === "string")) return false;
  }
  {
    const v33 = x.identity;
    if (v33 === void 0) return false;
    if (!d_ApiGatewayRequestIdentity(v33)) return false;
  }
  {
    const v58 = x.authorizer;
    if (v58 !== void 0) {
      if (!d_ApiGatewayRestAuthorizer(v58)) return false;
    }
  }
  {
    const v65 = x.accountId;
    if (v65 !== void 0) {
      if (!(typeof v65 === "string")) return false;
    }
  }
  return true;
}
function d_ApiGatewayRequestIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v34 = x.sourceIp;
    if (v34 === void 0) return false;
    if (!(typeof v34 === "string")) return false;
  }
  {
    const v35 = x.userAgent;
    if (v35 !== void 0) {
      if (!(typeof v35 === "string" || v35 === null)) return false;
    }
  }
  {
    const v36 = x.accessKey;
    if (v36 !== void 0) {
      if (!(typeof v36 === "string" || v36 === null)) return false;
    }
  }
  {
    const v37 = x.accountId;
    if (v37 !== void 0) {
      if (!(typeof v37 === "string" || v37 === null)) return false;
    }
  }
  {
    const v38 = x.caller;
    if (v38 !== void 0) {
      if (!(typeof v38 === "string" || v38 === null)) return false;
    }
  }
  {
    const v39 = x.user;
    if (v39 !== void 0) {
      if (!(typeof v39 === "string" || v39 === null)) return false;
    }
  }
  {
    const v40 = x.userArn;
    if (v40 !== void 0) {
      if (!(typeof v40 === "string" || v40 === null)) return false;
    }
  }
  {
    const v41 = x.principalOrgId;
    if (v41 !== void 0) {
      if (!(typeof v41 === "string" || v41 === null)) return false;
    }
  }
  {
    const v42 = x.apiKey;
    if (v42 !== void 0) {
      if (!(typeof v42 === "string" || v42 === null)) return false;
    }
  }
  {
    const v43 = x.apiKeyId;
    if (v43 !== void 0) {
      if (!(typeof v43 === "string" || v43 === null)) return false;
    }
  }
  {
    const v44 = x.cognitoIdentityId;
    if (v44 !== void 0) {
      if (!(typeof v44 === "string" || v44 === null)) return false;
    }
  }
  {
    const v45 = x.cognitoIdentityPoolId;
    if (v45 !== void 0) {
      if (!(typeof v45 === "string" || v45 === null)) return false;
    }
  }
  {
    const v46 = x.cognitoAuthenticationType;
    if (v46 !== void 0) {
      if (!(typeof v46 === "string" || v46 === null)) return false;
    }
  }
  {
    const v47 = x.cognitoAuthenticationProvider;
    if (v47 !== void 0) {
      if (!(typeof v47 === "string" || v47 === null)) return false;
    }
  }
  {
    const v48 = x.vpcId;
    if (v48 !== void 0) {
      if (!(typeof v48 === "string")) return false;
    }
  }
  {
    const v49 = x.vpceId;
    if (v49 !== void 0) {
      if (!(typeof v49 === "string")) return false;
    }
  }
  {
    const v50 = x.clientCert;
    if (v50 !== void 0) {
      if (!(d_ApiGatewayClientCert(v50) || v50 === null)) return false;
    }
  }
  return true;
}
function d_ApiGatewayClientCert(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v51 = x.clientCertPem;
    if (v51 === void 0) return false;
    if (!(typeof v51 === "string")) return false;
  }
  {
    const v52 = x.subjectDN;
    if (v52 === void 0) return false;
    if (!(typeof v52 === "string")) return false;
  }
  {
    const v53 = x.issuerDN;
    if (v53 === void 0) return false;
    if (!(typeof v53 === "string")) return false;
  }
  {
    const v54 = x.serialNumber;
    if (v54 === void 0) return false;
    if (!(typeof v54 === "string")) return false;
  }
  {
    const v55 = x.validity;
    if (v55 === void 0) return false;
    if (!(v55 !== null && typeof v55 === "object" && !Array.isArray(v55))) return false;
    {
      const v56 = v55.notBefore;
      if (v56 === void 0) return false;
      if (!(typeof v56 === "string")) return false;
    }
    {
      const v57 = v55.notAfter;
      if (v57 === void 0) return false;
      if (!(typeof v57 === "string")) return false;
    }
  }
  return true;
}
function d_ApiGatewayRestAuthorizer(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v59 = x.principalId;
    if (v59 !== void 0) {
      if (!(typeof v59 === "string")) return false;
    }
  }
  {
    const v60 = x.integrationLatency;
    if (v60 !== void 0) {
      if (!(typeof v60 === "number" && isFinite(v60))) return false;
    }
  }
  {
    const v61 = x.claims;
    if (v61 !== void 0) {
      if (!(v61 !== null && typeof v61 === "object" && !Array.isArray(v61) || v61 === null)) return false;
    }
  }
  {
    const v62 = x.scopes;
    if (v62 !== void 0) {
      if (!(Array.isArray(v62) || v62 === null)) return false;
      if (Array.isArray(v62)) {
        for (let v64 = 0; v64 < v62.length; v64++) {
          const v63 = v62[v64];
          if (!(typeof v63 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.headers;
    if (v0 !== void 0) {
      if (!d_HttpHeaders(v0)) return false;
    }
  }
  {
    const v3 = x.multiValueHeaders;
    if (v3 !== void 0) {
      if (!d_HttpMultiValueHeaders(v3)) return false;
    }
  }
  {
    const v8 = x.queryStringParameters;
    if (v8 !== void 0) {
      if (!d_StringMap(v8)) return false;
    }
  }
  {
    const v11 = x.multiValueQueryStringParameters;
    if (v11 !== void 0) {
      if (!d_MultiValueStringMap(v11)) return false;
    }
  }
  {
    const v16 = x.stageVariables;
    if (v16 !== void 0) {
      if (!d_StringMap(v16)) return false;
    }
  }
  {
    const v17 = x.requestContext;
    if (v17 === void 0) return false;
    if (!d_ApiGatewayWebSocketRequestContext(v17)) return false;
  }
  {
    const v66 = x.body;
    if (v66 !== void 0) {
      if (!(typeof v66 === "string")) return false;
    }
  }
  {
    const v67 = x.isBase64Encoded;
    if (v67 === void 0) return false;
    if (!(typeof v67 === "boolean")) return false;
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

// apigateway.websocket.entry.ts
var validate = withStandardSchema(checked(check, apigateway_websocket_standalone_default), "apigateway.websocket");
export {
  validate as default,
  validate
};
