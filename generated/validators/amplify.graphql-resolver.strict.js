// Generated from schemas/amplify/graphql-resolver.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:amplify.graphql-resolver.strict.standalone.js
var amplify_graphql_resolver_strict_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:amplify.graphql-resolver", "type": "object", "required": ["typeName", "fieldName", "arguments", "identity", "source", "request", "prev"], "properties": { "typeName": { "type": "string" }, "fieldName": { "type": "string" }, "arguments": { "type": "object", "additionalProperties": true }, "identity": { "$ref": "#/$defs/AppSyncIdentity" }, "source": { "type": ["object", "null"], "additionalProperties": true }, "request": { "$ref": "#/$defs/AppSyncRequest" }, "prev": { "type": ["object", "null"], "additionalProperties": true } }, "$defs": { "AppSyncCognitoIdentity": { "type": "object", "required": ["sub", "issuer", "username", "claims", "sourceIp", "defaultAuthStrategy"], "properties": { "sub": { "type": "string" }, "issuer": { "type": "string" }, "username": { "type": "string" }, "claims": { "type": "object", "additionalProperties": true }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "defaultAuthStrategy": { "type": "string" }, "groups": { "type": ["array", "null"], "items": { "type": "string" } } } }, "AppSyncIamIdentity": { "type": "object", "required": ["accountId", "sourceIp", "username", "userArn"], "properties": { "accountId": { "type": "string" }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "username": { "type": "string" }, "userArn": { "type": "string" }, "cognitoIdentityAuthType": { "type": ["string", "null"] }, "cognitoIdentityAuthProvider": { "type": ["string", "null"] } } }, "AppSyncIdentity": { "anyOf": [{ "$ref": "#/$defs/AppSyncIamIdentity" }, { "$ref": "#/$defs/AppSyncCognitoIdentity" }, { "$ref": "#/$defs/AppSyncOidcIdentity" }, { "$ref": "#/$defs/AppSyncLambdaIdentity" }, { "type": "null" }] }, "AppSyncLambdaIdentity": { "type": "object", "required": ["resolverContext"], "properties": { "resolverContext": { "type": "object", "additionalProperties": true } } }, "AppSyncOidcIdentity": { "type": "object", "required": ["claims", "issuer", "sub"], "properties": { "claims": { "type": "object", "additionalProperties": true }, "issuer": { "type": "string" }, "sub": { "type": "string" } } }, "AppSyncRequest": { "type": "object", "required": ["headers"], "properties": { "headers": { "type": "object", "additionalProperties": { "type": "string" } }, "domainName": { "type": ["string", "null"] } } }, "AppSyncSourceIp": { "type": "array", "items": { "type": "string" } } } };
var schema8 = { "type": "object", "required": ["accountId", "sourceIp", "username", "userArn"], "properties": { "accountId": { "type": "string" }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "username": { "type": "string" }, "userArn": { "type": "string" }, "cognitoIdentityAuthType": { "type": ["string", "null"] }, "cognitoIdentityAuthProvider": { "type": ["string", "null"] } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        const _errs1 = errors;
        if (typeof data[i0] !== "string") {
          validate24.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accountId === void 0 && (missing0 = "accountId") || data.sourceIp === void 0 && (missing0 = "sourceIp") || data.username === void 0 && (missing0 = "username") || data.userArn === void 0 && (missing0 = "userArn")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accountId !== void 0) {
          const _errs1 = errors;
          if (typeof data.accountId !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.cognitoIdentityPoolId !== void 0) {
            let data1 = data.cognitoIdentityPoolId;
            const _errs3 = errors;
            if (typeof data1 !== "string" && data1 !== null) {
              validate23.errors = [{ instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema8.properties.cognitoIdentityPoolId.type }, message: "must be string,null" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.cognitoIdentityId !== void 0) {
              let data2 = data.cognitoIdentityId;
              const _errs5 = errors;
              if (typeof data2 !== "string" && data2 !== null) {
                validate23.errors = [{ instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema8.properties.cognitoIdentityId.type }, message: "must be string,null" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sourceIp !== void 0) {
                const _errs7 = errors;
                if (!validate24(data.sourceIp, { instancePath: instancePath + "/sourceIp", parentData: data, parentDataProperty: "sourceIp", rootData })) {
                  vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.username !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.username !== "string") {
                    validate23.errors = [{ instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.userArn !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.userArn !== "string") {
                      validate23.errors = [{ instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.cognitoIdentityAuthType !== void 0) {
                      let data6 = data.cognitoIdentityAuthType;
                      const _errs12 = errors;
                      if (typeof data6 !== "string" && data6 !== null) {
                        validate23.errors = [{ instancePath: instancePath + "/cognitoIdentityAuthType", schemaPath: "#/properties/cognitoIdentityAuthType/type", keyword: "type", params: { type: schema8.properties.cognitoIdentityAuthType.type }, message: "must be string,null" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.cognitoIdentityAuthProvider !== void 0) {
                        let data7 = data.cognitoIdentityAuthProvider;
                        const _errs14 = errors;
                        if (typeof data7 !== "string" && data7 !== null) {
                          validate23.errors = [{ instancePath: instancePath + "/cognitoIdentityAuthProvider", schemaPath: "#/properties/cognitoIdentityAuthProvider/type", keyword: "type", params: { type: schema8.properties.cognitoIdentityAuthProvider.type }, message: "must be string,null" }];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
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
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var schema10 = { "type": "object", "required": ["sub", "issuer", "username", "claims", "sourceIp", "defaultAuthStrategy"], "properties": { "sub": { "type": "string" }, "issuer": { "type": "string" }, "username": { "type": "string" }, "claims": { "type": "object", "additionalProperties": true }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "defaultAuthStrategy": { "type": "string" }, "groups": { "type": ["array", "null"], "items": { "type": "string" } } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.sub === void 0 && (missing0 = "sub") || data.issuer === void 0 && (missing0 = "issuer") || data.username === void 0 && (missing0 = "username") || data.claims === void 0 && (missing0 = "claims") || data.sourceIp === void 0 && (missing0 = "sourceIp") || data.defaultAuthStrategy === void 0 && (missing0 = "defaultAuthStrategy")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.sub !== void 0) {
          const _errs1 = errors;
          if (typeof data.sub !== "string") {
            validate27.errors = [{ instancePath: instancePath + "/sub", schemaPath: "#/properties/sub/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.issuer !== void 0) {
            const _errs3 = errors;
            if (typeof data.issuer !== "string") {
              validate27.errors = [{ instancePath: instancePath + "/issuer", schemaPath: "#/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.username !== void 0) {
              const _errs5 = errors;
              if (typeof data.username !== "string") {
                validate27.errors = [{ instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.claims !== void 0) {
                let data3 = data.claims;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                  } else {
                    validate27.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.sourceIp !== void 0) {
                  const _errs10 = errors;
                  if (!validate24(data.sourceIp, { instancePath: instancePath + "/sourceIp", parentData: data, parentDataProperty: "sourceIp", rootData })) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.defaultAuthStrategy !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.defaultAuthStrategy !== "string") {
                      validate27.errors = [{ instancePath: instancePath + "/defaultAuthStrategy", schemaPath: "#/properties/defaultAuthStrategy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.groups !== void 0) {
                      let data6 = data.groups;
                      const _errs13 = errors;
                      if (!Array.isArray(data6) && data6 !== null) {
                        validate27.errors = [{ instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: schema10.properties.groups.type }, message: "must be array,null" }];
                        return false;
                      }
                      if (errors === _errs13) {
                        if (Array.isArray(data6)) {
                          var valid1 = true;
                          const len0 = data6.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs15 = errors;
                            if (typeof data6[i0] !== "string") {
                              validate27.errors = [{ instancePath: instancePath + "/groups/" + i0, schemaPath: "#/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid1 = _errs15 === errors;
                            if (!valid1) {
                              break;
                            }
                          }
                        }
                      }
                      var valid0 = _errs13 === errors;
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
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.claims === void 0 && (missing0 = "claims") || data.issuer === void 0 && (missing0 = "issuer") || data.sub === void 0 && (missing0 = "sub")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.claims !== void 0) {
          let data0 = data.claims;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            } else {
              validate30.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.issuer !== void 0) {
            const _errs4 = errors;
            if (typeof data.issuer !== "string") {
              validate30.errors = [{ instancePath: instancePath + "/issuer", schemaPath: "#/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sub !== void 0) {
              const _errs6 = errors;
              if (typeof data.sub !== "string") {
                validate30.errors = [{ instancePath: instancePath + "/sub", schemaPath: "#/properties/sub/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
          }
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
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.resolverContext === void 0 && (missing0 = "resolverContext")) {
        validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.resolverContext !== void 0) {
          let data0 = data.resolverContext;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            } else {
              validate32.errors = [{ instancePath: instancePath + "/resolverContext", schemaPath: "#/properties/resolverContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (!validate27(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs3 = errors;
      if (!validate30(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs3 === errors;
      valid0 = valid0 || _valid0;
      if (!valid0) {
        const _errs4 = errors;
        if (!validate32(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs4 === errors;
        valid0 = valid0 || _valid0;
        if (!valid0) {
          const _errs5 = errors;
          if (data !== null) {
            const err0 = { instancePath, schemaPath: "#/anyOf/4/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          var _valid0 = _errs5 === errors;
          valid0 = valid0 || _valid0;
        }
      }
    }
  }
  if (!valid0) {
    const err1 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate22.errors = vErrors;
    return false;
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
  return errors === 0;
}
var schema13 = { "type": "object", "required": ["headers"], "properties": { "headers": { "type": "object", "additionalProperties": { "type": "string" } }, "domainName": { "type": ["string", "null"] } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.headers === void 0 && (missing0 = "headers")) {
        validate35.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.headers !== void 0) {
          let data0 = data.headers;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              for (const key0 in data0) {
                const _errs4 = errors;
                if (typeof data0[key0] !== "string") {
                  validate35.errors = [{ instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid1 = _errs4 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate35.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.domainName !== void 0) {
            let data2 = data.domainName;
            const _errs6 = errors;
            if (typeof data2 !== "string" && data2 !== null) {
              validate35.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: schema13.properties.domainName.type }, message: "must be string,null" }];
              return false;
            }
            var valid0 = _errs6 === errors;
          } else {
            var valid0 = true;
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
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.typeName === void 0 && (missing0 = "typeName") || data.fieldName === void 0 && (missing0 = "fieldName") || data.arguments === void 0 && (missing0 = "arguments") || data.identity === void 0 && (missing0 = "identity") || data.source === void 0 && (missing0 = "source") || data.request === void 0 && (missing0 = "request") || data.prev === void 0 && (missing0 = "prev")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.typeName !== void 0) {
          const _errs1 = errors;
          if (typeof data.typeName !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/typeName", schemaPath: "#/properties/typeName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.fieldName !== void 0) {
            const _errs3 = errors;
            if (typeof data.fieldName !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/fieldName", schemaPath: "#/properties/fieldName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.arguments !== void 0) {
              let data2 = data.arguments;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/arguments", schemaPath: "#/properties/arguments/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.identity !== void 0) {
                const _errs8 = errors;
                if (!validate22(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.source !== void 0) {
                  let data4 = data.source;
                  const _errs9 = errors;
                  if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
                    validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: schema6.properties.source.type }, message: "must be object,null" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.request !== void 0) {
                    const _errs12 = errors;
                    if (!validate35(data.request, { instancePath: instancePath + "/request", parentData: data, parentDataProperty: "request", rootData })) {
                      vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.prev !== void 0) {
                      let data6 = data.prev;
                      const _errs13 = errors;
                      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6)) && data6 !== null) {
                        validate21.errors = [{ instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/type", keyword: "type", params: { type: schema6.properties.prev.type }, message: "must be object,null" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:amplify.graphql-resolver.strict.check.js
function d_AppSyncIamIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v4 = x.accountId;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.cognitoIdentityPoolId;
    if (v5 !== void 0) {
      if (!(typeof v5 === "string" || v5 === null)) return false;
    }
  }
  {
    const v6 = x.cognitoIdentityId;
    if (v6 !== void 0) {
      if (!(typeof v6 === "string" || v6 === null)) return false;
    }
  }
  {
    const v7 = x.sourceIp;
    if (v7 === void 0) return false;
    if (!d_AppSyncSourceIp(v7)) return false;
  }
  {
    const v10 = x.username;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "string")) return false;
  }
  {
    const v11 = x.userArn;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  {
    const v12 = x.cognitoIdentityAuthType;
    if (v12 !== void 0) {
      if (!(typeof v12 === "string" || v12 === null)) return false;
    }
  }
  {
    const v13 = x.cognitoIdentityAuthProvider;
    if (v13 !== void 0) {
      if (!(typeof v13 === "string" || v13 === null)) return false;
    }
  }
  return true;
}
function d_AppSyncSourceIp(x) {
  if (!Array.isArray(x)) return false;
  for (let v9 = 0; v9 < x.length; v9++) {
    const v8 = x[v9];
    if (!(typeof v8 === "string")) return false;
  }
  return true;
}
function d_AppSyncCognitoIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v14 = x.sub;
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string")) return false;
  }
  {
    const v15 = x.issuer;
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string")) return false;
  }
  {
    const v16 = x.username;
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x.claims;
    if (v17 === void 0) return false;
    if (!(v17 !== null && typeof v17 === "object" && !Array.isArray(v17))) return false;
  }
  {
    const v18 = x.sourceIp;
    if (v18 === void 0) return false;
    if (!d_AppSyncSourceIp(v18)) return false;
  }
  {
    const v19 = x.defaultAuthStrategy;
    if (v19 === void 0) return false;
    if (!(typeof v19 === "string")) return false;
  }
  {
    const v20 = x.groups;
    if (v20 !== void 0) {
      if (!(Array.isArray(v20) || v20 === null)) return false;
      if (Array.isArray(v20)) {
        for (let v22 = 0; v22 < v20.length; v22++) {
          const v21 = v20[v22];
          if (!(typeof v21 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function d_AppSyncOidcIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v23 = x.claims;
    if (v23 === void 0) return false;
    if (!(v23 !== null && typeof v23 === "object" && !Array.isArray(v23))) return false;
  }
  {
    const v24 = x.issuer;
    if (v24 === void 0) return false;
    if (!(typeof v24 === "string")) return false;
  }
  {
    const v25 = x.sub;
    if (v25 === void 0) return false;
    if (!(typeof v25 === "string")) return false;
  }
  return true;
}
function d_AppSyncLambdaIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v26 = x.resolverContext;
    if (v26 === void 0) return false;
    if (!(v26 !== null && typeof v26 === "object" && !Array.isArray(v26))) return false;
  }
  return true;
}
function d_AppSyncRequest(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v29 = x.headers;
    if (v29 === void 0) return false;
    if (!(v29 !== null && typeof v29 === "object" && !Array.isArray(v29))) return false;
    for (const v30 in v29) {
      const v31 = v29[v30];
      if (!(typeof v31 === "string")) return false;
    }
  }
  {
    const v32 = x.domainName;
    if (v32 !== void 0) {
      if (!(typeof v32 === "string" || v32 === null)) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.typeName;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.fieldName;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.arguments;
    if (v2 === void 0) return false;
    if (!(v2 !== null && typeof v2 === "object" && !Array.isArray(v2))) return false;
  }
  {
    const v3 = x.identity;
    if (v3 === void 0) return false;
    if (!(d_AppSyncIamIdentity(v3) || d_AppSyncCognitoIdentity(v3) || d_AppSyncOidcIdentity(v3) || d_AppSyncLambdaIdentity(v3) || v3 === null)) return false;
  }
  {
    const v27 = x.source;
    if (v27 === void 0) return false;
    if (!(v27 !== null && typeof v27 === "object" && !Array.isArray(v27) || v27 === null)) return false;
  }
  {
    const v28 = x.request;
    if (v28 === void 0) return false;
    if (!d_AppSyncRequest(v28)) return false;
  }
  {
    const v33 = x.prev;
    if (v33 === void 0) return false;
    if (!(v33 !== null && typeof v33 === "object" && !Array.isArray(v33) || v33 === null)) return false;
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

// amplify.graphql-resolver.strict.entry.ts
var validate = withStandardSchema(checked(check, amplify_graphql_resolver_strict_standalone_default), "amplify.graphql-resolver");
export {
  validate as default,
  validate
};
