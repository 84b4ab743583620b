// Generated from schemas/lambda/function-url.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lambda.function-url.all.standalone.js
var validateAll = validate20;
var schema36 = { "type": "object", "properties": { "accessKey": { "type": "string" }, "accountId": { "type": "string" }, "callerId": { "type": "string" }, "cognitoIdentity": { "type": "null" }, "principalOrgId": { "type": ["string", "null"] }, "userArn": { "$ref": "#/$defs/Arn" }, "userId": { "type": "string" } } };
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.accessKey !== void 0) {
      if (typeof data.accessKey !== "string") {
        const err0 = { instancePath: instancePath + "/accessKey", schemaPath: "#/properties/accessKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.accountId !== void 0) {
      if (typeof data.accountId !== "string") {
        const err1 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.callerId !== void 0) {
      if (typeof data.callerId !== "string") {
        const err2 = { instancePath: instancePath + "/callerId", schemaPath: "#/properties/callerId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.cognitoIdentity !== void 0) {
      if (data.cognitoIdentity !== null) {
        const err3 = { instancePath: instancePath + "/cognitoIdentity", schemaPath: "#/properties/cognitoIdentity/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.principalOrgId !== void 0) {
      let data4 = data.principalOrgId;
      if (typeof data4 !== "string" && data4 !== null) {
        const err4 = { instancePath: instancePath + "/principalOrgId", schemaPath: "#/properties/principalOrgId/type", keyword: "type", params: { type: schema36.properties.principalOrgId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.userArn !== void 0) {
      let data5 = data.userArn;
      if (typeof data5 === "string") {
        if (!pattern4.test(data5)) {
          const err5 = { instancePath: instancePath + "/userArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/userArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.userId !== void 0) {
      if (typeof data.userId !== "string") {
        const err7 = { instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "accessKey": true, "accountId": true, "callerId": true, "cognitoIdentity": true, "principalOrgId": true, "userArn": true, "userId": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.iam === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "iam" }, message: "must have required property 'iam'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.iam !== void 0) {
      if (!validate23(data.iam, { instancePath: instancePath + "/iam", parentData: data, parentDataProperty: "iam", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
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
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "iam": true }, "dynamicProps": false, "dynamicItems": false };
var pattern5 = new RegExp("^[^.]+\\.([a-z0-9-]+-)?lambda-url\\.[a-z0-9-]+\\.on\\.aws$", "u");
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
      if (data.authentication !== null) {
        const err12 = { instancePath: instancePath + "/authentication", schemaPath: "#/properties/authentication/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.authorizer !== void 0) {
      let data3 = data.authorizer;
      const _errs8 = errors;
      let valid1 = false;
      const _errs9 = errors;
      if (!validate22(data3, { instancePath: instancePath + "/authorizer", parentData: data, parentDataProperty: "authorizer", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs9 === errors;
      valid1 = valid1 || _valid0;
      if (_valid0) {
        var props0 = {};
        props0.iam = true;
      }
      const _errs10 = errors;
      if (data3 !== null) {
        const err13 = { instancePath: instancePath + "/authorizer", schemaPath: "#/properties/authorizer/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err14 = { instancePath: instancePath + "/authorizer", schemaPath: "#/properties/authorizer/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
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
    if (data.domainName !== void 0) {
      let data4 = data.domainName;
      if (typeof data4 === "string") {
        if (!pattern5.test(data4)) {
          const err15 = { instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/pattern", keyword: "pattern", params: { pattern: "^[^.]+\\.([a-z0-9-]+-)?lambda-url\\.[a-z0-9-]+\\.on\\.aws$" }, message: 'must match pattern "^[^.]+\\.([a-z0-9-]+-)?lambda-url\\.[a-z0-9-]+\\.on\\.aws$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.domainPrefix !== void 0) {
      if (typeof data.domainPrefix !== "string") {
        const err17 = { instancePath: instancePath + "/domainPrefix", schemaPath: "#/properties/domainPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.http !== void 0) {
      let data6 = data.http;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.method === void 0) {
          const err18 = { instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data6.path === void 0) {
          const err19 = { instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data6.protocol === void 0) {
          const err20 = { instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data6.sourceIp === void 0) {
          const err21 = { instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/required", keyword: "required", params: { missingProperty: "sourceIp" }, message: "must have required property 'sourceIp'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data6.userAgent === void 0) {
          const err22 = { instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/required", keyword: "required", params: { missingProperty: "userAgent" }, message: "must have required property 'userAgent'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data6.method !== void 0) {
          if (typeof data6.method !== "string") {
            const err23 = { instancePath: instancePath + "/http/method", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.path !== void 0) {
          if (typeof data6.path !== "string") {
            const err24 = { instancePath: instancePath + "/http/path", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data6.protocol !== void 0) {
          if (typeof data6.protocol !== "string") {
            const err25 = { instancePath: instancePath + "/http/protocol", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data6.sourceIp !== void 0) {
          if (typeof data6.sourceIp !== "string") {
            const err26 = { instancePath: instancePath + "/http/sourceIp", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/sourceIp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data6.userAgent !== void 0) {
          if (typeof data6.userAgent !== "string") {
            const err27 = { instancePath: instancePath + "/http/userAgent", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/http", schemaPath: "#/$defs/ApiGatewayHttpV2RequestContextHttp/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.requestId !== void 0) {
      if (typeof data.requestId !== "string") {
        const err29 = { instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.routeKey !== void 0) {
      if ("$default" !== data.routeKey) {
        const err30 = { instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/const", keyword: "const", params: { allowedValue: "$default" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      if ("$default" !== data.stage) {
        const err31 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/const", keyword: "const", params: { allowedValue: "$default" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      if (typeof data.time !== "string") {
        const err32 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.timeEpoch !== void 0) {
      let data16 = data.timeEpoch;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
        const err33 = { instancePath: instancePath + "/timeEpoch", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data16 == "number" && isFinite(data16)) {
        if (data16 < 0 || isNaN(data16)) {
          const err34 = { instancePath: instancePath + "/timeEpoch", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
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
    if (data.routeKey === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "routeKey" }, message: "must have required property 'routeKey'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rawPath === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rawPath" }, message: "must have required property 'rawPath'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.rawQueryString === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rawQueryString" }, message: "must have required property 'rawQueryString'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.headers === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "headers" }, message: "must have required property 'headers'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.requestContext === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestContext" }, message: "must have required property 'requestContext'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.isBase64Encoded === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "isBase64Encoded" }, message: "must have required property 'isBase64Encoded'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.version !== void 0) {
      if ("2.0" !== data.version) {
        const err7 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "2.0" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.routeKey !== void 0) {
      if ("$default" !== data.routeKey) {
        const err8 = { instancePath: instancePath + "/routeKey", schemaPath: "#/properties/routeKey/const", keyword: "const", params: { allowedValue: "$default" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.rawPath !== void 0) {
      if (typeof data.rawPath !== "string") {
        const err9 = { instancePath: instancePath + "/rawPath", schemaPath: "#/properties/rawPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.rawQueryString !== void 0) {
      if (typeof data.rawQueryString !== "string") {
        const err10 = { instancePath: instancePath + "/rawQueryString", schemaPath: "#/properties/rawQueryString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.cookies !== void 0) {
      let data4 = data.cookies;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data4[i0] !== "string") {
            const err11 = { instancePath: instancePath + "/cookies/" + i0, schemaPath: "#/properties/cookies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/cookies", schemaPath: "#/properties/cookies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data6 = data.headers;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key0 in data6) {
          if (typeof data6[key0] !== "string") {
            const err13 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/headers", schemaPath: "#/$defs/HttpHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.queryStringParameters !== void 0) {
      let data8 = data.queryStringParameters;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (typeof data8[key1] !== "string") {
            const err15 = { instancePath: instancePath + "/queryStringParameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/StringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/queryStringParameters", schemaPath: "#/$defs/StringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.pathParameters !== void 0) {
      if (data.pathParameters !== null) {
        const err17 = { instancePath: instancePath + "/pathParameters", schemaPath: "#/properties/pathParameters/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.stageVariables !== void 0) {
      if (data.stageVariables !== null) {
        const err18 = { instancePath: instancePath + "/stageVariables", schemaPath: "#/properties/stageVariables/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
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
    if (data.body !== void 0) {
      if (typeof data.body !== "string") {
        const err19 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.isBase64Encoded !== void 0) {
      if (typeof data.isBase64Encoded !== "boolean") {
        const err20 = { instancePath: instancePath + "/isBase64Encoded", schemaPath: "#/properties/isBase64Encoded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "routeKey": true, "rawPath": true, "rawQueryString": true, "cookies": true, "headers": true, "queryStringParameters": true, "pathParameters": true, "stageVariables": true, "requestContext": true, "body": true, "isBase64Encoded": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_0 = validate27;
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
    if (data.iam === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "iam" }, message: "must have required property 'iam'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.iam !== void 0) {
      if (!validate23(data.iam, { instancePath: instancePath + "/iam", parentData: data, parentDataProperty: "iam", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
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
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": { "iam": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate29;
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
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "dynamicProps": false, "dynamicItems": false };

// lambda.function-url.all.entry.ts
var branches = {
  "#/$defs/LambdaFunctionUrlRequestContext/properties/authorizer/anyOf": [branch0_0, branch0_1]
};
export {
  branches,
  validateAll
};
