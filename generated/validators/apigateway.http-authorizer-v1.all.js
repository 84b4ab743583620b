// Generated from schemas/apigateway/http-authorizer-v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.http-authorizer-v1.all.standalone.js
var validateAll = validate20;
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.sourceIp === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sourceIp" }, message: "must have required property 'sourceIp'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sourceIp !== void 0) {
      if (typeof data.sourceIp !== "string") {
        const err1 = { instancePath: instancePath + "/sourceIp", schemaPath: "#/properties/sourceIp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.userAgent !== void 0) {
      let data1 = data.userAgent;
      if (typeof data1 !== "string" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: schema40.properties.userAgent.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.accessKey !== void 0) {
      let data2 = data.accessKey;
      if (typeof data2 !== "string" && data2 !== null) {
        const err3 = { instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: schema40.properties.accessKey.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.accountId !== void 0) {
      let data3 = data.accountId;
      if (typeof data3 !== "string" && data3 !== null) {
        const err4 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: schema40.properties.accountId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.caller !== void 0) {
      let data4 = data.caller;
      if (typeof data4 !== "string" && data4 !== null) {
        const err5 = { instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/type", keyword: "type", params: { type: schema40.properties.caller.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data5 = data.user;
      if (typeof data5 !== "string" && data5 !== null) {
        const err6 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: schema40.properties.user.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.userArn !== void 0) {
      let data6 = data.userArn;
      if (typeof data6 !== "string" && data6 !== null) {
        const err7 = { instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: schema40.properties.userArn.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.principalOrgId !== void 0) {
      let data7 = data.principalOrgId;
      if (typeof data7 !== "string" && data7 !== null) {
        const err8 = { instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema40.properties.principalOrgId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.apiKey !== void 0) {
      let data8 = data.apiKey;
      if (typeof data8 !== "string" && data8 !== null) {
        const err9 = { instancePath: instancePath + "/apiKey", schemaPath: "#/properties/apiKey/type", keyword: "type", params: { type: schema40.properties.apiKey.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.apiKeyId !== void 0) {
      let data9 = data.apiKeyId;
      if (typeof data9 !== "string" && data9 !== null) {
        const err10 = { instancePath: instancePath + "/apiKeyId", schemaPath: "#/properties/apiKeyId/type", keyword: "type", params: { type: schema40.properties.apiKeyId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.cognitoIdentityId !== void 0) {
      let data10 = data.cognitoIdentityId;
      if (typeof data10 !== "string" && data10 !== null) {
        const err11 = { instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema40.properties.cognitoIdentityId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.cognitoIdentityPoolId !== void 0) {
      let data11 = data.cognitoIdentityPoolId;
      if (typeof data11 !== "string" && data11 !== null) {
        const err12 = { instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema40.properties.cognitoIdentityPoolId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.cognitoAuthenticationType !== void 0) {
      let data12 = data.cognitoAuthenticationType;
      if (typeof data12 !== "string" && data12 !== null) {
        const err13 = { instancePath: instancePath + "/cognitoAuthenticationType", schemaPath: "#/properties/cognitoAuthenticationType/type", keyword: "type", params: { type: schema40.properties.cognitoAuthenticationType.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.cognitoAuthenticationProvider !== void 0) {
      let data13 = data.cognitoAuthenticationProvider;
      if (typeof data13 !== "string" && data13 !== null) {
        const err14 = { instancePath: instancePath + "/cognitoAuthenticationProvider", schemaPath: "#/properties/cognitoAuthenticationProvider/type", keyword: "type", params: { type: schema40.properties.cognitoAuthenticationProvider.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.vpcId !== void 0) {
      if (typeof data.vpcId !== "string") {
        const err15 = { instancePath: instancePath + "/vpcId", schemaPath: "#/properties/vpcId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.vpceId !== void 0) {
      if (typeof data.vpceId !== "string") {
        const err16 = { instancePath: instancePath + "/vpceId", schemaPath: "#/properties/vpceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.clientCert !== void 0) {
      let data16 = data.clientCert;
      const _errs34 = errors;
      let valid1 = false;
      const _errs35 = errors;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.clientCertPem === void 0) {
          const err17 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/required", keyword: "required", params: { missingProperty: "clientCertPem" }, message: "must have required property 'clientCertPem'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data16.subjectDN === void 0) {
          const err18 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/required", keyword: "required", params: { missingProperty: "subjectDN" }, message: "must have required property 'subjectDN'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data16.issuerDN === void 0) {
          const err19 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/required", keyword: "required", params: { missingProperty: "issuerDN" }, message: "must have required property 'issuerDN'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data16.serialNumber === void 0) {
          const err20 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/required", keyword: "required", params: { missingProperty: "serialNumber" }, message: "must have required property 'serialNumber'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data16.validity === void 0) {
          const err21 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/required", keyword: "required", params: { missingProperty: "validity" }, message: "must have required property 'validity'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data16.clientCertPem !== void 0) {
          if (typeof data16.clientCertPem !== "string") {
            const err22 = { instancePath: instancePath + "/clientCert/clientCertPem", schemaPath: "#/$defs/ApiGatewayClientCert/properties/clientCertPem/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data16.subjectDN !== void 0) {
          if (typeof data16.subjectDN !== "string") {
            const err23 = { instancePath: instancePath + "/clientCert/subjectDN", schemaPath: "#/$defs/ApiGatewayClientCert/properties/subjectDN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data16.issuerDN !== void 0) {
          if (typeof data16.issuerDN !== "string") {
            const err24 = { instancePath: instancePath + "/clientCert/issuerDN", schemaPath: "#/$defs/ApiGatewayClientCert/properties/issuerDN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data16.serialNumber !== void 0) {
          if (typeof data16.serialNumber !== "string") {
            const err25 = { instancePath: instancePath + "/clientCert/serialNumber", schemaPath: "#/$defs/ApiGatewayClientCert/properties/serialNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data16.validity !== void 0) {
          let data21 = data16.validity;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.notBefore === void 0) {
              const err26 = { instancePath: instancePath + "/clientCert/validity", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/required", keyword: "required", params: { missingProperty: "notBefore" }, message: "must have required property 'notBefore'" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data21.notAfter === void 0) {
              const err27 = { instancePath: instancePath + "/clientCert/validity", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/required", keyword: "required", params: { missingProperty: "notAfter" }, message: "must have required property 'notAfter'" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data21.notBefore !== void 0) {
              if (typeof data21.notBefore !== "string") {
                const err28 = { instancePath: instancePath + "/clientCert/validity/notBefore", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/properties/notBefore/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data21.notAfter !== void 0) {
              if (typeof data21.notAfter !== "string") {
                const err29 = { instancePath: instancePath + "/clientCert/validity/notAfter", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/properties/notAfter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/clientCert/validity", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
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
        const err32 = { instancePath: instancePath + "/clientCert", schemaPath: "#/properties/clientCert/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid0 = _errs52 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err33 = { instancePath: instancePath + "/clientCert", schemaPath: "#/properties/clientCert/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
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
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.accountId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accountId" }, message: "must have required property 'accountId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.apiId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiId" }, message: "must have required property 'apiId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.httpMethod === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "httpMethod" }, message: "must have required property 'httpMethod'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.identity === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.requestId === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestId" }, message: "must have required property 'requestId'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.resourceId === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceId" }, message: "must have required property 'resourceId'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.resourcePath === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourcePath" }, message: "must have required property 'resourcePath'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.stage === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.accountId !== void 0) {
      if (typeof data.accountId !== "string") {
        const err9 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.apiId !== void 0) {
      if (typeof data.apiId !== "string") {
        const err10 = { instancePath: instancePath + "/apiId", schemaPath: "#/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.httpMethod !== void 0) {
      if (typeof data.httpMethod !== "string") {
        const err11 = { instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.identity !== void 0) {
      if (!validate22(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err12 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.requestId !== void 0) {
      if (typeof data.requestId !== "string") {
        const err13 = { instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.resourceId !== void 0) {
      let data6 = data.resourceId;
      if (typeof data6 !== "string" && data6 !== null) {
        const err14 = { instancePath: instancePath + "/resourceId", schemaPath: "#/properties/resourceId/type", keyword: "type", params: { type: schema39.properties.resourceId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.resourcePath !== void 0) {
      if (typeof data.resourcePath !== "string") {
        const err15 = { instancePath: instancePath + "/resourcePath", schemaPath: "#/properties/resourcePath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      if (typeof data.stage !== "string") {
        const err16 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.extendedRequestId !== void 0) {
      if (typeof data.extendedRequestId !== "string") {
        const err17 = { instancePath: instancePath + "/extendedRequestId", schemaPath: "#/properties/extendedRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.domainName !== void 0) {
      if (typeof data.domainName !== "string") {
        const err18 = { instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.domainPrefix !== void 0) {
      if (typeof data.domainPrefix !== "string") {
        const err19 = { instancePath: instancePath + "/domainPrefix", schemaPath: "#/properties/domainPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.protocol !== void 0) {
      if (typeof data.protocol !== "string") {
        const err20 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.requestTime !== void 0) {
      if (typeof data.requestTime !== "string") {
        const err21 = { instancePath: instancePath + "/requestTime", schemaPath: "#/properties/requestTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.requestTimeEpoch !== void 0) {
      let data14 = data.requestTimeEpoch;
      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
        const err22 = { instancePath: instancePath + "/requestTimeEpoch", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 < 0 || isNaN(data14)) {
          const err23 = { instancePath: instancePath + "/requestTimeEpoch", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.deploymentId !== void 0) {
      if (typeof data.deploymentId !== "string") {
        const err24 = { instancePath: instancePath + "/deploymentId", schemaPath: "#/properties/deploymentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.methodArn === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "methodArn" }, message: "must have required property 'methodArn'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.resource === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.httpMethod === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "httpMethod" }, message: "must have required property 'httpMethod'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.headers === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "headers" }, message: "must have required property 'headers'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.requestContext === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestContext" }, message: "must have required property 'requestContext'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.version !== void 0) {
      if ("1.0" !== data.version) {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if ("REQUEST" !== data.type) {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "REQUEST" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.methodArn !== void 0) {
      let data2 = data.methodArn;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err10 = { instancePath: instancePath + "/methodArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/methodArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.identitySource !== void 0) {
      if (typeof data.identitySource !== "string") {
        const err12 = { instancePath: instancePath + "/identitySource", schemaPath: "#/properties/identitySource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.authorizationToken !== void 0) {
      if (typeof data.authorizationToken !== "string") {
        const err13 = { instancePath: instancePath + "/authorizationToken", schemaPath: "#/properties/authorizationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.resource !== void 0) {
      if (typeof data.resource !== "string") {
        const err14 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err15 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.httpMethod !== void 0) {
      if (typeof data.httpMethod !== "string") {
        const err16 = { instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data8 = data.headers;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key0 in data8) {
          if (typeof data8[key0] !== "string") {
            const err17 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/headers", schemaPath: "#/$defs/HttpHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.multiValueHeaders !== void 0) {
      let data10 = data.multiValueHeaders;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key1 in data10) {
          let data11 = data10[key1];
          if (Array.isArray(data11)) {
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data11[i0] !== "string") {
                const err19 = { instancePath: instancePath + "/multiValueHeaders/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/multiValueHeaders/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/multiValueHeaders", schemaPath: "#/$defs/HttpMultiValueHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.queryStringParameters !== void 0) {
      let data13 = data.queryStringParameters;
      const _errs31 = errors;
      let valid8 = false;
      const _errs32 = errors;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key2 in data13) {
          if (typeof data13[key2] !== "string") {
            const err22 = { instancePath: instancePath + "/queryStringParameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/queryStringParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var _valid0 = _errs32 === errors;
      valid8 = valid8 || _valid0;
      const _errs38 = errors;
      if (data13 !== null) {
        const err24 = { instancePath: instancePath + "/queryStringParameters", schemaPath: "#/properties/queryStringParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid0 = _errs38 === errors;
      valid8 = valid8 || _valid0;
      if (!valid8) {
        const err25 = { instancePath: instancePath + "/queryStringParameters", schemaPath: "#/properties/queryStringParameters/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      } else {
        errors = _errs31;
        if (vErrors !== null) {
          if (_errs31) {
            vErrors.length = _errs31;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.multiValueQueryStringParameters !== void 0) {
      let data15 = data.multiValueQueryStringParameters;
      const _errs41 = errors;
      let valid11 = false;
      const _errs42 = errors;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key3 in data15) {
          let data16 = data15[key3];
          if (Array.isArray(data16)) {
            const len1 = data16.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data16[i1] !== "string") {
                const err26 = { instancePath: instancePath + "/multiValueQueryStringParameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/multiValueQueryStringParameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/multiValueQueryStringParameters", schemaPath: "#/$defs/MultiValueStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid1 = _errs42 === errors;
      valid11 = valid11 || _valid1;
      const _errs50 = errors;
      if (data15 !== null) {
        const err29 = { instancePath: instancePath + "/multiValueQueryStringParameters", schemaPath: "#/properties/multiValueQueryStringParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid1 = _errs50 === errors;
      valid11 = valid11 || _valid1;
      if (!valid11) {
        const err30 = { instancePath: instancePath + "/multiValueQueryStringParameters", schemaPath: "#/properties/multiValueQueryStringParameters/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs41;
        if (vErrors !== null) {
          if (_errs41) {
            vErrors.length = _errs41;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.pathParameters !== void 0) {
      let data18 = data.pathParameters;
      const _errs53 = errors;
      let valid16 = false;
      const _errs54 = errors;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key4 in data18) {
          if (typeof data18[key4] !== "string") {
            const err31 = { instancePath: instancePath + "/pathParameters/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/pathParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid2 = _errs54 === errors;
      valid16 = valid16 || _valid2;
      const _errs60 = errors;
      if (data18 !== null) {
        const err33 = { instancePath: instancePath + "/pathParameters", schemaPath: "#/properties/pathParameters/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid2 = _errs60 === errors;
      valid16 = valid16 || _valid2;
      if (!valid16) {
        const err34 = { instancePath: instancePath + "/pathParameters", schemaPath: "#/properties/pathParameters/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      } else {
        errors = _errs53;
        if (vErrors !== null) {
          if (_errs53) {
            vErrors.length = _errs53;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.stageVariables !== void 0) {
      let data20 = data.stageVariables;
      const _errs63 = errors;
      let valid19 = false;
      const _errs64 = errors;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key5 in data20) {
          if (typeof data20[key5] !== "string") {
            const err35 = { instancePath: instancePath + "/stageVariables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/stageVariables", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      var _valid3 = _errs64 === errors;
      valid19 = valid19 || _valid3;
      const _errs70 = errors;
      if (data20 !== null) {
        const err37 = { instancePath: instancePath + "/stageVariables", schemaPath: "#/properties/stageVariables/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      var _valid3 = _errs70 === errors;
      valid19 = valid19 || _valid3;
      if (!valid19) {
        const err38 = { instancePath: instancePath + "/stageVariables", schemaPath: "#/properties/stageVariables/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      } else {
        errors = _errs63;
        if (vErrors !== null) {
          if (_errs63) {
            vErrors.length = _errs63;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.requestContext !== void 0) {
      if (!validate21(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "type": true, "methodArn": true, "identitySource": true, "authorizationToken": true, "resource": true, "path": true, "httpMethod": true, "headers": true, "multiValueHeaders": true, "queryStringParameters": true, "multiValueQueryStringParameters": true, "pathParameters": true, "stageVariables": true, "requestContext": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_0 = validate25;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (typeof data[key0] !== "string") {
        const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate26;
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch1_0 = validate27;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var branch1_1 = validate28;
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch2_0 = validate29;
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (typeof data[key0] !== "string") {
        const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var branch2_1 = validate30;
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch3_0 = validate31;
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (typeof data[key0] !== "string") {
        const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var branch3_1 = validate32;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch4_0 = validate33;
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.clientCertPem === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clientCertPem" }, message: "must have required property 'clientCertPem'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.subjectDN === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subjectDN" }, message: "must have required property 'subjectDN'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.issuerDN === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "issuerDN" }, message: "must have required property 'issuerDN'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.serialNumber === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "serialNumber" }, message: "must have required property 'serialNumber'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.validity === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "validity" }, message: "must have required property 'validity'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.clientCertPem !== void 0) {
      if (typeof data.clientCertPem !== "string") {
        const err5 = { instancePath: instancePath + "/clientCertPem", schemaPath: "#/properties/clientCertPem/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.subjectDN !== void 0) {
      if (typeof data.subjectDN !== "string") {
        const err6 = { instancePath: instancePath + "/subjectDN", schemaPath: "#/properties/subjectDN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.issuerDN !== void 0) {
      if (typeof data.issuerDN !== "string") {
        const err7 = { instancePath: instancePath + "/issuerDN", schemaPath: "#/properties/issuerDN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.serialNumber !== void 0) {
      if (typeof data.serialNumber !== "string") {
        const err8 = { instancePath: instancePath + "/serialNumber", schemaPath: "#/properties/serialNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.validity !== void 0) {
      let data4 = data.validity;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.notBefore === void 0) {
          const err9 = { instancePath: instancePath + "/validity", schemaPath: "#/properties/validity/required", keyword: "required", params: { missingProperty: "notBefore" }, message: "must have required property 'notBefore'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data4.notAfter === void 0) {
          const err10 = { instancePath: instancePath + "/validity", schemaPath: "#/properties/validity/required", keyword: "required", params: { missingProperty: "notAfter" }, message: "must have required property 'notAfter'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data4.notBefore !== void 0) {
          if (typeof data4.notBefore !== "string") {
            const err11 = { instancePath: instancePath + "/validity/notBefore", schemaPath: "#/properties/validity/properties/notBefore/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data4.notAfter !== void 0) {
          if (typeof data4.notAfter !== "string") {
            const err12 = { instancePath: instancePath + "/validity/notAfter", schemaPath: "#/properties/validity/properties/notAfter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/validity", schemaPath: "#/properties/validity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": { "clientCertPem": true, "subjectDN": true, "issuerDN": true, "serialNumber": true, "validity": true }, "dynamicProps": false, "dynamicItems": false };
var branch4_1 = validate34;
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "dynamicProps": false, "dynamicItems": false };

// apigateway.http-authorizer-v1.all.entry.ts
var branches = {
  "#/properties/queryStringParameters/anyOf": [branch0_0, branch0_1],
  "#/properties/multiValueQueryStringParameters/anyOf": [branch1_0, branch1_1],
  "#/properties/pathParameters/anyOf": [branch2_0, branch2_1],
  "#/properties/stageVariables/anyOf": [branch3_0, branch3_1],
  "#/$defs/ApiGatewayRequestIdentity/properties/clientCert/anyOf": [branch4_0, branch4_1]
};
export {
  branches,
  validateAll
};
