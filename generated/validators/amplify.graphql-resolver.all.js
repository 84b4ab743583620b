// Generated from schemas/amplify/graphql-resolver.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:amplify.graphql-resolver.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:amplify.graphql-resolver", "type": "object", "required": ["typeName", "fieldName", "arguments", "identity", "source", "request", "prev"], "properties": { "typeName": { "type": "string" }, "fieldName": { "type": "string" }, "arguments": { "type": "object", "additionalProperties": true }, "identity": { "$ref": "#/$defs/AppSyncIdentity" }, "source": { "type": ["object", "null"], "additionalProperties": true }, "request": { "$ref": "#/$defs/AppSyncRequest" }, "prev": { "type": ["object", "null"], "additionalProperties": true } }, "$defs": { "AppSyncCognitoIdentity": { "type": "object", "required": ["sub", "issuer", "username", "claims", "sourceIp", "defaultAuthStrategy"], "properties": { "sub": { "type": "string" }, "issuer": { "type": "string" }, "username": { "type": "string" }, "claims": { "type": "object", "additionalProperties": true }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "defaultAuthStrategy": { "type": "string" }, "groups": { "type": ["array", "null"], "items": { "type": "string" } } } }, "AppSyncIamIdentity": { "type": "object", "required": ["accountId", "sourceIp", "username", "userArn"], "properties": { "accountId": { "type": "string" }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "username": { "type": "string" }, "userArn": { "type": "string" }, "cognitoIdentityAuthType": { "type": ["string", "null"] }, "cognitoIdentityAuthProvider": { "type": ["string", "null"] } } }, "AppSyncIdentity": { "anyOf": [{ "$ref": "#/$defs/AppSyncIamIdentity" }, { "$ref": "#/$defs/AppSyncCognitoIdentity" }, { "$ref": "#/$defs/AppSyncOidcIdentity" }, { "$ref": "#/$defs/AppSyncLambdaIdentity" }, { "type": "null" }] }, "AppSyncLambdaIdentity": { "type": "object", "required": ["resolverContext"], "properties": { "resolverContext": { "type": "object", "additionalProperties": true } } }, "AppSyncOidcIdentity": { "type": "object", "required": ["claims", "issuer", "sub"], "properties": { "claims": { "type": "object", "additionalProperties": true }, "issuer": { "type": "string" }, "sub": { "type": "string" } } }, "AppSyncRequest": { "type": "object", "required": ["headers"], "properties": { "headers": { "type": "object", "additionalProperties": { "type": "string" } }, "domainName": { "type": ["string", "null"] } } }, "AppSyncSourceIp": { "type": "array", "items": { "type": "string" } } } };
var schema39 = { "type": "object", "required": ["headers"], "properties": { "headers": { "type": "object", "additionalProperties": { "type": "string" } }, "domainName": { "type": ["string", "null"] } } };
var schema33 = { "type": "object", "required": ["accountId", "sourceIp", "username", "userArn"], "properties": { "accountId": { "type": "string" }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "username": { "type": "string" }, "userArn": { "type": "string" }, "cognitoIdentityAuthType": { "type": ["string", "null"] }, "cognitoIdentityAuthProvider": { "type": ["string", "null"] } } };
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
    if (data.accountId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accountId" }, message: "must have required property 'accountId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sourceIp === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sourceIp" }, message: "must have required property 'sourceIp'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.username === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "username" }, message: "must have required property 'username'" };
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
    if (data.accountId !== void 0) {
      if (typeof data.accountId !== "string") {
        const err4 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.cognitoIdentityPoolId !== void 0) {
      let data1 = data.cognitoIdentityPoolId;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema33.properties.cognitoIdentityPoolId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.cognitoIdentityId !== void 0) {
      let data2 = data.cognitoIdentityId;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema33.properties.cognitoIdentityId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.sourceIp !== void 0) {
      let data3 = data.sourceIp;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== "string") {
            const err7 = { instancePath: instancePath + "/sourceIp/" + i0, schemaPath: "#/$defs/AppSyncSourceIp/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/sourceIp", schemaPath: "#/$defs/AppSyncSourceIp/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.username !== void 0) {
      if (typeof data.username !== "string") {
        const err9 = { instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.userArn !== void 0) {
      if (typeof data.userArn !== "string") {
        const err10 = { instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.cognitoIdentityAuthType !== void 0) {
      let data7 = data.cognitoIdentityAuthType;
      if (typeof data7 !== "string" && data7 !== null) {
        const err11 = { instancePath: instancePath + "/cognitoIdentityAuthType", schemaPath: "#/properties/cognitoIdentityAuthType/type", keyword: "type", params: { type: schema33.properties.cognitoIdentityAuthType.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.cognitoIdentityAuthProvider !== void 0) {
      let data8 = data.cognitoIdentityAuthProvider;
      if (typeof data8 !== "string" && data8 !== null) {
        const err12 = { instancePath: instancePath + "/cognitoIdentityAuthProvider", schemaPath: "#/properties/cognitoIdentityAuthProvider/type", keyword: "type", params: { type: schema33.properties.cognitoIdentityAuthProvider.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "accountId": true, "cognitoIdentityPoolId": true, "cognitoIdentityId": true, "sourceIp": true, "username": true, "userArn": true, "cognitoIdentityAuthType": true, "cognitoIdentityAuthProvider": true }, "dynamicProps": false, "dynamicItems": false };
var schema35 = { "type": "object", "required": ["sub", "issuer", "username", "claims", "sourceIp", "defaultAuthStrategy"], "properties": { "sub": { "type": "string" }, "issuer": { "type": "string" }, "username": { "type": "string" }, "claims": { "type": "object", "additionalProperties": true }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "defaultAuthStrategy": { "type": "string" }, "groups": { "type": ["array", "null"], "items": { "type": "string" } } } };
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
    if (data.sub === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sub" }, message: "must have required property 'sub'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.issuer === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "issuer" }, message: "must have required property 'issuer'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.username === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "username" }, message: "must have required property 'username'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.claims === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "claims" }, message: "must have required property 'claims'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.sourceIp === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sourceIp" }, message: "must have required property 'sourceIp'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.defaultAuthStrategy === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "defaultAuthStrategy" }, message: "must have required property 'defaultAuthStrategy'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.sub !== void 0) {
      if (typeof data.sub !== "string") {
        const err6 = { instancePath: instancePath + "/sub", schemaPath: "#/properties/sub/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.issuer !== void 0) {
      if (typeof data.issuer !== "string") {
        const err7 = { instancePath: instancePath + "/issuer", schemaPath: "#/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.username !== void 0) {
      if (typeof data.username !== "string") {
        const err8 = { instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.claims !== void 0) {
      let data3 = data.claims;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
      } else {
        const err9 = { instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.sourceIp !== void 0) {
      let data4 = data.sourceIp;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data4[i0] !== "string") {
            const err10 = { instancePath: instancePath + "/sourceIp/" + i0, schemaPath: "#/$defs/AppSyncSourceIp/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/sourceIp", schemaPath: "#/$defs/AppSyncSourceIp/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.defaultAuthStrategy !== void 0) {
      if (typeof data.defaultAuthStrategy !== "string") {
        const err12 = { instancePath: instancePath + "/defaultAuthStrategy", schemaPath: "#/properties/defaultAuthStrategy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.groups !== void 0) {
      let data7 = data.groups;
      if (!Array.isArray(data7) && data7 !== null) {
        const err13 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: schema35.properties.groups.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data7[i1] !== "string") {
            const err14 = { instancePath: instancePath + "/groups/" + i1, schemaPath: "#/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "sub": true, "issuer": true, "username": true, "claims": true, "sourceIp": true, "defaultAuthStrategy": true, "groups": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = {};
    props0.accountId = true;
    props0.cognitoIdentityPoolId = true;
    props0.cognitoIdentityId = true;
    props0.sourceIp = true;
    props0.username = true;
    props0.userArn = true;
    props0.cognitoIdentityAuthType = true;
    props0.cognitoIdentityAuthProvider = true;
  }
  const _errs2 = errors;
  if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.sub = true;
      props0.issuer = true;
      props0.username = true;
      props0.claims = true;
      props0.sourceIp = true;
      props0.defaultAuthStrategy = true;
      props0.groups = true;
    }
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.claims === void 0) {
      const err0 = { instancePath, schemaPath: "#/$defs/AppSyncOidcIdentity/required", keyword: "required", params: { missingProperty: "claims" }, message: "must have required property 'claims'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.issuer === void 0) {
      const err1 = { instancePath, schemaPath: "#/$defs/AppSyncOidcIdentity/required", keyword: "required", params: { missingProperty: "issuer" }, message: "must have required property 'issuer'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.sub === void 0) {
      const err2 = { instancePath, schemaPath: "#/$defs/AppSyncOidcIdentity/required", keyword: "required", params: { missingProperty: "sub" }, message: "must have required property 'sub'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.claims !== void 0) {
      let data0 = data.claims;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
      } else {
        const err3 = { instancePath: instancePath + "/claims", schemaPath: "#/$defs/AppSyncOidcIdentity/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.issuer !== void 0) {
      if (typeof data.issuer !== "string") {
        const err4 = { instancePath: instancePath + "/issuer", schemaPath: "#/$defs/AppSyncOidcIdentity/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sub !== void 0) {
      if (typeof data.sub !== "string") {
        const err5 = { instancePath: instancePath + "/sub", schemaPath: "#/$defs/AppSyncOidcIdentity/properties/sub/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/$defs/AppSyncOidcIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.claims = true;
      props0.issuer = true;
      props0.sub = true;
    }
  }
  const _errs13 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resolverContext === void 0) {
      const err7 = { instancePath, schemaPath: "#/$defs/AppSyncLambdaIdentity/required", keyword: "required", params: { missingProperty: "resolverContext" }, message: "must have required property 'resolverContext'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.resolverContext !== void 0) {
      let data3 = data.resolverContext;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
      } else {
        const err8 = { instancePath: instancePath + "/resolverContext", schemaPath: "#/$defs/AppSyncLambdaIdentity/properties/resolverContext/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/$defs/AppSyncLambdaIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  var _valid0 = _errs13 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = props0 || {};
      props0.resolverContext = true;
    }
  }
  const _errs19 = errors;
  if (data !== null) {
    const err10 = { instancePath, schemaPath: "#/anyOf/4/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  var _valid0 = _errs19 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err11 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate21.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate21.evaluated = { "dynamicProps": true, "dynamicItems": false };
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
    if (data.typeName === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "typeName" }, message: "must have required property 'typeName'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.fieldName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fieldName" }, message: "must have required property 'fieldName'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.arguments === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "arguments" }, message: "must have required property 'arguments'" };
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
    if (data.source === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.request === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "request" }, message: "must have required property 'request'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.prev === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prev" }, message: "must have required property 'prev'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.typeName !== void 0) {
      if (typeof data.typeName !== "string") {
        const err7 = { instancePath: instancePath + "/typeName", schemaPath: "#/properties/typeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.fieldName !== void 0) {
      if (typeof data.fieldName !== "string") {
        const err8 = { instancePath: instancePath + "/fieldName", schemaPath: "#/properties/fieldName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.arguments !== void 0) {
      let data2 = data.arguments;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
      } else {
        const err9 = { instancePath: instancePath + "/arguments", schemaPath: "#/properties/arguments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.identity !== void 0) {
      if (!validate21(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.source !== void 0) {
      let data4 = data.source;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err10 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: schema31.properties.source.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.request !== void 0) {
      let data5 = data.request;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.headers === void 0) {
          const err11 = { instancePath: instancePath + "/request", schemaPath: "#/$defs/AppSyncRequest/required", keyword: "required", params: { missingProperty: "headers" }, message: "must have required property 'headers'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data5.headers !== void 0) {
          let data6 = data5.headers;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key0 in data6) {
              if (typeof data6[key0] !== "string") {
                const err12 = { instancePath: instancePath + "/request/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/AppSyncRequest/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/request/headers", schemaPath: "#/$defs/AppSyncRequest/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.domainName !== void 0) {
          let data8 = data5.domainName;
          if (typeof data8 !== "string" && data8 !== null) {
            const err14 = { instancePath: instancePath + "/request/domainName", schemaPath: "#/$defs/AppSyncRequest/properties/domainName/type", keyword: "type", params: { type: schema39.properties.domainName.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/request", schemaPath: "#/$defs/AppSyncRequest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.prev !== void 0) {
      let data9 = data.prev;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9)) && data9 !== null) {
        const err16 = { instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/type", keyword: "type", params: { type: schema31.properties.prev.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "typeName": true, "fieldName": true, "arguments": true, "identity": true, "source": true, "request": true, "prev": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.accountId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accountId" }, message: "must have required property 'accountId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sourceIp === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sourceIp" }, message: "must have required property 'sourceIp'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.username === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "username" }, message: "must have required property 'username'" };
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
    if (data.accountId !== void 0) {
      if (typeof data.accountId !== "string") {
        const err4 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.cognitoIdentityPoolId !== void 0) {
      let data1 = data.cognitoIdentityPoolId;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema33.properties.cognitoIdentityPoolId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.cognitoIdentityId !== void 0) {
      let data2 = data.cognitoIdentityId;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema33.properties.cognitoIdentityId.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.sourceIp !== void 0) {
      let data3 = data.sourceIp;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== "string") {
            const err7 = { instancePath: instancePath + "/sourceIp/" + i0, schemaPath: "#/$defs/AppSyncSourceIp/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/sourceIp", schemaPath: "#/$defs/AppSyncSourceIp/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.username !== void 0) {
      if (typeof data.username !== "string") {
        const err9 = { instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.userArn !== void 0) {
      if (typeof data.userArn !== "string") {
        const err10 = { instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.cognitoIdentityAuthType !== void 0) {
      let data7 = data.cognitoIdentityAuthType;
      if (typeof data7 !== "string" && data7 !== null) {
        const err11 = { instancePath: instancePath + "/cognitoIdentityAuthType", schemaPath: "#/properties/cognitoIdentityAuthType/type", keyword: "type", params: { type: schema33.properties.cognitoIdentityAuthType.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.cognitoIdentityAuthProvider !== void 0) {
      let data8 = data.cognitoIdentityAuthProvider;
      if (typeof data8 !== "string" && data8 !== null) {
        const err12 = { instancePath: instancePath + "/cognitoIdentityAuthProvider", schemaPath: "#/properties/cognitoIdentityAuthProvider/type", keyword: "type", params: { type: schema33.properties.cognitoIdentityAuthProvider.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": { "accountId": true, "cognitoIdentityPoolId": true, "cognitoIdentityId": true, "sourceIp": true, "username": true, "userArn": true, "cognitoIdentityAuthType": true, "cognitoIdentityAuthProvider": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate28;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.sub === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sub" }, message: "must have required property 'sub'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.issuer === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "issuer" }, message: "must have required property 'issuer'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.username === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "username" }, message: "must have required property 'username'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.claims === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "claims" }, message: "must have required property 'claims'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.sourceIp === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sourceIp" }, message: "must have required property 'sourceIp'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.defaultAuthStrategy === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "defaultAuthStrategy" }, message: "must have required property 'defaultAuthStrategy'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.sub !== void 0) {
      if (typeof data.sub !== "string") {
        const err6 = { instancePath: instancePath + "/sub", schemaPath: "#/properties/sub/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.issuer !== void 0) {
      if (typeof data.issuer !== "string") {
        const err7 = { instancePath: instancePath + "/issuer", schemaPath: "#/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.username !== void 0) {
      if (typeof data.username !== "string") {
        const err8 = { instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.claims !== void 0) {
      let data3 = data.claims;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
      } else {
        const err9 = { instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.sourceIp !== void 0) {
      let data4 = data.sourceIp;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data4[i0] !== "string") {
            const err10 = { instancePath: instancePath + "/sourceIp/" + i0, schemaPath: "#/$defs/AppSyncSourceIp/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/sourceIp", schemaPath: "#/$defs/AppSyncSourceIp/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.defaultAuthStrategy !== void 0) {
      if (typeof data.defaultAuthStrategy !== "string") {
        const err12 = { instancePath: instancePath + "/defaultAuthStrategy", schemaPath: "#/properties/defaultAuthStrategy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.groups !== void 0) {
      let data7 = data.groups;
      if (!Array.isArray(data7) && data7 !== null) {
        const err13 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: schema35.properties.groups.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data7[i1] !== "string") {
            const err14 = { instancePath: instancePath + "/groups/" + i1, schemaPath: "#/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": { "sub": true, "issuer": true, "username": true, "claims": true, "sourceIp": true, "defaultAuthStrategy": true, "groups": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_2 = validate29;
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
    if (data.claims === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "claims" }, message: "must have required property 'claims'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.issuer === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "issuer" }, message: "must have required property 'issuer'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.sub === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sub" }, message: "must have required property 'sub'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.claims !== void 0) {
      let data0 = data.claims;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
      } else {
        const err3 = { instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.issuer !== void 0) {
      if (typeof data.issuer !== "string") {
        const err4 = { instancePath: instancePath + "/issuer", schemaPath: "#/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sub !== void 0) {
      if (typeof data.sub !== "string") {
        const err5 = { instancePath: instancePath + "/sub", schemaPath: "#/properties/sub/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
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
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": { "claims": true, "issuer": true, "sub": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_3 = validate30;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resolverContext === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resolverContext" }, message: "must have required property 'resolverContext'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.resolverContext !== void 0) {
      let data0 = data.resolverContext;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
      } else {
        const err1 = { instancePath: instancePath + "/resolverContext", schemaPath: "#/properties/resolverContext/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": { "resolverContext": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_4 = validate31;
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
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "dynamicProps": false, "dynamicItems": false };

// amplify.graphql-resolver.all.entry.ts
var branches = {
  "#/$defs/AppSyncIdentity/anyOf": [branch0_0, branch0_1, branch0_2, branch0_3, branch0_4]
};
export {
  branches,
  validateAll
};
