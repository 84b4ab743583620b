// Generated from schemas/apigateway/http-authorizer-v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.http-authorizer-v1.standalone.js
var apigateway_http_authorizer_v1_standalone_default = validate21;
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
var schema12 = { "type": "object", "required": ["accountId", "apiId", "httpMethod", "identity", "path", "requestId", "resourceId", "resourcePath", "stage"], "properties": { "accountId": { "type": "string" }, "apiId": { "type": "string" }, "httpMethod": { "type": "string" }, "identity": { "$ref": "#/$defs/ApiGatewayRequestIdentity" }, "path": { "type": "string" }, "requestId": { "type": "string" }, "resourceId": { "type": ["string", "null"] }, "resourcePath": { "type": "string" }, "stage": { "type": "string" }, "extendedRequestId": { "type": "string" }, "domainName": { "type": "string" }, "domainPrefix": { "type": "string" }, "protocol": { "type": "string" }, "requestTime": { "type": "string" }, "requestTimeEpoch": { "$ref": "#/$defs/EpochMillis" }, "deploymentId": { "type": "string" } } };
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
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
    return false;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accountId === void 0 && (missing0 = "accountId") || data.apiId === void 0 && (missing0 = "apiId") || data.httpMethod === void 0 && (missing0 = "httpMethod") || data.identity === void 0 && (missing0 = "identity") || data.path === void 0 && (missing0 = "path") || data.requestId === void 0 && (missing0 = "requestId") || data.resourceId === void 0 && (missing0 = "resourceId") || data.resourcePath === void 0 && (missing0 = "resourcePath") || data.stage === void 0 && (missing0 = "stage")) {
        validate34.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accountId !== void 0) {
          const _errs1 = errors;
          if (typeof data.accountId !== "string") {
            validate34.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate34.errors = [{ instancePath: instancePath + "/apiId", schemaPath: "#/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate34.errors = [{ instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.identity !== void 0) {
                const _errs7 = errors;
                if (!validate35(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData })) {
                  vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
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
                    validate34.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate34.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate34.errors = [{ instancePath: instancePath + "/resourceId", schemaPath: "#/properties/resourceId/type", keyword: "type", params: { type: schema12.properties.resourceId.type }, message: "must be string,null" }];
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
                          validate34.errors = [{ instancePath: instancePath + "/resourcePath", schemaPath: "#/properties/resourcePath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            validate34.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate34.errors = [{ instancePath: instancePath + "/extendedRequestId", schemaPath: "#/properties/extendedRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate34.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                  validate34.errors = [{ instancePath: instancePath + "/domainPrefix", schemaPath: "#/properties/domainPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                    validate34.errors = [{ instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                      validate34.errors = [{ instancePath: instancePath + "/requestTime", schemaPath: "#/properties/requestTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs26 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.requestTimeEpoch !== void 0) {
                                      const _errs28 = errors;
                                      if (!validate39(data.requestTimeEpoch, { instancePath: instancePath + "/requestTimeEpoch", parentData: data, parentDataProperty: "requestTimeEpoch", rootData })) {
                                        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid0 = _errs28 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.deploymentId !== void 0) {
                                        const _errs29 = errors;
                                        if (typeof data.deploymentId !== "string") {
                                          validate34.errors = [{ instancePath: instancePath + "/deploymentId", schemaPath: "#/properties/deploymentId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs29 === errors;
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
      validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.type === void 0 && (missing0 = "type") || data.methodArn === void 0 && (missing0 = "methodArn") || data.resource === void 0 && (missing0 = "resource") || data.path === void 0 && (missing0 = "path") || data.httpMethod === void 0 && (missing0 = "httpMethod") || data.headers === void 0 && (missing0 = "headers") || data.requestContext === void 0 && (missing0 = "requestContext")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("1.0" !== data.version) {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant" }];
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
            if (data.methodArn !== void 0) {
              const _errs3 = errors;
              if (!validate22(data.methodArn, { instancePath: instancePath + "/methodArn", parentData: data, parentDataProperty: "methodArn", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.identitySource !== void 0) {
                const _errs4 = errors;
                if (typeof data.identitySource !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/identitySource", schemaPath: "#/properties/identitySource/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.authorizationToken !== void 0) {
                  const _errs6 = errors;
                  if (typeof data.authorizationToken !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/authorizationToken", schemaPath: "#/properties/authorizationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.resource !== void 0) {
                    const _errs8 = errors;
                    if (typeof data.resource !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.path !== void 0) {
                      const _errs10 = errors;
                      if (typeof data.path !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.httpMethod !== void 0) {
                        const _errs12 = errors;
                        if (typeof data.httpMethod !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.headers !== void 0) {
                          const _errs14 = errors;
                          if (!validate24(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData })) {
                            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.multiValueHeaders !== void 0) {
                            const _errs15 = errors;
                            if (!validate26(data.multiValueHeaders, { instancePath: instancePath + "/multiValueHeaders", parentData: data, parentDataProperty: "multiValueHeaders", rootData })) {
                              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs15 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.queryStringParameters !== void 0) {
                              let data10 = data.queryStringParameters;
                              const _errs16 = errors;
                              const _errs17 = errors;
                              let valid1 = false;
                              const _errs18 = errors;
                              if (!validate28(data10, { instancePath: instancePath + "/queryStringParameters", parentData: data, parentDataProperty: "queryStringParameters", rootData })) {
                                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                                errors = vErrors.length;
                              }
                              var _valid0 = _errs18 === errors;
                              valid1 = valid1 || _valid0;
                              if (!valid1) {
                                const _errs19 = errors;
                                if (data10 !== null) {
                                  const err0 = { instancePath: instancePath + "/queryStringParameters", schemaPath: "#/properties/queryStringParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                  if (vErrors === null) {
                                    vErrors = [err0];
                                  } else {
                                    vErrors.push(err0);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs19 === errors;
                                valid1 = valid1 || _valid0;
                              }
                              if (!valid1) {
                                const err1 = { instancePath: instancePath + "/queryStringParameters", schemaPath: "#/properties/queryStringParameters/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err1];
                                } else {
                                  vErrors.push(err1);
                                }
                                errors++;
                                validate21.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs17;
                                if (vErrors !== null) {
                                  if (_errs17) {
                                    vErrors.length = _errs17;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs16 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.multiValueQueryStringParameters !== void 0) {
                                let data11 = data.multiValueQueryStringParameters;
                                const _errs21 = errors;
                                const _errs22 = errors;
                                let valid2 = false;
                                const _errs23 = errors;
                                if (!validate30(data11, { instancePath: instancePath + "/multiValueQueryStringParameters", parentData: data, parentDataProperty: "multiValueQueryStringParameters", rootData })) {
                                  vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                  errors = vErrors.length;
                                }
                                var _valid1 = _errs23 === errors;
                                valid2 = valid2 || _valid1;
                                if (!valid2) {
                                  const _errs24 = errors;
                                  if (data11 !== null) {
                                    const err2 = { instancePath: instancePath + "/multiValueQueryStringParameters", schemaPath: "#/properties/multiValueQueryStringParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                    if (vErrors === null) {
                                      vErrors = [err2];
                                    } else {
                                      vErrors.push(err2);
                                    }
                                    errors++;
                                  }
                                  var _valid1 = _errs24 === errors;
                                  valid2 = valid2 || _valid1;
                                }
                                if (!valid2) {
                                  const err3 = { instancePath: instancePath + "/multiValueQueryStringParameters", schemaPath: "#/properties/multiValueQueryStringParameters/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err3];
                                  } else {
                                    vErrors.push(err3);
                                  }
                                  errors++;
                                  validate21.errors = vErrors;
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
                                if (data.pathParameters !== void 0) {
                                  let data12 = data.pathParameters;
                                  const _errs26 = errors;
                                  const _errs27 = errors;
                                  let valid3 = false;
                                  const _errs28 = errors;
                                  if (!validate28(data12, { instancePath: instancePath + "/pathParameters", parentData: data, parentDataProperty: "pathParameters", rootData })) {
                                    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                                    errors = vErrors.length;
                                  }
                                  var _valid2 = _errs28 === errors;
                                  valid3 = valid3 || _valid2;
                                  if (!valid3) {
                                    const _errs29 = errors;
                                    if (data12 !== null) {
                                      const err4 = { instancePath: instancePath + "/pathParameters", schemaPath: "#/properties/pathParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                      if (vErrors === null) {
                                        vErrors = [err4];
                                      } else {
                                        vErrors.push(err4);
                                      }
                                      errors++;
                                    }
                                    var _valid2 = _errs29 === errors;
                                    valid3 = valid3 || _valid2;
                                  }
                                  if (!valid3) {
                                    const err5 = { instancePath: instancePath + "/pathParameters", schemaPath: "#/properties/pathParameters/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                    if (vErrors === null) {
                                      vErrors = [err5];
                                    } else {
                                      vErrors.push(err5);
                                    }
                                    errors++;
                                    validate21.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs27;
                                    if (vErrors !== null) {
                                      if (_errs27) {
                                        vErrors.length = _errs27;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid0 = _errs26 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.stageVariables !== void 0) {
                                    let data13 = data.stageVariables;
                                    const _errs31 = errors;
                                    const _errs32 = errors;
                                    let valid4 = false;
                                    const _errs33 = errors;
                                    if (!validate28(data13, { instancePath: instancePath + "/stageVariables", parentData: data, parentDataProperty: "stageVariables", rootData })) {
                                      vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                                      errors = vErrors.length;
                                    }
                                    var _valid3 = _errs33 === errors;
                                    valid4 = valid4 || _valid3;
                                    if (!valid4) {
                                      const _errs34 = errors;
                                      if (data13 !== null) {
                                        const err6 = { instancePath: instancePath + "/stageVariables", schemaPath: "#/properties/stageVariables/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                        if (vErrors === null) {
                                          vErrors = [err6];
                                        } else {
                                          vErrors.push(err6);
                                        }
                                        errors++;
                                      }
                                      var _valid3 = _errs34 === errors;
                                      valid4 = valid4 || _valid3;
                                    }
                                    if (!valid4) {
                                      const err7 = { instancePath: instancePath + "/stageVariables", schemaPath: "#/properties/stageVariables/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                      if (vErrors === null) {
                                        vErrors = [err7];
                                      } else {
                                        vErrors.push(err7);
                                      }
                                      errors++;
                                      validate21.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs32;
                                      if (vErrors !== null) {
                                        if (_errs32) {
                                          vErrors.length = _errs32;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid0 = _errs31 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.requestContext !== void 0) {
                                      const _errs36 = errors;
                                      if (!validate34(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData })) {
                                        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid0 = _errs36 === errors;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:apigateway.http-authorizer-v1.check.js
function d_HttpHeaders(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v9 in x) {
    const v10 = x[v9];
    if (!(typeof v10 === "string")) return false;
  }
  return true;
}
function d_HttpMultiValueHeaders(x) {
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
function d_StringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v17 in x) {
    const v18 = x[v17];
    if (!(typeof v18 === "string")) return false;
  }
  return true;
}
function d_MultiValueStringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v20 in x) {
    const v21 = x[v20];
    if (!Array.isArray(v21)) return false;
    for (let v23 = 0; v23 < v21.length; v23++) {
      const v22 = v21[v23];
      if (!(typeof v22 === "string")) return false;
    }
  }
  return true;
}
function d_ApiGatewayAuthorizerRequestContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v27 = x.accountId;
    if (v27 === void 0) return false;
    if (!(typeof v27 === "string")) return false;
  }
  {
    const v28 = x.apiId;
    if (v28 === void 0) return false;
    if (!(typeof v28 === "string")) return false;
  }
  {
    const v29 = x.httpMethod;
    if (v29 === void 0) return false;
    if (!(typeof v29 === "string")) return false;
  }
  {
    const v30 = x.identity;
    if (v30 === void 0) return false;
    if (!d_ApiGatewayRequestIdentity(v30)) return false;
  }
  {
    const v55 = x.path;
    if (v55 === void 0) return false;
    if (!(typeof v55 === "string")) return false;
  }
  {
    const v56 = x.requestId;
    if (v56 === void 0) return false;
    if (!(typeof v56 === "string")) return false;
  }
  {
    const v57 = x.resourceId;
    if (v57 === void 0) return false;
    if (!(typeof v57 === "string" || v57 === null)) return false;
  }
  {
    const v58 = x.resourcePath;
    if (v58 === void 0) return false;
    if (!(typeof v58 === "string")) return false;
  }
  {
    const v59 = x.stage;
    if (v59 === void 0) return false;
    if (!(typeof v59 === "string")) return false;
  }
  {
    const v60 = x.extendedRequestId;
    if (v60 !== void 0) {
      if (!(typeof v60 === "string")) return false;
    }
  }
  {
    const v61 = x.domainName;
    if (v61 !== void 0) {
      if (!(typeof v61 === "string")) return false;
    }
  }
  {
    const v62 = x.domainPrefix;
    if (v62 !== void 0) {
      if (!(typeof v62 === "string")) return false;
    }
  }
  {
    const v63 = x.protocol;
    if (v63 !== void 0) {
      if (!(typeof v63 === "string")) return false;
    }
  }
  {
    const v64 = x.requestTime;
    if (v64 !== void 0) {
      if (!(typeof v64 === "string")) return false;
    }
  }
  {
    const v65 = x.requestTimeEpoch;
    if (v65 !== void 0) {
      if (!(typeof v65 === "number" && !(v65 % 1) && !isNaN(v65) && isFinite(v65))) return false;
    }
  }
  {
    const v66 = x.deploymentId;
    if (v66 !== void 0) {
      if (!(typeof v66 === "string")) return false;
    }
  }
  return true;
}
function d_ApiGatewayRequestIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v31 = x.sourceIp;
    if (v31 === void 0) return false;
    if (!(typeof v31 === "string")) return false;
  }
  {
    const v32 = x.userAgent;
    if (v32 !== void 0) {
      if (!(typeof v32 === "string" || v32 === null)) return false;
    }
  }
  {
    const v33 = x.accessKey;
    if (v33 !== void 0) {
      if (!(typeof v33 === "string" || v33 === null)) return false;
    }
  }
  {
    const v34 = x.accountId;
    if (v34 !== void 0) {
      if (!(typeof v34 === "string" || v34 === null)) return false;
    }
  }
  {
    const v35 = x.caller;
    if (v35 !== void 0) {
      if (!(typeof v35 === "string" || v35 === null)) return false;
    }
  }
  {
    const v36 = x.user;
    if (v36 !== void 0) {
      if (!(typeof v36 === "string" || v36 === null)) return false;
    }
  }
  {
    const v37 = x.userArn;
    if (v37 !== void 0) {
      if (!(typeof v37 === "string" || v37 === null)) return false;
    }
  }
  {
    const v38 = x.principalOrgId;
    if (v38 !== void 0) {
      if (!(typeof v38 === "string" || v38 === null)) return false;
    }
  }
  {
    const v39 = x.apiKey;
    if (v39 !== void 0) {
      if (!(typeof v39 === "string" || v39 === null)) return false;
    }
  }
  {
    const v40 = x.apiKeyId;
    if (v40 !== void 0) {
      if (!(typeof v40 === "string" || v40 === null)) return false;
    }
  }
  {
    const v41 = x.cognitoIdentityId;
    if (v41 !== void 0) {
      if (!(typeof v41 === "string" || v41 === null)) return false;
    }
  }
  {
    const v42 = x.cognitoIdentityPoolId;
    if (v42 !== void 0) {
      if (!(typeof v42 === "string" || v42 === null)) return false;
    }
  }
  {
    const v43 = x.cognitoAuthenticationType;
    if (v43 !== void 0) {
      if (!(typeof v43 === "string" || v43 === null)) return false;
    }
  }
  {
    const v44 = x.cognitoAuthenticationProvider;
    if (v44 !== void 0) {
      if (!(typeof v44 === "string" || v44 === null)) return false;
    }
  }
  {
    const v45 = x.vpcId;
    if (v45 !== void 0) {
      if (!(typeof v45 === "string")) return false;
    }
  }
  {
    const v46 = x.vpceId;
    if (v46 !== void 0) {
      if (!(typeof v46 === "string")) return false;
    }
  }
  {
    const v47 = x.clientCert;
    if (v47 !== void 0) {
      if (!(d_ApiGatewayClientCert(v47) || v47 === null)) return false;
    }
  }
  return true;
}
function d_ApiGatewayClientCert(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v48 = x.clientCertPem;
    if (v48 === void 0) return false;
    if (!(typeof v48 === "string")) return false;
  }
  {
    const v49 = x.subjectDN;
    if (v49 === void 0) return false;
    if (!(typeof v49 === "string")) return false;
  }
  {
    const v50 = x.issuerDN;
    if (v50 === void 0) return false;
    if (!(typeof v50 === "string")) return false;
  }
  {
    const v51 = x.serialNumber;
    if (v51 === void 0) return false;
    if (!(typeof v51 === "string")) return false;
  }
  {
    const v52 = x.validity;
    if (v52 === void 0) return false;
    if (!(v52 !== null && typeof v52 === "object" && !Array.isArray(v52))) return false;
    {
      const v53 = v52.notBefore;
      if (v53 === void 0) return false;
      if (!(typeof v53 === "string")) return false;
    }
    {
      const v54 = v52.notAfter;
      if (v54 === void 0) return false;
      if (!(typeof v54 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(v0 === "1.0")) return false;
  }
  {
    const v1 = x.type;
    if (v1 === void 0) return false;
    if (!(v1 === "REQUEST")) return false;
  }
  {
    const v2 = x.methodArn;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.identitySource;
    if (v3 !== void 0) {
      if (!(typeof v3 === "string")) return false;
    }
  }
  {
    const v4 = x.authorizationToken;
    if (v4 !== void 0) {
      if (!(typeof v4 === "string")) return false;
    }
  }
  {
    const v5 = x.resource;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.path;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.httpMethod;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.headers;
    if (v8 === void 0) return false;
    if (!d_HttpHeaders(v8)) return false;
  }
  {
    const v11 = x.multiValueHeaders;
    if (v11 !== void 0) {
      if (!d_HttpMultiValueHeaders(v11)) return false;
    }
  }
  {
    const v16 = x.queryStringParameters;
    if (v16 !== void 0) {
      if (!(d_StringMap(v16) || v16 === null)) return false;
    }
  }
  {
    const v19 = x.multiValueQueryStringParameters;
    if (v19 !== void 0) {
      if (!(d_MultiValueStringMap(v19) || v19 === null)) return false;
    }
  }
  {
    const v24 = x.pathParameters;
    if (v24 !== void 0) {
      if (!(d_StringMap(v24) || v24 === null)) return false;
    }
  }
  {
    const v25 = x.stageVariables;
    if (v25 !== void 0) {
      if (!(d_StringMap(v25) || v25 === null)) return false;
    }
  }
  {
    const v26 = x.requestContext;
    if (v26 === void 0) return false;
    if (!d_ApiGatewayAuthorizerRequestContext(v26)) return false;
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

// apigateway.http-authorizer-v1.entry.ts
var validate = withStandardSchema(checked(check, apigateway_http_authorizer_v1_standalone_default), "apigateway.http-authorizer-v1");
export {
  validate as default,
  validate
};
