// Generated from schemas/iot/custom-authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/ajv/ucs2length.ts
function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; pos++) {
    length++;
    const code = str.charCodeAt(pos);
    if (code >= 55296 && code <= 56319 && pos + 1 < str.length && (str.charCodeAt(pos + 1) & 64512) === 56320) pos++;
  }
  return length;
}

// standalone:iot.custom-authorizer.result.all.standalone.js
var validateAll = validate20;
var pattern4 = new RegExp("^[a-zA-Z0-9]{1,128}$", "u");
var func1 = ucs2length;
var schema33 = { "type": "object", "required": ["Effect", "Action", "Resource"], "properties": { "Sid": { "type": "string" }, "Effect": { "enum": ["Allow", "Deny"] }, "Action": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "Resource": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "Condition": { "type": "object", "additionalProperties": true } } };
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
            if (data2.Effect === void 0) {
              const err3 = { instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/IoTPolicyStatement/required", keyword: "required", params: { missingProperty: "Effect" }, message: "must have required property 'Effect'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.Action === void 0) {
              const err4 = { instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/IoTPolicyStatement/required", keyword: "required", params: { missingProperty: "Action" }, message: "must have required property 'Action'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.Resource === void 0) {
              const err5 = { instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/IoTPolicyStatement/required", keyword: "required", params: { missingProperty: "Resource" }, message: "must have required property 'Resource'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.Sid !== void 0) {
              if (typeof data2.Sid !== "string") {
                const err6 = { instancePath: instancePath + "/Statement/" + i0 + "/Sid", schemaPath: "#/$defs/IoTPolicyStatement/properties/Sid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.Effect !== void 0) {
              let data4 = data2.Effect;
              if (!(data4 === "Allow" || data4 === "Deny")) {
                const err7 = { instancePath: instancePath + "/Statement/" + i0 + "/Effect", schemaPath: "#/$defs/IoTPolicyStatement/properties/Effect/enum", keyword: "enum", params: { allowedValues: schema33.properties.Effect.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.Action !== void 0) {
              let data5 = data2.Action;
              const _errs12 = errors;
              let valid5 = false;
              const _errs13 = errors;
              if (typeof data5 !== "string") {
                const err8 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/IoTPolicyStatement/properties/Action/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              var _valid0 = _errs13 === errors;
              valid5 = valid5 || _valid0;
              const _errs15 = errors;
              if (Array.isArray(data5)) {
                const len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data5[i1] !== "string") {
                    const err9 = { instancePath: instancePath + "/Statement/" + i0 + "/Action/" + i1, schemaPath: "#/$defs/IoTPolicyStatement/properties/Action/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
              } else {
                const err10 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/IoTPolicyStatement/properties/Action/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var _valid0 = _errs15 === errors;
              valid5 = valid5 || _valid0;
              if (!valid5) {
                const err11 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/IoTPolicyStatement/properties/Action/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              } else {
                errors = _errs12;
                if (vErrors !== null) {
                  if (_errs12) {
                    vErrors.length = _errs12;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data2.Resource !== void 0) {
              let data7 = data2.Resource;
              const _errs20 = errors;
              let valid8 = false;
              const _errs21 = errors;
              if (typeof data7 !== "string") {
                const err12 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/IoTPolicyStatement/properties/Resource/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                    const err13 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource/" + i2, schemaPath: "#/$defs/IoTPolicyStatement/properties/Resource/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/IoTPolicyStatement/properties/Resource/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
                const err15 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/IoTPolicyStatement/properties/Resource/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
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
                const err16 = { instancePath: instancePath + "/Statement/" + i0 + "/Condition", schemaPath: "#/$defs/IoTPolicyStatement/properties/Condition/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/IoTPolicyStatement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "Version": true, "Statement": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.isAuthenticated === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "isAuthenticated" }, message: "must have required property 'isAuthenticated'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.principalId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "principalId" }, message: "must have required property 'principalId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.policyDocuments === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policyDocuments" }, message: "must have required property 'policyDocuments'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.disconnectAfterInSeconds === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "disconnectAfterInSeconds" }, message: "must have required property 'disconnectAfterInSeconds'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.refreshAfterInSeconds === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "refreshAfterInSeconds" }, message: "must have required property 'refreshAfterInSeconds'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.isAuthenticated !== void 0) {
      if (typeof data.isAuthenticated !== "boolean") {
        const err5 = { instancePath: instancePath + "/isAuthenticated", schemaPath: "#/properties/isAuthenticated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.principalId !== void 0) {
      let data1 = data.principalId;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err6 = { instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]{1,128}$" }, message: 'must match pattern "^[a-zA-Z0-9]{1,128}$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.policyDocuments !== void 0) {
      let data2 = data.policyDocuments;
      if (Array.isArray(data2)) {
        if (data2.length > 10) {
          const err8 = { instancePath: instancePath + "/policyDocuments", schemaPath: "#/properties/policyDocuments/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          const _errs8 = errors;
          let valid3 = false;
          const _errs9 = errors;
          if (typeof data3 === "string") {
            if (func1(data3) > 2048) {
              const err9 = { instancePath: instancePath + "/policyDocuments/" + i0, schemaPath: "#/properties/policyDocuments/items/anyOf/0/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/policyDocuments/" + i0, schemaPath: "#/properties/policyDocuments/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          var _valid0 = _errs9 === errors;
          valid3 = valid3 || _valid0;
          const _errs11 = errors;
          if (!validate21(data3, { instancePath: instancePath + "/policyDocuments/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs11 === errors;
          valid3 = valid3 || _valid0;
          if (_valid0) {
            var props0 = {};
            props0.Version = true;
            props0.Statement = true;
          }
          if (!valid3) {
            const err11 = { instancePath: instancePath + "/policyDocuments/" + i0, schemaPath: "#/properties/policyDocuments/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
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
      } else {
        const err12 = { instancePath: instancePath + "/policyDocuments", schemaPath: "#/properties/policyDocuments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.disconnectAfterInSeconds !== void 0) {
      let data4 = data.disconnectAfterInSeconds;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err13 = { instancePath: instancePath + "/disconnectAfterInSeconds", schemaPath: "#/properties/disconnectAfterInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 86400 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/disconnectAfterInSeconds", schemaPath: "#/properties/disconnectAfterInSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4 < 300 || isNaN(data4)) {
          const err15 = { instancePath: instancePath + "/disconnectAfterInSeconds", schemaPath: "#/properties/disconnectAfterInSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 300 }, message: "must be >= 300" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.refreshAfterInSeconds !== void 0) {
      let data5 = data.refreshAfterInSeconds;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err16 = { instancePath: instancePath + "/refreshAfterInSeconds", schemaPath: "#/properties/refreshAfterInSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 86400 || isNaN(data5)) {
          const err17 = { instancePath: instancePath + "/refreshAfterInSeconds", schemaPath: "#/properties/refreshAfterInSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data5 < 300 || isNaN(data5)) {
          const err18 = { instancePath: instancePath + "/refreshAfterInSeconds", schemaPath: "#/properties/refreshAfterInSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 300 }, message: "must be >= 300" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
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
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "isAuthenticated": true, "principalId": true, "policyDocuments": true, "disconnectAfterInSeconds": true, "refreshAfterInSeconds": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_0 = validate23;
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
  if (typeof data === "string") {
    if (func1(data) > 2048) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate24;
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
            if (data2.Effect === void 0) {
              const err3 = { instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/IoTPolicyStatement/required", keyword: "required", params: { missingProperty: "Effect" }, message: "must have required property 'Effect'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.Action === void 0) {
              const err4 = { instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/IoTPolicyStatement/required", keyword: "required", params: { missingProperty: "Action" }, message: "must have required property 'Action'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.Resource === void 0) {
              const err5 = { instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/IoTPolicyStatement/required", keyword: "required", params: { missingProperty: "Resource" }, message: "must have required property 'Resource'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.Sid !== void 0) {
              if (typeof data2.Sid !== "string") {
                const err6 = { instancePath: instancePath + "/Statement/" + i0 + "/Sid", schemaPath: "#/$defs/IoTPolicyStatement/properties/Sid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.Effect !== void 0) {
              let data4 = data2.Effect;
              if (!(data4 === "Allow" || data4 === "Deny")) {
                const err7 = { instancePath: instancePath + "/Statement/" + i0 + "/Effect", schemaPath: "#/$defs/IoTPolicyStatement/properties/Effect/enum", keyword: "enum", params: { allowedValues: schema33.properties.Effect.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.Action !== void 0) {
              let data5 = data2.Action;
              const _errs12 = errors;
              let valid5 = false;
              const _errs13 = errors;
              if (typeof data5 !== "string") {
                const err8 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/IoTPolicyStatement/properties/Action/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              var _valid0 = _errs13 === errors;
              valid5 = valid5 || _valid0;
              const _errs15 = errors;
              if (Array.isArray(data5)) {
                const len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data5[i1] !== "string") {
                    const err9 = { instancePath: instancePath + "/Statement/" + i0 + "/Action/" + i1, schemaPath: "#/$defs/IoTPolicyStatement/properties/Action/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
              } else {
                const err10 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/IoTPolicyStatement/properties/Action/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var _valid0 = _errs15 === errors;
              valid5 = valid5 || _valid0;
              if (!valid5) {
                const err11 = { instancePath: instancePath + "/Statement/" + i0 + "/Action", schemaPath: "#/$defs/IoTPolicyStatement/properties/Action/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              } else {
                errors = _errs12;
                if (vErrors !== null) {
                  if (_errs12) {
                    vErrors.length = _errs12;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data2.Resource !== void 0) {
              let data7 = data2.Resource;
              const _errs20 = errors;
              let valid8 = false;
              const _errs21 = errors;
              if (typeof data7 !== "string") {
                const err12 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/IoTPolicyStatement/properties/Resource/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                    const err13 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource/" + i2, schemaPath: "#/$defs/IoTPolicyStatement/properties/Resource/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/IoTPolicyStatement/properties/Resource/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
                const err15 = { instancePath: instancePath + "/Statement/" + i0 + "/Resource", schemaPath: "#/$defs/IoTPolicyStatement/properties/Resource/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
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
                const err16 = { instancePath: instancePath + "/Statement/" + i0 + "/Condition", schemaPath: "#/$defs/IoTPolicyStatement/properties/Condition/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/Statement/" + i0, schemaPath: "#/$defs/IoTPolicyStatement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "Version": true, "Statement": true }, "dynamicProps": false, "dynamicItems": false };
var branch1_0 = validate25;
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
var branch1_1 = validate26;
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
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var branch2_0 = validate27;
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
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
var branch2_1 = validate28;
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
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };

// iot.custom-authorizer.result.all.entry.ts
var branches = {
  "#/properties/policyDocuments/items/anyOf": [branch0_0, branch0_1],
  "#/$defs/IoTPolicyStatement/properties/Action/anyOf": [branch1_0, branch1_1],
  "#/$defs/IoTPolicyStatement/properties/Resource/anyOf": [branch2_0, branch2_1]
};
export {
  branches,
  validateAll
};
