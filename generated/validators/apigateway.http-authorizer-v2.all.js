// Generated from schemas/apigateway/http-authorizer-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.http-authorizer-v2.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:apigateway.http-authorizer-v2", "type": "object", "required": ["version", "type", "routeArn", "routeKey", "rawPath", "rawQueryString", "headers", "requestContext"], "properties": { "version": { "const": "2.0" }, "type": { "const": "REQUEST" }, "routeArn": { "$ref": "#/$defs/Arn" }, "identitySource": { "type": ["array", "null"], "items": { "type": "string" } }, "routeKey": { "type": "string" }, "rawPath": { "type": "string" }, "rawQueryString": { "type": "string" }, "cookies": { "type": "array", "items": { "type": "string" } }, "headers": { "$ref": "#/$defs/HttpHeaders" }, "queryStringParameters": { "$ref": "#/$defs/StringMap" }, "pathParameters": { "$ref": "#/$defs/StringMap" }, "stageVariables": { "$ref": "#/$defs/StringMap" }, "requestContext": { "$ref": "#/$defs/ApiGatewayHttpV2RequestContext" } }, "$defs": { "ApiGatewayClientCert": { "type": "object", "required": ["clientCertPem", "subjectDN", "issuerDN", "serialNumber", "validity"], "properties": { "clientCertPem": { "type": "string" }, "subjectDN": { "type": "string" }, "issuerDN": { "type": "string" }, "serialNumber": { "type": "string" }, "validity": { "type": "object", "required": ["notBefore", "notAfter"], "properties": { "notBefore": { "type": "string" }, "notAfter": { "type": "string" } } } } }, "ApiGatewayHttpV2Authentication": { "type": "object", "required": ["clientCert"], "properties": { "clientCert": { "$ref": "#/$defs/ApiGatewayClientCert" } } }, "ApiGatewayHttpV2Authorizer": { "type": "object", "properties": { "jwt": { "$ref": "#/$defs/ApiGatewayHttpV2JwtAuthorizer" }, "lambda": { "type": ["object", "null"], "additionalProperties": true }, "iam": { "$ref": "#/$defs/ApiGatewayHttpV2IamAuthorizer" } } }, "ApiGatewayHttpV2CognitoIdentity": { "type": "object", "required": ["amr", "identityId", "identityPoolId"], "properties": { "amr": { "type": "array", "items": { "type": "string" } }, "identityId": { "type": "string" }, "identityPoolId": { "type": "string" } } }, "ApiGatewayHttpV2IamAuthorizer": { "type": "object", "required": ["accessKey", "accountId", "callerId", "userArn", "userId"], "properties": { "accessKey": { "type": "string" }, "accountId": { "type": "string" }, "callerId": { "type": "string" }, "cognitoIdentity": { "anyOf": [{ "$ref": "#/$defs/ApiGatewayHttpV2CognitoIdentity" }, { "type": "null" }] }, "principalOrgId": { "type": ["string", "null"] }, "userArn": { "$ref": "#/$defs/Arn" }, "userId": { "type": "string" } } }, "ApiGatewayHttpV2JwtAuthorizer": { "type": "object", "required": ["claims"], "properties": { "claims": { "type": "object", "additionalProperties": true }, "scopes": { "type": ["array", "null"], "items": { "type": "string" } } } }, "ApiGatewayHttpV2RequestContext": { "type": "object", "required": ["accountId", "apiId", "domainName", "domainPrefix", "http", "requestId", "routeKey", "stage", "time", "timeEpoch"], "properties": { "accountId": { "type": "string" }, "apiId": { "type": "string" }, "authentication": { "$ref": "#/$defs/ApiGatewayHttpV2Authentication" }, "authorizer": { "$ref": "#/$defs/ApiGatewayHttpV2Authorizer" }, "domainName": { "type": "string" }, "domainPrefix": { "type": "string" }, "http": { "$ref": "#/$defs/ApiGatewayHttpV2RequestContextHttp" }, "requestId": { "type": "string" }, "routeKey": { "type": "string" }, "stage": { "type": "string" }, "time": { "type": "string" }, "timeEpoch": { "$ref": "#/$defs/EpochMillis" } } }, "ApiGatewayHttpV2RequestContextHttp": { "type": "object", "required": ["method", "path", "protocol", "sourceIp", "userAgent"], "properties": { "method": { "type": "string" }, "path": { "type": "string" }, "protocol": { "type": "string" }, "sourceIp": { "type": "string" }, "userAgent": { "type": "string" } } }, "Arn": { "type": "string", "pattern": "^arn:aws[a-z-]*:[\\s\\S]*$" }, "EpochMillis": { "type": "integer", "minimum": 0 }, "HttpHeaders": { "type": "object", "additionalProperties": { "type": "string" } }, "StringMap": { "type": "object", "additionalProperties": { "type": "string" } } } };
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
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
    if (data.clientCert === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clientCert" }, message: "must have required property 'clientCert'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.clientCert !== void 0) {
      let data0 = data.clientCert;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.clientCertPem === void 0) {
          const err1 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/required", keyword: "required", params: { missingProperty: "clientCertPem" }, message: "must have required property 'clientCertPem'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.subjectDN === void 0) {
          const err2 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/required", keyword: "required", params: { missingProperty: "subjectDN" }, message: "must have required property 'subjectDN'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.issuerDN === void 0) {
          const err3 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/required", keyword: "required", params: { missingProperty: "issuerDN" }, message: "must have required property 'issuerDN'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.serialNumber === void 0) {
          const err4 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/required", keyword: "required", params: { missingProperty: "serialNumber" }, message: "must have required property 'serialNumber'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.validity === void 0) {
          const err5 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/required", keyword: "required", params: { missingProperty: "validity" }, message: "must have required property 'validity'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.clientCertPem !== void 0) {
          if (typeof data0.clientCertPem !== "string") {
            const err6 = { instancePath: instancePath + "/clientCert/clientCertPem", schemaPath: "#/$defs/ApiGatewayClientCert/properties/clientCertPem/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.subjectDN !== void 0) {
          if (typeof data0.subjectDN !== "string") {
            const err7 = { instancePath: instancePath + "/clientCert/subjectDN", schemaPath: "#/$defs/ApiGatewayClientCert/properties/subjectDN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.issuerDN !== void 0) {
          if (typeof data0.issuerDN !== "string") {
            const err8 = { instancePath: instancePath + "/clientCert/issuerDN", schemaPath: "#/$defs/ApiGatewayClientCert/properties/issuerDN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.serialNumber !== void 0) {
          if (typeof data0.serialNumber !== "string") {
            const err9 = { instancePath: instancePath + "/clientCert/serialNumber", schemaPath: "#/$defs/ApiGatewayClientCert/properties/serialNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.validity !== void 0) {
          let data5 = data0.validity;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.notBefore === void 0) {
              const err10 = { instancePath: instancePath + "/clientCert/validity", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/required", keyword: "required", params: { missingProperty: "notBefore" }, message: "must have required property 'notBefore'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data5.notAfter === void 0) {
              const err11 = { instancePath: instancePath + "/clientCert/validity", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/required", keyword: "required", params: { missingProperty: "notAfter" }, message: "must have required property 'notAfter'" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data5.notBefore !== void 0) {
              if (typeof data5.notBefore !== "string") {
                const err12 = { instancePath: instancePath + "/clientCert/validity/notBefore", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/properties/notBefore/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data5.notAfter !== void 0) {
              if (typeof data5.notAfter !== "string") {
                const err13 = { instancePath: instancePath + "/clientCert/validity/notAfter", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/properties/notAfter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/clientCert/validity", schemaPath: "#/$defs/ApiGatewayClientCert/properties/validity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/clientCert", schemaPath: "#/$defs/ApiGatewayClientCert/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.accessKey === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessKey" }, message: "must have required property 'accessKey'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.accountId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accountId" }, message: "must have required property 'accountId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.callerId === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "callerId" }, message: "must have required property 'callerId'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.userArn === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "userArn" }, message: "must have required property 'userArn'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.userId === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "userId" }, message: "must have required property 'userId'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.accessKey !== void 0) {
      if (typeof data.accessKey !== "string") {
        const err5 = { instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.accountId !== void 0) {
      if (typeof data.accountId !== "string") {
        const err6 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.callerId !== void 0) {
      if (typeof data.callerId !== "string") {
        const err7 = { instancePath: instancePath + "/callerId", schemaPath: "#/properties/callerId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.cognitoIdentity !== void 0) {
      let data3 = data.cognitoIdentity;
      const _errs8 = errors;
      let valid1 = false;
      const _errs9 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.amr === void 0) {
          const err8 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/required", keyword: "required", params: { missingProperty: "amr" }, message: "must have required property 'amr'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data3.identityId === void 0) {
          const err9 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/required", keyword: "required", params: { missingProperty: "identityId" }, message: "must have required property 'identityId'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.identityPoolId === void 0) {
          const err10 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/required", keyword: "required", params: { missingProperty: "identityPoolId" }, message: "must have required property 'identityPoolId'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.amr !== void 0) {
          let data4 = data3.amr;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data4[i0] !== "string") {
                const err11 = { instancePath: instancePath + "/cognitoIdentity/amr/" + i0, schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/properties/amr/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/cognitoIdentity/amr", schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/properties/amr/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.identityId !== void 0) {
          if (typeof data3.identityId !== "string") {
            const err13 = { instancePath: instancePath + "/cognitoIdentity/identityId", schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/properties/identityId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.identityPoolId !== void 0) {
          if (typeof data3.identityPoolId !== "string") {
            const err14 = { instancePath: instancePath + "/cognitoIdentity/identityPoolId", schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/properties/identityPoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/$defs/ApiGatewayHttpV2CognitoIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
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
        const err16 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/properties/cognitoIdentity/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err17 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/properties/cognitoIdentity/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
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
    }
    if (data.principalOrgId !== void 0) {
      let data8 = data.principalOrgId;
      if (typeof data8 !== "string" && data8 !== null) {
        const err18 = { instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema42.properties.principalOrgId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.userArn !== void 0) {
      let data9 = data.userArn;
      if (typeof data9 === "string") {
        if (!pattern4.test(data9)) {
          const err19 = { instancePath: instancePath + "/userArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/userArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.userId !== void 0) {
      if (typeof data.userId !== "string") {
        const err21 = { instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.jwt !== void 0) {
      let data0 = data.jwt;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.claims === void 0) {
          const err0 = { instancePath: instancePath + "/jwt", schemaPath: "#/$defs/ApiGatewayHttpV2JwtAuthorizer/required", keyword: "required", params: { missingProperty: "claims" }, message: "must have required property 'claims'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.claims !== void 0) {
          let data1 = data0.claims;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          } else {
            const err1 = { instancePath: instancePath + "/jwt/claims", schemaPath: "#/$defs/ApiGatewayHttpV2JwtAuthorizer/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.scopes !== void 0) {
          let data2 = data0.scopes;
          if (!Array.isArray(data2) && data2 !== null) {
            const err2 = { instancePath: instancePath + "/jwt/scopes", schemaPath: "#/$defs/ApiGatewayHttpV2JwtAuthorizer/properties/scopes/type", keyword: "type", params: { type: schema41.properties.scopes.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data2[i0] !== "string") {
                const err3 = { instancePath: instancePath + "/jwt/scopes/" + i0, schemaPath: "#/$defs/ApiGatewayHttpV2JwtAuthorizer/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/jwt", schemaPath: "#/$defs/ApiGatewayHttpV2JwtAuthorizer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.lambda !== void 0) {
      let data4 = data.lambda;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err5 = { instancePath: instancePath + "/lambda", schemaPath: "#/properties/lambda/type", keyword: "type", params: { type: schema40.properties.lambda.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.iam !== void 0) {
      if (!validate25(data.iam, { instancePath: instancePath + "/iam", parentData: data, parentDataProperty: "iam", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
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
    if (data.domainName === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "domainName" }, message: "must have required property 'domainName'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.domainPrefix === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "domainPrefix" }, message: "must have required property 'domainPrefix'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.http === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "http" }, message: "must have required property 'http'" };
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
    if (data.routeKey === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "routeKey" }, message: "must have required property 'routeKey'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.stage === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.time === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.timeEpoch === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timeEpoch" }, message: "must have required property 'timeEpoch'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.accountId !== void 0) {
      if (typeof data.accountId !== "string") {
        const err10 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.apiId !== void 0) {
      if (typeof data.apiId !== "string") {
        const err11 = { instancePath: instancePath + "/apiId", schemaPath: "#/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.authentication !== void 0) {
      if (!validate22(data.authentication, { instancePath: instancePath + "/authentication", parentData: data, parentDataProperty: "authentication", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.authorizer !== void 0) {
      if (!validate24(data.authorizer, { instancePath: instancePath + "/authorizer", parentData: data, parentDataProperty: "authorizer", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.domainName !== void 0) {
      if (typeof data.domainName !== "string") {
        const err12 = { instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.domainPrefix !== void 0) {
      if (typeof data.domainPrefix !== "string") {
        const err13 = { instancePath: instancePath + "/domainPrefix", schemaPath: "#/properties/domainPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.http !== void 0) {
      let data6 = data.http;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.method === void 0) {
          const err14 = { instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data6.path === void 0) {
          const err15 = { instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data6.protocol === void 0) {
          const err16 = { instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data6.sourceIp === void 0) {
          const err17 = { instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/required", keyword: "required", params: { missingProperty: "sourceIp" }, message: "must have required property 'sourceIp'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data6.userAgent === void 0) {
          const err18 = { instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/required", keyword: "required", params: { missingProperty: "userAgent" }, message: "must have required property 'userAgent'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data6.method !== void 0) {
          if (typeof data6.method !== "string") {
            const err19 = { instancePath: instancePath + "/http/method", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.path !== void 0) {
          if (typeof data6.path !== "string") {
            const err20 = { instancePath: instancePath + "/http/path", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data6.protocol !== void 0) {
          if (typeof data6.protocol !== "string") {
            const err21 = { instancePath: instancePath + "/http/protocol", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data6.sourceIp !== void 0) {
          if (typeof data6.sourceIp !== "string") {
            const err22 = { instancePath: instancePath + "/http/sourceIp", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/sourceIp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data6.userAgent !== void 0) {
          if (typeof data6.userAgent !== "string") {
            const err23 = { instancePath: instancePath + "/http/userAgent", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.requestId !== void 0) {
      if (typeof data.requestId !== "string") {
        const err25 = { instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.routeKey !== void 0) {
      if (typeof data.routeKey !== "string") {
        const err26 = { instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
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
    if (data.time !== void 0) {
      if (typeof data.time !== "string") {
        const err28 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.timeEpoch !== void 0) {
      let data16 = data.timeEpoch;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
        const err29 = { instancePath: instancePath + "/timeEpoch", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data16 == "number" && isFinite(data16)) {
        if (data16 < 0 || isNaN(data16)) {
          const err30 = { instancePath: instancePath + "/timeEpoch", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
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
    if (data.routeArn === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "routeArn" }, message: "must have required property 'routeArn'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.routeKey === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "routeKey" }, message: "must have required property 'routeKey'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.rawPath === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rawPath" }, message: "must have required property 'rawPath'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.rawQueryString === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rawQueryString" }, message: "must have required property 'rawQueryString'" };
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
      if ("2.0" !== data.version) {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "2.0" }, message: "must be equal to constant" };
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
    if (data.routeArn !== void 0) {
      let data2 = data.routeArn;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err10 = { instancePath: instancePath + "/routeArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/routeArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.identitySource !== void 0) {
      let data3 = data.identitySource;
      if (!Array.isArray(data3) && data3 !== null) {
        const err12 = { instancePath: instancePath + "/identitySource", schemaPath: "#/properties/identitySource/type", keyword: "type", params: { type: schema31.properties.identitySource.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== "string") {
            const err13 = { instancePath: instancePath + "/identitySource/" + i0, schemaPath: "#/properties/identitySource/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      }
    }
    if (data.routeKey !== void 0) {
      if (typeof data.routeKey !== "string") {
        const err14 = { instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.rawPath !== void 0) {
      if (typeof data.rawPath !== "string") {
        const err15 = { instancePath: instancePath + "/rawPath", schemaPath: "#/properties/rawPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.rawQueryString !== void 0) {
      if (typeof data.rawQueryString !== "string") {
        const err16 = { instancePath: instancePath + "/rawQueryString", schemaPath: "#/properties/rawQueryString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.cookies !== void 0) {
      let data8 = data.cookies;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data8[i1] !== "string") {
            const err17 = { instancePath: instancePath + "/cookies/" + i1, schemaPath: "#/properties/cookies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/cookies", schemaPath: "#/properties/cookies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data10 = data.headers;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key0 in data10) {
          if (typeof data10[key0] !== "string") {
            const err19 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/headers", schemaPath: "#/$defs/HttpHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.queryStringParameters !== void 0) {
      let data12 = data.queryStringParameters;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key1 in data12) {
          if (typeof data12[key1] !== "string") {
            const err21 = { instancePath: instancePath + "/queryStringParameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/queryStringParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.pathParameters !== void 0) {
      let data14 = data.pathParameters;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key2 in data14) {
          if (typeof data14[key2] !== "string") {
            const err23 = { instancePath: instancePath + "/pathParameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/pathParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.stageVariables !== void 0) {
      let data16 = data.stageVariables;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key3 in data16) {
          if (typeof data16[key3] !== "string") {
            const err25 = { instancePath: instancePath + "/stageVariables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/stageVariables", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
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
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "type": true, "routeArn": true, "identitySource": true, "routeKey": true, "rawPath": true, "rawQueryString": true, "cookies": true, "headers": true, "queryStringParameters": true, "pathParameters": true, "stageVariables": true, "requestContext": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_0 = validate29;
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
    if (data.amr === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "amr" }, message: "must have required property 'amr'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.identityId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identityId" }, message: "must have required property 'identityId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.identityPoolId === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identityPoolId" }, message: "must have required property 'identityPoolId'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.amr !== void 0) {
      let data0 = data.amr;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err3 = { instancePath: instancePath + "/amr/" + i0, schemaPath: "#/properties/amr/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/amr", schemaPath: "#/properties/amr/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.identityId !== void 0) {
      if (typeof data.identityId !== "string") {
        const err5 = { instancePath: instancePath + "/identityId", schemaPath: "#/properties/identityId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.identityPoolId !== void 0) {
      if (typeof data.identityPoolId !== "string") {
        const err6 = { instancePath: instancePath + "/identityPoolId", schemaPath: "#/properties/identityPoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": { "amr": true, "identityId": true, "identityPoolId": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate30;
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

// apigateway.http-authorizer-v2.all.entry.ts
var branches = {
  "#/$defs/ApiGatewayHttpV2IamAuthorizer/properties/cognitoIdentity/anyOf": [branch0_0, branch0_1]
};
export {
  branches,
  validateAll
};
