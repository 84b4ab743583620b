// Generated from schemas/apigateway/request-authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:apigateway.request-authorizer.result.all.standalone.js
var validateAll = validate20;
var schema34 = { "type": "object", "required": ["Action", "Effect", "Resource"], "properties": { "Sid": { "type": "string" }, "Action": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "Effect": { "enum": ["Allow", "Deny"] }, "Resource": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "Condition": { "type": "object", "additionalProperties": true } } };
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
    if (data.Version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Version" }, message: "must have required property 'Version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Statement === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Statement" }, message: "must have required property 'Statement'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Version !== void 0) {
      if (typeof data.Version !== "string") {
        const err2 = { instancePath: instancePath + "/Version", schemaPath: "#/properties/Version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Statement !== void 0) {
      let data1 = data.Statement;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.Action === void 0) {
              const err3 = { instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/required", keyword: "required", params: { missingProperty: "Action" }, message: "must have required property 'Action'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.Effect === void 0) {
              const err4 = { instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/required", keyword: "required", params: { missingProperty: "Effect" }, message: "must have required property 'Effect'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.Resource === void 0) {
              const err5 = { instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/required", keyword: "required", params: { missingProperty: "Resource" }, message: "must have required property 'Resource'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.Sid !== void 0) {
              if (typeof data2.Sid !== "string") {
                const err6 = { instancePath: instancePath + "/Statement/" + i0 + "/Sid", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Sid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.Action !== void 0) {
              let data4 = data2.Action;
              const _errs11 = errors;
              let valid5 = false;
              const _errs12 = errors;
              if (typeof data4 !== "string") {
                const err7 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Action/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              var _valid0 = _errs12 === errors;
              valid5 = valid5 || _valid0;
              const _errs14 = errors;
              if (Array.isArray(data4)) {
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data4[i1] !== "string") {
                    const err8 = { instancePath: instancePath + "/Statement/" + i0 + "/Action/" + i1, schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Action/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
              } else {
                const err9 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Action/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              var _valid0 = _errs14 === errors;
              valid5 = valid5 || _valid0;
              if (!valid5) {
                const err10 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Action/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              } else {
                errors = _errs11;
                if (vErrors !== null) {
                  if (_errs11) {
                    vErrors.length = _errs11;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data2.Effect !== void 0) {
              let data6 = data2.Effect;
              if (!(data6 === "Allow" || data6 === "Deny")) {
                const err11 = { instancePath: instancePath + "/Statement/" + i0 + "/Effect", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Effect/enum", keyword: "enum", params: { allowedValues: schema34.properties.Effect.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data2.Resource !== void 0) {
              let data7 = data2.Resource;
              const _errs20 = errors;
              let valid8 = false;
              const _errs21 = errors;
              if (typeof data7 !== "string") {
                const err12 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Resource/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              var _valid1 = _errs21 === errors;
              valid8 = valid8 || _valid1;
              const _errs23 = errors;
              if (Array.isArray(data7)) {
                const len2 = data7.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data7[i2] !== "string") {
                    const err13 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource/" + i2, schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Resource/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Resource/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              var _valid1 = _errs23 === errors;
              valid8 = valid8 || _valid1;
              if (!valid8) {
                const err15 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Resource/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              } else {
                errors = _errs20;
                if (vErrors !== null) {
                  if (_errs20) {
                    vErrors.length = _errs20;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data2.Condition !== void 0) {
              let data9 = data2.Condition;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              } else {
                const err16 = { instancePath: instancePath + "/Statement/" + i0 + "/Condition", schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Condition/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/ApiGatewayAuthorizerPolicyStatement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "Version": true, "Statement": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.principalId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "principalId" }, message: "must have required property 'principalId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.policyDocument === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policyDocument" }, message: "must have required property 'policyDocument'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.principalId !== void 0) {
      if (typeof data.principalId !== "string") {
        const err2 = { instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.policyDocument !== void 0) {
      if (!validate22(data.policyDocument, { instancePath: instancePath + "/policyDocument", parentData: data, parentDataProperty: "policyDocument", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.context !== void 0) {
      let data2 = data.context;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          let data3 = data2[key0];
          const _errs9 = errors;
          let valid3 = false;
          const _errs10 = errors;
          if (typeof data3 !== "string") {
            const err3 = { instancePath: instancePath + "/context/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ApiGatewayAuthorizerContext/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var _valid0 = _errs10 === errors;
          valid3 = valid3 || _valid0;
          const _errs12 = errors;
          if (!(typeof data3 == "number" && isFinite(data3))) {
            const err4 = { instancePath: instancePath + "/context/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ApiGatewayAuthorizerContext/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          var _valid0 = _errs12 === errors;
          valid3 = valid3 || _valid0;
          const _errs14 = errors;
          if (typeof data3 !== "boolean") {
            const err5 = { instancePath: instancePath + "/context/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ApiGatewayAuthorizerContext/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var _valid0 = _errs14 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const err6 = { instancePath: instancePath + "/context/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ApiGatewayAuthorizerContext/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/ApiGatewayAuthorizerContext/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.usageIdentifierKey !== void 0) {
      if (typeof data.usageIdentifierKey !== "string") {
        const err8 = { instancePath: instancePath + "/usageIdentifierKey", schemaPath: "#/properties/usageIdentifierKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "principalId": true, "policyDocument": true, "context": true, "usageIdentifierKey": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "principalId": true, "policyDocument": true, "context": true, "usageIdentifierKey": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "dynamicProps": false, "dynamicItems": false };
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
  if (!(typeof data == "number" && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" }, message: "must be number" };
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
var branch0_2 = validate27;
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
  if (typeof data !== "boolean") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch1_0 = validate28;
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
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
var branch1_1 = validate29;
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
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== "string") {
        const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
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
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var branch2_0 = validate30;
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
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
var branch2_1 = validate31;
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
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (typeof data[i0] !== "string") {
        const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
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
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };

// apigateway.request-authorizer.result.all.entry.ts
var branches = {
  "#/$defs/ApiGatewayAuthorizerContext/additionalProperties/anyOf": [branch0_0, branch0_1, branch0_2],
  "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Action/anyOf": [branch1_0, branch1_1],
  "#/$defs/ApiGatewayAuthorizerPolicyStatement/properties/Resource/anyOf": [branch2_0, branch2_1]
};
export {
  branches,
  validateAll
};
