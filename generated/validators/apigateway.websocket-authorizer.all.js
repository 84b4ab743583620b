// Generated from schemas/apigateway/websocket-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.websocket-authorizer.all.standalone.js
var validateAll = validate20;
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
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
        const err2 = { instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: schema41.properties.userAgent.type }, message: "must be string,null" };
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
        const err3 = { instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: schema41.properties.accessKey.type }, message: "must be string,null" };
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
        const err4 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: schema41.properties.accountId.type }, message: "must be string,null" };
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
        const err5 = { instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/type", keyword: "type", params: { type: schema41.properties.caller.type }, message: "must be string,null" };
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
        const err6 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: schema41.properties.user.type }, message: "must be string,null" };
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
        const err7 = { instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: schema41.properties.userArn.type }, message: "must be string,null" };
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
        const err8 = { instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema41.properties.principalOrgId.type }, message: "must be string,null" };
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
        const err9 = { instancePath: instancePath + "/apiKey", schemaPath: "#/properties/apiKey/type", keyword: "type", params: { type: schema41.properties.apiKey.type }, message: "must be string,null" };
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
        const err10 = { instancePath: instancePath + "/apiKeyId", schemaPath: "#/properties/apiKeyId/type", keyword: "type", params: { type: schema41.properties.apiKeyId.type }, message: "must be string,null" };
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
        const err11 = { instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema41.properties.cognitoIdentityId.type }, message: "must be string,null" };
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
        const err12 = { instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema41.properties.cognitoIdentityPoolId.type }, message: "must be string,null" };
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
        const err13 = { instancePath: instancePath + "/cognitoAuthenticationType", schemaPath: "#/properties/cognitoAuthenticationType/type", keyword: "type", params: { type: schema41.properties.cognitoAuthenticationType.type }, message: "must be string,null" };
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
        const err14 = { instancePath: instancePath + "/cognitoAuthenticationProvider", schemaPath: "#/properties/cognitoAuthenticationProvider/type", keyword: "type", params: { type: schema41.properties.cognitoAuthenticationProvider.type }, message: "must be string,null" };
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
    if (data.routeKey === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "routeKey" }, message: "must have required property 'routeKey'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.eventType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventType" }, message: "must have required property 'eventType'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.extendedRequestId === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extendedRequestId" }, message: "must have required property 'extendedRequestId'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.requestTime === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestTime" }, message: "must have required property 'requestTime'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.messageDirection === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "messageDirection" }, message: "must have required property 'messageDirection'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.stage === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.connectedAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "connectedAt" }, message: "must have required property 'connectedAt'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.requestTimeEpoch === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestTimeEpoch" }, message: "must have required property 'requestTimeEpoch'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.identity === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.requestId === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestId" }, message: "must have required property 'requestId'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.domainName === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "domainName" }, message: "must have required property 'domainName'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.connectionId === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "connectionId" }, message: "must have required property 'connectionId'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.apiId === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiId" }, message: "must have required property 'apiId'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.routeKey !== void 0) {
      if (typeof data.routeKey !== "string") {
        const err13 = { instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.eventType !== void 0) {
      let data1 = data.eventType;
      if (!(data1 === "CONNECT" || data1 === "MESSAGE" || data1 === "DISCONNECT")) {
        const err14 = { instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/enum", keyword: "enum", params: { allowedValues: schema38.properties.eventType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.connectionId !== void 0) {
      if (typeof data.connectionId !== "string") {
        const err15 = { instancePath: instancePath + "/connectionId", schemaPath: "#/properties/connectionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.connectedAt !== void 0) {
      let data3 = data.connectedAt;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err16 = { instancePath: instancePath + "/connectedAt", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err17 = { instancePath: instancePath + "/connectedAt", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.messageId !== void 0) {
      let data4 = data.messageId;
      if (typeof data4 !== "string" && data4 !== null) {
        const err18 = { instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: schema38.properties.messageId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.messageDirection !== void 0) {
      if (typeof data.messageDirection !== "string") {
        const err19 = { instancePath: instancePath + "/messageDirection", schemaPath: "#/properties/messageDirection/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.disconnectStatusCode !== void 0) {
      let data6 = data.disconnectStatusCode;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && data6 !== null) {
        const err20 = { instancePath: instancePath + "/disconnectStatusCode", schemaPath: "#/properties/disconnectStatusCode/type", keyword: "type", params: { type: schema38.properties.disconnectStatusCode.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.disconnectReason !== void 0) {
      let data7 = data.disconnectReason;
      if (typeof data7 !== "string" && data7 !== null) {
        const err21 = { instancePath: instancePath + "/disconnectReason", schemaPath: "#/properties/disconnectReason/type", keyword: "type", params: { type: schema38.properties.disconnectReason.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.extendedRequestId !== void 0) {
      if (typeof data.extendedRequestId !== "string") {
        const err22 = { instancePath: instancePath + "/extendedRequestId", schemaPath: "#/properties/extendedRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.requestId !== void 0) {
      if (typeof data.requestId !== "string") {
        const err23 = { instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.requestTime !== void 0) {
      if (typeof data.requestTime !== "string") {
        const err24 = { instancePath: instancePath + "/requestTime", schemaPath: "#/properties/requestTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.requestTimeEpoch !== void 0) {
      let data11 = data.requestTimeEpoch;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
        const err25 = { instancePath: instancePath + "/requestTimeEpoch", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 < 0 || isNaN(data11)) {
          const err26 = { instancePath: instancePath + "/requestTimeEpoch", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    if (data.stage !== void 0) {
      if (typeof data.stage !== "string") {
        const err27 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.domainName !== void 0) {
      if (typeof data.domainName !== "string") {
        const err28 = { instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.apiId !== void 0) {
      if (typeof data.apiId !== "string") {
        const err29 = { instancePath: instancePath + "/apiId", schemaPath: "#/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
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
    if (data.authorizer !== void 0) {
      let data16 = data.authorizer;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.principalId !== void 0) {
          if (typeof data16.principalId !== "string") {
            const err30 = { instancePath: instancePath + "/authorizer/principalId", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data16.integrationLatency !== void 0) {
          let data18 = data16.integrationLatency;
          if (!(typeof data18 == "number" && isFinite(data18))) {
            const err31 = { instancePath: instancePath + "/authorizer/integrationLatency", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/integrationLatency/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data16.claims !== void 0) {
          let data19 = data16.claims;
          if (!(data19 && typeof data19 == "object" && !Array.isArray(data19)) && data19 !== null) {
            const err32 = { instancePath: instancePath + "/authorizer/claims", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/claims/type", keyword: "type", params: { type: schema43.properties.claims.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data16.scopes !== void 0) {
          let data20 = data16.scopes;
          if (!Array.isArray(data20) && data20 !== null) {
            const err33 = { instancePath: instancePath + "/authorizer/scopes", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/scopes/type", keyword: "type", params: { type: schema43.properties.scopes.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (Array.isArray(data20)) {
            const len0 = data20.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data20[i0] !== "string") {
                const err34 = { instancePath: instancePath + "/authorizer/scopes/" + i0, schemaPath: "#/$defs/ApiGatewayRestAuthorizer/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/authorizer", schemaPath: "#/$defs/ApiGatewayRestAuthorizer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.accountId !== void 0) {
      if (typeof data.accountId !== "string") {
        const err36 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.methodArn === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "methodArn" }, message: "must have required property 'methodArn'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.headers === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "headers" }, message: "must have required property 'headers'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.multiValueHeaders === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "multiValueHeaders" }, message: "must have required property 'multiValueHeaders'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.requestContext === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestContext" }, message: "must have required property 'requestContext'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.type !== void 0) {
      if ("REQUEST" !== data.type) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "REQUEST" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.methodArn !== void 0) {
      let data1 = data.methodArn;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err6 = { instancePath: instancePath + "/methodArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/methodArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data2 = data.headers;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (typeof data2[key0] !== "string") {
            const err8 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/headers", schemaPath: "#/$defs/HttpHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.multiValueHeaders !== void 0) {
      let data4 = data.multiValueHeaders;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data5[i0] !== "string") {
                const err10 = { instancePath: instancePath + "/multiValueHeaders/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/multiValueHeaders/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/multiValueHeaders", schemaPath: "#/$defs/HttpMultiValueHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.queryStringParameters !== void 0) {
      let data7 = data.queryStringParameters;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (typeof data7[key2] !== "string") {
            const err13 = { instancePath: instancePath + "/queryStringParameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/queryStringParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.multiValueQueryStringParameters !== void 0) {
      let data9 = data.multiValueQueryStringParameters;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key3 in data9) {
          let data10 = data9[key3];
          if (Array.isArray(data10)) {
            const len1 = data10.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data10[i1] !== "string") {
                const err15 = { instancePath: instancePath + "/multiValueQueryStringParameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/multiValueQueryStringParameters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/multiValueQueryStringParameters", schemaPath: "#/$defs/MultiValueStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.stageVariables !== void 0) {
      let data12 = data.stageVariables;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key4 in data12) {
          if (typeof data12[key4] !== "string") {
            const err18 = { instancePath: instancePath + "/stageVariables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/stageVariables", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.requestContext !== void 0) {
      if (!validate21(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "type": true, "methodArn": true, "headers": true, "multiValueHeaders": true, "queryStringParameters": true, "multiValueQueryStringParameters": true, "stageVariables": true, "requestContext": true }, "dynamicProps": false, "dynamicItems": false };
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
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "clientCertPem": true, "subjectDN": true, "issuerDN": true, "serialNumber": true, "validity": true }, "dynamicProps": false, "dynamicItems": false };
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

// apigateway.websocket-authorizer.all.entry.ts
var branches = {
  "#/$defs/ApiGatewayRequestIdentity/properties/clientCert/anyOf": [branch0_0, branch0_1]
};
export {
  branches,
  validateAll
};
