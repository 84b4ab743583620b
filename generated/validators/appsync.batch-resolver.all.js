// Generated from schemas/appsync/batch-resolver.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:appsync.batch-resolver.all.standalone.js
var validateAll = validate20;
var schema32 = { "type": "object", "required": ["arguments", "source", "request", "info", "prev", "stash"], "properties": { "arguments": { "type": "object", "additionalProperties": true }, "identity": { "$ref": "#/$defs/AppSyncIdentity" }, "source": { "type": ["object", "null"], "additionalProperties": true }, "request": { "$ref": "#/$defs/AppSyncRequest" }, "info": { "$ref": "#/$defs/AppSyncInfo" }, "prev": { "anyOf": [{ "type": "object", "required": ["result"], "properties": { "result": {} } }, { "type": "null" }] }, "stash": { "type": "object", "additionalProperties": true } } };
var schema40 = { "type": "object", "required": ["headers"], "properties": { "headers": { "type": "object", "additionalProperties": { "type": "string" } }, "domainName": { "type": ["string", "null"] } } };
var schema34 = { "type": "object", "required": ["accountId", "sourceIp", "username", "userArn"], "properties": { "accountId": { "type": "string" }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "username": { "type": "string" }, "userArn": { "type": "string" }, "cognitoIdentityAuthType": { "type": ["string", "null"] }, "cognitoIdentityAuthProvider": { "type": ["string", "null"] } } };
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
        const err5 = { instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema34.properties.cognitoIdentityPoolId.type }, message: "must be string,null" };
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
        const err6 = { instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema34.properties.cognitoIdentityId.type }, message: "must be string,null" };
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
        const err11 = { instancePath: instancePath + "/cognitoIdentityAuthType", schemaPath: "#/properties/cognitoIdentityAuthType/type", keyword: "type", params: { type: schema34.properties.cognitoIdentityAuthType.type }, message: "must be string,null" };
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
        const err12 = { instancePath: instancePath + "/cognitoIdentityAuthProvider", schemaPath: "#/properties/cognitoIdentityAuthProvider/type", keyword: "type", params: { type: schema34.properties.cognitoIdentityAuthProvider.type }, message: "must be string,null" };
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
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "accountId": true, "cognitoIdentityPoolId": true, "cognitoIdentityId": true, "sourceIp": true, "username": true, "userArn": true, "cognitoIdentityAuthType": true, "cognitoIdentityAuthProvider": true }, "dynamicProps": false, "dynamicItems": false };
var schema36 = { "type": "object", "required": ["sub", "issuer", "username", "claims", "sourceIp", "defaultAuthStrategy"], "properties": { "sub": { "type": "string" }, "issuer": { "type": "string" }, "username": { "type": "string" }, "claims": { "type": "object", "additionalProperties": true }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "defaultAuthStrategy": { "type": "string" }, "groups": { "type": ["array", "null"], "items": { "type": "string" } } } };
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
        const err13 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: schema36.properties.groups.type }, message: "must be array,null" };
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
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "sub": true, "issuer": true, "username": true, "claims": true, "sourceIp": true, "defaultAuthStrategy": true, "groups": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
  if (!validate25(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
  validate22.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate22.evaluated = { "dynamicProps": true, "dynamicItems": false };
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
    if (data.arguments === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "arguments" }, message: "must have required property 'arguments'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.request === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "request" }, message: "must have required property 'request'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.info === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "info" }, message: "must have required property 'info'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.prev === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prev" }, message: "must have required property 'prev'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.stash === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stash" }, message: "must have required property 'stash'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.arguments !== void 0) {
      let data0 = data.arguments;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
      } else {
        const err6 = { instancePath: instancePath + "/arguments", schemaPath: "#/properties/arguments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
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
    if (data.source !== void 0) {
      let data2 = data.source;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err7 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: schema32.properties.source.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.request !== void 0) {
      let data3 = data.request;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.headers === void 0) {
          const err8 = { instancePath: instancePath + "/request", schemaPath: "#/$defs/AppSyncRequest/required", keyword: "required", params: { missingProperty: "headers" }, message: "must have required property 'headers'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data3.headers !== void 0) {
          let data4 = data3.headers;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key0 in data4) {
              if (typeof data4[key0] !== "string") {
                const err9 = { instancePath: instancePath + "/request/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/AppSyncRequest/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/request/headers", schemaPath: "#/$defs/AppSyncRequest/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.domainName !== void 0) {
          let data6 = data3.domainName;
          if (typeof data6 !== "string" && data6 !== null) {
            const err11 = { instancePath: instancePath + "/request/domainName", schemaPath: "#/$defs/AppSyncRequest/properties/domainName/type", keyword: "type", params: { type: schema40.properties.domainName.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/request", schemaPath: "#/$defs/AppSyncRequest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.info !== void 0) {
      let data7 = data.info;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.fieldName === void 0) {
          const err13 = { instancePath: instancePath + "/info", schemaPath: "#/$defs/AppSyncInfo/required", keyword: "required", params: { missingProperty: "fieldName" }, message: "must have required property 'fieldName'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data7.parentTypeName === void 0) {
          const err14 = { instancePath: instancePath + "/info", schemaPath: "#/$defs/AppSyncInfo/required", keyword: "required", params: { missingProperty: "parentTypeName" }, message: "must have required property 'parentTypeName'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data7.variables === void 0) {
          const err15 = { instancePath: instancePath + "/info", schemaPath: "#/$defs/AppSyncInfo/required", keyword: "required", params: { missingProperty: "variables" }, message: "must have required property 'variables'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data7.selectionSetList === void 0) {
          const err16 = { instancePath: instancePath + "/info", schemaPath: "#/$defs/AppSyncInfo/required", keyword: "required", params: { missingProperty: "selectionSetList" }, message: "must have required property 'selectionSetList'" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data7.selectionSetGraphQL === void 0) {
          const err17 = { instancePath: instancePath + "/info", schemaPath: "#/$defs/AppSyncInfo/required", keyword: "required", params: { missingProperty: "selectionSetGraphQL" }, message: "must have required property 'selectionSetGraphQL'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data7.fieldName !== void 0) {
          if (typeof data7.fieldName !== "string") {
            const err18 = { instancePath: instancePath + "/info/fieldName", schemaPath: "#/$defs/AppSyncInfo/properties/fieldName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data7.parentTypeName !== void 0) {
          if (typeof data7.parentTypeName !== "string") {
            const err19 = { instancePath: instancePath + "/info/parentTypeName", schemaPath: "#/$defs/AppSyncInfo/properties/parentTypeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data7.variables !== void 0) {
          let data10 = data7.variables;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
          } else {
            const err20 = { instancePath: instancePath + "/info/variables", schemaPath: "#/$defs/AppSyncInfo/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.selectionSetList !== void 0) {
          let data11 = data7.selectionSetList;
          if (Array.isArray(data11)) {
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data11[i0] !== "string") {
                const err21 = { instancePath: instancePath + "/info/selectionSetList/" + i0, schemaPath: "#/$defs/AppSyncInfo/properties/selectionSetList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/info/selectionSetList", schemaPath: "#/$defs/AppSyncInfo/properties/selectionSetList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data7.selectionSetGraphQL !== void 0) {
          if (typeof data7.selectionSetGraphQL !== "string") {
            const err23 = { instancePath: instancePath + "/info/selectionSetGraphQL", schemaPath: "#/$defs/AppSyncInfo/properties/selectionSetGraphQL/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/info", schemaPath: "#/$defs/AppSyncInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.prev !== void 0) {
      let data14 = data.prev;
      const _errs35 = errors;
      let valid8 = false;
      const _errs36 = errors;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.result === void 0) {
          const err25 = { instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/anyOf/0/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var _valid0 = _errs36 === errors;
      valid8 = valid8 || _valid0;
      if (_valid0) {
        var props1 = {};
        props1.result = true;
      }
      const _errs38 = errors;
      if (data14 !== null) {
        const err27 = { instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var _valid0 = _errs38 === errors;
      valid8 = valid8 || _valid0;
      if (!valid8) {
        const err28 = { instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      } else {
        errors = _errs35;
        if (vErrors !== null) {
          if (_errs35) {
            vErrors.length = _errs35;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.stash !== void 0) {
      let data15 = data.stash;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
      } else {
        const err29 = { instancePath: instancePath + "/stash", schemaPath: "#/properties/stash/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "arguments": true, "identity": true, "source": true, "request": true, "info": true, "prev": true, "stash": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate21(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
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
        const err5 = { instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema34.properties.cognitoIdentityPoolId.type }, message: "must be string,null" };
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
        const err6 = { instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema34.properties.cognitoIdentityId.type }, message: "must be string,null" };
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
        const err11 = { instancePath: instancePath + "/cognitoIdentityAuthType", schemaPath: "#/properties/cognitoIdentityAuthType/type", keyword: "type", params: { type: schema34.properties.cognitoIdentityAuthType.type }, message: "must be string,null" };
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
        const err12 = { instancePath: instancePath + "/cognitoIdentityAuthProvider", schemaPath: "#/properties/cognitoIdentityAuthProvider/type", keyword: "type", params: { type: schema34.properties.cognitoIdentityAuthProvider.type }, message: "must be string,null" };
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
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": { "accountId": true, "cognitoIdentityPoolId": true, "cognitoIdentityId": true, "sourceIp": true, "username": true, "userArn": true, "cognitoIdentityAuthType": true, "cognitoIdentityAuthProvider": true }, "dynamicProps": false, "dynamicItems": false };
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
        const err13 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: schema36.properties.groups.type }, message: "must be array,null" };
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
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": { "sub": true, "issuer": true, "username": true, "claims": true, "sourceIp": true, "defaultAuthStrategy": true, "groups": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_2 = validate31;
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
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": { "claims": true, "issuer": true, "sub": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_3 = validate32;
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
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": { "resolverContext": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_4 = validate33;
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
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch1_0 = validate34;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.result === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
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
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": { "result": true }, "dynamicProps": false, "dynamicItems": false };
var branch1_1 = validate35;
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
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
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "dynamicProps": false, "dynamicItems": false };

// appsync.batch-resolver.all.entry.ts
var branches = {
  "#/$defs/AppSyncIdentity/anyOf": [branch0_0, branch0_1, branch0_2, branch0_3, branch0_4],
  "#/$defs/AppSyncResolverContext/properties/prev/anyOf": [branch1_0, branch1_1]
};
export {
  branches,
  validateAll
};
