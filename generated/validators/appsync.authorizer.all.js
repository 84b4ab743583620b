// Generated from schemas/appsync/authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:appsync.authorizer.all.standalone.js
var validateAll = validate20;
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
    if (data.authorizationToken === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "authorizationToken" }, message: "must have required property 'authorizationToken'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.requestContext === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requestContext" }, message: "must have required property 'requestContext'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.authorizationToken !== void 0) {
      if (typeof data.authorizationToken !== "string") {
        const err2 = { instancePath: instancePath + "/authorizationToken", schemaPath: "#/properties/authorizationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.requestContext !== void 0) {
      let data1 = data.requestContext;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.apiId === void 0) {
          const err3 = { instancePath: instancePath + "/requestContext", schemaPath: "#/properties/requestContext/required", keyword: "required", params: { missingProperty: "apiId" }, message: "must have required property 'apiId'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.accountId === void 0) {
          const err4 = { instancePath: instancePath + "/requestContext", schemaPath: "#/properties/requestContext/required", keyword: "required", params: { missingProperty: "accountId" }, message: "must have required property 'accountId'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.requestId === void 0) {
          const err5 = { instancePath: instancePath + "/requestContext", schemaPath: "#/properties/requestContext/required", keyword: "required", params: { missingProperty: "requestId" }, message: "must have required property 'requestId'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.queryString === void 0) {
          const err6 = { instancePath: instancePath + "/requestContext", schemaPath: "#/properties/requestContext/required", keyword: "required", params: { missingProperty: "queryString" }, message: "must have required property 'queryString'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.variables === void 0) {
          const err7 = { instancePath: instancePath + "/requestContext", schemaPath: "#/properties/requestContext/required", keyword: "required", params: { missingProperty: "variables" }, message: "must have required property 'variables'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1.apiId !== void 0) {
          if (typeof data1.apiId !== "string") {
            const err8 = { instancePath: instancePath + "/requestContext/apiId", schemaPath: "#/properties/requestContext/properties/apiId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.accountId !== void 0) {
          if (typeof data1.accountId !== "string") {
            const err9 = { instancePath: instancePath + "/requestContext/accountId", schemaPath: "#/properties/requestContext/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.requestId !== void 0) {
          if (typeof data1.requestId !== "string") {
            const err10 = { instancePath: instancePath + "/requestContext/requestId", schemaPath: "#/properties/requestContext/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.queryString !== void 0) {
          if (typeof data1.queryString !== "string") {
            const err11 = { instancePath: instancePath + "/requestContext/queryString", schemaPath: "#/properties/requestContext/properties/queryString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.operationName !== void 0) {
          if (typeof data1.operationName !== "string") {
            const err12 = { instancePath: instancePath + "/requestContext/operationName", schemaPath: "#/properties/requestContext/properties/operationName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.variables !== void 0) {
          let data7 = data1.variables;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
          } else {
            const err13 = { instancePath: instancePath + "/requestContext/variables", schemaPath: "#/properties/requestContext/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/requestContext", schemaPath: "#/properties/requestContext/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.requestHeaders !== void 0) {
      let data8 = data.requestHeaders;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key0 in data8) {
          if (typeof data8[key0] !== "string") {
            const err15 = { instancePath: instancePath + "/requestHeaders/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/requestHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/requestHeaders", schemaPath: "#/properties/requestHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
validate20.evaluated = { "props": { "authorizationToken": true, "requestContext": true, "requestHeaders": true }, "dynamicProps": false, "dynamicItems": false };

// appsync.authorizer.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
