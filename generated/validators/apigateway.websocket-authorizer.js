// Generated from schemas/apigateway/websocket-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.websocket-authorizer.standalone.js
var apigateway_websocket_authorizer_standalone_default = validate21;
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
        let data0 = data[key0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              const _errs4 = errors;
              if (typeof data0[i0] !== "string") {
                validate26.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate26.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
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
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate28.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
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
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                validate30.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate30.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
var schema12 = { "type": "object", "required": ["routeKey", "eventType", "extendedRequestId", "requestTime", "messageDirection", "stage", "connectedAt", "requestTimeEpoch", "identity", "requestId", "domainName", "connectionId", "apiId"], "properties": { "routeKey": { "type": "string" }, "eventType": { "enum": ["CONNECT", "MESSAGE", "DISCONNECT"] }, "connectionId": { "type": "string" }, "connectedAt": { "$ref": "#/$defs/EpochMillis" }, "messageId": { "type": ["string", "null"] }, "messageDirection": { "type": "string" }, "disconnectStatusCode": { "type": ["integer", "null"] }, "disconnectReason": { "type": ["string", "null"] }, "extendedRequestId": { "type": "string" }, "requestId": { "type": "string" }, "requestTime": { "type": "string" }, "requestTimeEpoch": { "$ref": "#/$defs/EpochMillis" }, "stage": { "type": "string" }, "domainName": { "type": "string" }, "apiId": { "type": "string" }, "identity": { "$ref": "#/$defs/ApiGatewayRequestIdentity" }, "authorizer": { "$ref": "#/$defs/ApiGatewayRestAuthorizer" }, "accountId": { "type": "string" } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
    return false;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
var schema14 = { "type": "object", "required": ["sourceIp"], "properties": { "sourceIp": { "type": "string" }, "userAgent": { "type": ["string", "null"] }, "accessKey": { "type": ["string", "null"] }, "accountId": { "type": ["string", "null"] }, "caller": { "type": ["string", "null"] }, "user": { "type": ["string", "null"] }, "userArn": { "type": ["string", "null"] }, "principalOrgId": { "type": ["string", "null"] }, "apiKey": { "type": ["string", "null"] }, "apiKeyId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoAuthenticationType": { "type": ["string", "null"] }, "cognitoAuthenticationProvider": { "type": ["string", "null"] }, "vpcId": { "type": "string" }, "vpceId": { "type": "string" }, "clientCert": { "anyOf": [{ "$ref": "#/$defs/ApiGatewayClientCert" }, { "type": "null" }] } } };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.clientCertPem === void 0 && (missing0 = "clientCertPem") || data.subjectDN === void 0 && (missing0 = "subjectDN") || data.issuerDN === void 0 && (missing0 = "issuerDN") || data.serialNumber === void 0 && (missing0 = "serialNumber") || data.validity === void 0 && (missing0 = "validity")) {
        validate38.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.clientCertPem !== void 0) {
          const _errs1 = errors;
          if (typeof data.clientCertPem !== "string") {
            validate38.errors = [{ instancePath: instancePath + "/clientCertPem", schemaPath: "#/properties/clientCertPem/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate38.errors = [{ instancePath: instancePath + "/subjectDN", schemaPath: "#/properties/subjectDN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate38.errors = [{ instancePath: instancePath + "/issuerDN", schemaPath: "#/properties/issuerDN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate38.errors = [{ instancePath: instancePath + "/serialNumber", schemaPath: "#/properties/serialNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate38.errors = [{ instancePath: instancePath + "/validity", schemaPath: "#/properties/validity/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data4.notBefore !== void 0) {
                          const _errs11 = errors;
                          if (typeof data4.notBefore !== "string") {
                            validate38.errors = [{ instancePath: instancePath + "/validity/notBefore", schemaPath: "#/properties/validity/properties/notBefore/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate38.errors = [{ instancePath: instancePath + "/validity/notAfter", schemaPath: "#/properties/validity/properties/notAfter/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid1 = _errs13 === errors;
                          } else {
                            var valid1 = true;
                          }
                        }
                      }
                    } else {
                      validate38.errors = [{ instancePath: instancePath + "/validity", schemaPath: "#/properties/validity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.sourceIp === void 0 && (missing0 = "sourceIp")) {
        validate37.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.sourceIp !== void 0) {
          const _errs1 = errors;
          if (typeof data.sourceIp !== "string") {
            validate37.errors = [{ instancePath: instancePath + "/sourceIp", schemaPath: "#/properties/sourceIp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate37.errors = [{ instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: schema14.properties.userAgent.type }, message: "must be string,null" }];
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
                validate37.errors = [{ instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: schema14.properties.accessKey.type }, message: "must be string,null" }];
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
                  validate37.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: schema14.properties.accountId.type }, message: "must be string,null" }];
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
                    validate37.errors = [{ instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/type", keyword: "type", params: { type: schema14.properties.caller.type }, message: "must be string,null" }];
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
                      validate37.errors = [{ instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: schema14.properties.user.type }, message: "must be string,null" }];
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
                        validate37.errors = [{ instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: schema14.properties.userArn.type }, message: "must be string,null" }];
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
                          validate37.errors = [{ instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema14.properties.principalOrgId.type }, message: "must be string,null" }];
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
                            validate37.errors = [{ instancePath: instancePath + "/apiKey", schemaPath: "#/properties/apiKey/type", keyword: "type", params: { type: schema14.properties.apiKey.type }, message: "must be string,null" }];
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
                              validate37.errors = [{ instancePath: instancePath + "/apiKeyId", schemaPath: "#/properties/apiKeyId/type", keyword: "type", params: { type: schema14.properties.apiKeyId.type }, message: "must be string,null" }];
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
                                validate37.errors = [{ instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema14.properties.cognitoIdentityId.type }, message: "must be string,null" }];
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
                                  validate37.errors = [{ instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema14.properties.cognitoIdentityPoolId.type }, message: "must be string,null" }];
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
                                    validate37.errors = [{ instancePath: instancePath + "/cognitoAuthenticationType", schemaPath: "#/properties/cognitoAuthenticationType/type", keyword: "type", params: { type: schema14.properties.cognitoAuthenticationType.type }, message: "must be string,null" }];
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
                                      validate37.errors = [{ instancePath: instancePath + "/cognitoAuthenticationProvider", schemaPath: "#/properties/cognitoAuthenticationProvider/type", keyword: "type", params: { type: schema14.properties.cognitoAuthenticationProvider.type }, message: "must be string,null" }];
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
                                        validate37.errors = [{ instancePath: instancePath + "/vpcId", schemaPath: "#/properties/vpcId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                          validate37.errors = [{ instancePath: instancePath + "/vpceId", schemaPath: "#/properties/vpceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                          if (!validate38(data16, { instancePath: instancePath + "/clientCert", parentData: data, parentDataProperty: "clientCert", rootData })) {
                                            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
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
                                            validate37.errors = vErrors;
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
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
var schema16 = { "type": "object", "properties": { "principalId": { "type": "string" }, "integrationLatency": { "type": "number" }, "claims": { "type": ["object", "null"], "additionalProperties": true }, "scopes": { "type": ["array", "null"], "items": { "type": "string" } } }, "additionalProperties": true };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.principalId !== void 0) {
        const _errs2 = errors;
        if (typeof data.principalId !== "string") {
          validate41.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
            validate41.errors = [{ instancePath: instancePath + "/integrationLatency", schemaPath: "#/properties/integrationLatency/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
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
              validate41.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: schema16.properties.claims.type }, message: "must be object,null" }];
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
                validate41.errors = [{ instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/type", keyword: "type", params: { type: schema16.properties.scopes.type }, message: "must be array,null" }];
                return false;
              }
              if (errors === _errs9) {
                if (Array.isArray(data3)) {
                  var valid1 = true;
                  const len0 = data3.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs11 = errors;
                    if (typeof data3[i0] !== "string") {
                      validate41.errors = [{ instancePath: instancePath + "/scopes/" + i0, schemaPath: "#/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate41.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.routeKey === void 0 && (missing0 = "routeKey") || data.eventType === void 0 && (missing0 = "eventType") || data.extendedRequestId === void 0 && (missing0 = "extendedRequestId") || data.requestTime === void 0 && (missing0 = "requestTime") || data.messageDirection === void 0 && (missing0 = "messageDirection") || data.stage === void 0 && (missing0 = "stage") || data.connectedAt === void 0 && (missing0 = "connectedAt") || data.requestTimeEpoch === void 0 && (missing0 = "requestTimeEpoch") || data.identity === void 0 && (missing0 = "identity") || data.requestId === void 0 && (missing0 = "requestId") || data.domainName === void 0 && (missing0 = "domainName") || data.connectionId === void 0 && (missing0 = "connectionId") || data.apiId === void 0 && (missing0 = "apiId")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.routeKey !== void 0) {
          const _errs1 = errors;
          if (typeof data.routeKey !== "string") {
            validate33.errors = [{ instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate33.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/enum", keyword: "enum", params: { allowedValues: schema12.properties.eventType.enum }, message: "must be equal to one of the allowed values" }];
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
                validate33.errors = [{ instancePath: instancePath + "/connectionId", schemaPath: "#/properties/connectionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.connectedAt !== void 0) {
                const _errs6 = errors;
                if (!validate34(data.connectedAt, { instancePath: instancePath + "/connectedAt", parentData: data, parentDataProperty: "connectedAt", rootData })) {
                  vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
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
                    validate33.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: schema12.properties.messageId.type }, message: "must be string,null" }];
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
                      validate33.errors = [{ instancePath: instancePath + "/messageDirection", schemaPath: "#/properties/messageDirection/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate33.errors = [{ instancePath: instancePath + "/disconnectStatusCode", schemaPath: "#/properties/disconnectStatusCode/type", keyword: "type", params: { type: schema12.properties.disconnectStatusCode.type }, message: "must be integer,null" }];
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
                          validate33.errors = [{ instancePath: instancePath + "/disconnectReason", schemaPath: "#/properties/disconnectReason/type", keyword: "type", params: { type: schema12.properties.disconnectReason.type }, message: "must be string,null" }];
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
                            validate33.errors = [{ instancePath: instancePath + "/extendedRequestId", schemaPath: "#/properties/extendedRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate33.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate33.errors = [{ instancePath: instancePath + "/requestTime", schemaPath: "#/properties/requestTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs19 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.requestTimeEpoch !== void 0) {
                                const _errs21 = errors;
                                if (!validate34(data.requestTimeEpoch, { instancePath: instancePath + "/requestTimeEpoch", parentData: data, parentDataProperty: "requestTimeEpoch", rootData })) {
                                  vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
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
                                    validate33.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                      validate33.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                        validate33.errors = [{ instancePath: instancePath + "/apiId", schemaPath: "#/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs26 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.identity !== void 0) {
                                        const _errs28 = errors;
                                        if (!validate37(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData })) {
                                          vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid0 = _errs28 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.authorizer !== void 0) {
                                          const _errs29 = errors;
                                          if (!validate41(data.authorizer, { instancePath: instancePath + "/authorizer", parentData: data, parentDataProperty: "authorizer", rootData })) {
                                            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
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
                                              validate33.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type") || data.methodArn === void 0 && (missing0 = "methodArn") || data.headers === void 0 && (missing0 = "headers") || data.multiValueHeaders === void 0 && (missing0 = "multiValueHeaders") || data.requestContext === void 0 && (missing0 = "requestContext")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs1 = errors;
          if ("REQUEST" !== data.type) {
            validate21.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "REQUEST" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.methodArn !== void 0) {
            const _errs2 = errors;
            if (!validate22(data.methodArn, { instancePath: instancePath + "/methodArn", parentData: data, parentDataProperty: "methodArn", rootData })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.headers !== void 0) {
              const _errs3 = errors;
              if (!validate24(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.multiValueHeaders !== void 0) {
                const _errs4 = errors;
                if (!validate26(data.multiValueHeaders, { instancePath: instancePath + "/multiValueHeaders", parentData: data, parentDataProperty: "multiValueHeaders", rootData })) {
                  vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.queryStringParameters !== void 0) {
                  const _errs5 = errors;
                  if (!validate28(data.queryStringParameters, { instancePath: instancePath + "/queryStringParameters", parentData: data, parentDataProperty: "queryStringParameters", rootData })) {
                    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.multiValueQueryStringParameters !== void 0) {
                    const _errs6 = errors;
                    if (!validate30(data.multiValueQueryStringParameters, { instancePath: instancePath + "/multiValueQueryStringParameters", parentData: data, parentDataProperty: "multiValueQueryStringParameters", rootData })) {
                      vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.stageVariables !== void 0) {
                      const _errs7 = errors;
                      if (!validate28(data.stageVariables, { instancePath: instancePath + "/stageVariables", parentData: data, parentDataProperty: "stageVariables", rootData })) {
                        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs7 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.requestContext !== void 0) {
                        const _errs8 = errors;
                        if (!validate33(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData })) {
                          vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs8 === errors;
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

// check:apigateway.websocket-authorizer.check.js
function d_HttpHeaders(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v3 in x) {
    const v4 = x[v3];
    if (!(typeof v4 === "string")) return false;
  }
  return true;
}
function d_HttpMultiValueHeaders(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v6 in x) {
    const v7 = x[v6];
    if (!Array.isArray(v7)) return false;
    for (let v9 = 0; v9 < v7.length; v9++) {
      const v8 = v7[v9];
      if (!(typeof v8 === "string")) return false;
    }
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
function d_MultiValueStringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v14 in x) {
    const v15 = x[v14];
    if (!Array.isArray(v15)) return false;
    for (let v17 = 0; v17 < v15.length; v17++) {
      const v16 = v15[v17];
      if (!(typeof v16 === "string")) return false;
    }
  }
  return true;
}
function d_ApiGatewayWebSocketRequestContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v20 = x.routeKey;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  {
    const v21 = x.eventType;
    if (v21 === void 0) return false;
    if (!(v21 === "CONNECT" || v21 === "MESSAGE" || v21 === "DISCONNECT")) return false;
  }
  {
    const v22 = x.connectionId;
    if (v22 === void 0) return false;
    if (!(typeof v22 === "string")) return false;
  }
  {
    const v23 = x.connectedAt;
    if (v23 === void 0) return false;
    if (!(typeof v23 === "number" && !(v23 % 1) && !isNaN(v23) && isFinite(v23))) return false;
  }
  {
    const v24 = x.messageId;
    if (v24 !== void 0) {
      if (!(typeof v24 === "string" || v24 === null)) return false;
    }
  }
  {
    const v25 = x.messageDirection;
    if (v25 === void 0) return false;
    if (!(typeof v25 === "string")) return false;
  }
  {
    const v26 = x.disconnectStatusCode;
    if (v26 !== void 0) {
      if (!(typeof v26 === "number" && !(v26 % 1) && !isNaN(v26) && isFinite(v26) || v26 === null)) return false;
    }
  }
  {
    const v27 = x.disconnectReason;
    if (v27 !== void 0) {
      if (!(typeof v27 === "string" || v27 === null)) return false;
    }
  }
  {
    const v28 = x.extendedRequestId;
    if (v28 === void 0) return false;
    if (!(typeof v28 === "string")) return false;
  }
  {
    const v29 = x.requestId;
    if (v29 === void 0) return false;
    if (!(typeof v29 === "string")) return false;
  }
  {
    const v30 = x.requestTime;
    if (v30 === void 0) return false;
    if (!(typeof v30 === "string")) return false;
  }
  {
    const v31 = x.requestTimeEpoch;
    if (v31 === void 0) return false;
    if (!(typeof v31 === "number" && !(v31 % 1) && !isNaN(v31) && isFinite(v31))) return false;
  }
  {
    const v32 = x.stage;
    if (v32 === void 0) return false;
    if (!(typeof v32 === "string")) return false;
  }
  {
    const v33 = x.domainName;
    if (v33 === void 0) return false;
    if (!(typeof v33 === "string")) return false;
  }
  {
    const v34 = x.apiId;
    if (v34 === void 0) return false;
    if (!(typeof v34 === "string")) return false;
  }
  {
    const v35 = x.identity;
    if (v35 === void 0) return false;
    if (!d_ApiGatewayRequestIdentity(v35)) return false;
  }
  {
    const v60 = x.authorizer;
    if (v60 !== void 0) {
      if (!d_ApiGatewayRestAuthorizer(v60)) return false;
    }
  }
  {
    const v67 = x.accountId;
    if (v67 !== void 0) {
      if (!(typeof v67 === "string")) return false;
    }
  }
  return true;
}
function d_ApiGatewayRequestIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v36 = x.sourceIp;
    if (v36 === void 0) return false;
    if (!(typeof v36 === "string")) return false;
  }
  {
    const v37 = x.userAgent;
    if (v37 !== void 0) {
      if (!(typeof v37 === "string" || v37 === null)) return false;
    }
  }
  {
    const v38 = x.accessKey;
    if (v38 !== void 0) {
      if (!(typeof v38 === "string" || v38 === null)) return false;
    }
  }
  {
    const v39 = x.accountId;
    if (v39 !== void 0) {
      if (!(typeof v39 === "string" || v39 === null)) return false;
    }
  }
  {
    const v40 = x.caller;
    if (v40 !== void 0) {
      if (!(typeof v40 === "string" || v40 === null)) return false;
    }
  }
  {
    const v41 = x.user;
    if (v41 !== void 0) {
      if (!(typeof v41 === "string" || v41 === null)) return false;
    }
  }
  {
    const v42 = x.userArn;
    if (v42 !== void 0) {
      if (!(typeof v42 === "string" || v42 === null)) return false;
    }
  }
  {
    const v43 = x.principalOrgId;
    if (v43 !== void 0) {
      if (!(typeof v43 === "string" || v43 === null)) return false;
    }
  }
  {
    const v44 = x.apiKey;
    if (v44 !== void 0) {
      if (!(typeof v44 === "string" || v44 === null)) return false;
    }
  }
  {
    const v45 = x.apiKeyId;
    if (v45 !== void 0) {
      if (!(typeof v45 === "string" || v45 === null)) return false;
    }
  }
  {
    const v46 = x.cognitoIdentityId;
    if (v46 !== void 0) {
      if (!(typeof v46 === "string" || v46 === null)) return false;
    }
  }
  {
    const v47 = x.cognitoIdentityPoolId;
    if (v47 !== void 0) {
      if (!(typeof v47 === "string" || v47 === null)) return false;
    }
  }
  {
    const v48 = x.cognitoAuthenticationType;
    if (v48 !== void 0) {
      if (!(typeof v48 === "string" || v48 === null)) return false;
    }
  }
  {
    const v49 = x.cognitoAuthenticationProvider;
    if (v49 !== void 0) {
      if (!(typeof v49 === "string" || v49 === null)) return false;
    }
  }
  {
    const v50 = x.vpcId;
    if (v50 !== void 0) {
      if (!(typeof v50 === "string")) return false;
    }
  }
  {
    const v51 = x.vpceId;
    if (v51 !== void 0) {
      if (!(typeof v51 === "string")) return false;
    }
  }
  {
    const v52 = x.clientCert;
    if (v52 !== void 0) {
      if (!(d_ApiGatewayClientCert(v52) || v52 === null)) return false;
    }
  }
  return true;
}
function d_ApiGatewayClientCert(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v53 = x.clientCertPem;
    if (v53 === void 0) return false;
    if (!(typeof v53 === "string")) return false;
  }
  {
    const v54 = x.subjectDN;
    if (v54 === void 0) return false;
    if (!(typeof v54 === "string")) return false;
  }
  {
    const v55 = x.issuerDN;
    if (v55 === void 0) return false;
    if (!(typeof v55 === "string")) return false;
  }
  {
    const v56 = x.serialNumber;
    if (v56 === void 0) return false;
    if (!(typeof v56 === "string")) return false;
  }
  {
    const v57 = x.validity;
    if (v57 === void 0) return false;
    if (!(v57 !== null && typeof v57 === "object" && !Array.isArray(v57))) return false;
    {
      const v58 = v57.notBefore;
      if (v58 === void 0) return false;
      if (!(typeof v58 === "string")) return false;
    }
    {
      const v59 = v57.notAfter;
      if (v59 === void 0) return false;
      if (!(typeof v59 === "string")) return false;
    }
  }
  return true;
}
function d_ApiGatewayRestAuthorizer(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v61 = x.principalId;
    if (v61 !== void 0) {
      if (!(typeof v61 === "string")) return false;
    }
  }
  {
    const v62 = x.integrationLatency;
    if (v62 !== void 0) {
      if (!(typeof v62 === "number" && isFinite(v62))) return false;
    }
  }
  {
    const v63 = x.claims;
    if (v63 !== void 0) {
      if (!(v63 !== null && typeof v63 === "object" && !Array.isArray(v63) || v63 === null)) return false;
    }
  }
  {
    const v64 = x.scopes;
    if (v64 !== void 0) {
      if (!(Array.isArray(v64) || v64 === null)) return false;
      if (Array.isArray(v64)) {
        for (let v66 = 0; v66 < v64.length; v66++) {
          const v65 = v64[v66];
          if (!(typeof v65 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.type;
    if (v0 === void 0) return false;
    if (!(v0 === "REQUEST")) return false;
  }
  {
    const v1 = x.methodArn;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.headers;
    if (v2 === void 0) return false;
    if (!d_HttpHeaders(v2)) return false;
  }
  {
    const v5 = x.multiValueHeaders;
    if (v5 === void 0) return false;
    if (!d_HttpMultiValueHeaders(v5)) return false;
  }
  {
    const v10 = x.queryStringParameters;
    if (v10 !== void 0) {
      if (!d_StringMap(v10)) return false;
    }
  }
  {
    const v13 = x.multiValueQueryStringParameters;
    if (v13 !== void 0) {
      if (!d_MultiValueStringMap(v13)) return false;
    }
  }
  {
    const v18 = x.stageVariables;
    if (v18 !== void 0) {
      if (!d_StringMap(v18)) return false;
    }
  }
  {
    const v19 = x.requestContext;
    if (v19 === void 0) return false;
    if (!d_ApiGatewayWebSocketRequestContext(v19)) return false;
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

// apigateway.websocket-authorizer.entry.ts
var validate = withStandardSchema(checked(check, apigateway_websocket_authorizer_standalone_default), "apigateway.websocket-authorizer");
export {
  validate as default,
  validate
};
