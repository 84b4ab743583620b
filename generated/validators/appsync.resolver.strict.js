// Generated from schemas/appsync/resolver.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:appsync.resolver.strict.standalone.js
var appsync_resolver_strict_standalone_default = validate21;
var schema7 = { "type": "object", "required": ["arguments", "source", "request", "info", "prev", "stash"], "properties": { "arguments": { "type": "object", "additionalProperties": true }, "identity": { "$ref": "#/$defs/AppSyncIdentity" }, "source": { "type": ["object", "null"], "additionalProperties": true }, "request": { "$ref": "#/$defs/AppSyncRequest" }, "info": { "$ref": "#/$defs/AppSyncInfo" }, "prev": { "anyOf": [{ "type": "object", "required": ["result"], "properties": { "result": {} } }, { "type": "null" }] }, "stash": { "type": "object", "additionalProperties": true } } };
var schema9 = { "type": "object", "required": ["accountId", "sourceIp", "username", "userArn"], "properties": { "accountId": { "type": "string" }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "username": { "type": "string" }, "userArn": { "type": "string" }, "cognitoIdentityAuthType": { "type": ["string", "null"] }, "cognitoIdentityAuthProvider": { "type": ["string", "null"] } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        const _errs1 = errors;
        if (typeof data[i0] !== "string") {
          validate25.errors = [{ instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accountId === void 0 && (missing0 = "accountId") || data.sourceIp === void 0 && (missing0 = "sourceIp") || data.username === void 0 && (missing0 = "username") || data.userArn === void 0 && (missing0 = "userArn")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accountId !== void 0) {
          const _errs1 = errors;
          if (typeof data.accountId !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate24.errors = [{ instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema9.properties.cognitoIdentityPoolId.type }, message: "must be string,null" }];
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
                validate24.errors = [{ instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema9.properties.cognitoIdentityId.type }, message: "must be string,null" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sourceIp !== void 0) {
                const _errs7 = errors;
                if (!validate25(data.sourceIp, { instancePath: instancePath + "/sourceIp", parentData: data, parentDataProperty: "sourceIp", rootData })) {
                  vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
                    validate24.errors = [{ instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate24.errors = [{ instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate24.errors = [{ instancePath: instancePath + "/cognitoIdentityAuthType", schemaPath: "#/properties/cognitoIdentityAuthType/type", keyword: "type", params: { type: schema9.properties.cognitoIdentityAuthType.type }, message: "must be string,null" }];
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
                          validate24.errors = [{ instancePath: instancePath + "/cognitoIdentityAuthProvider", schemaPath: "#/properties/cognitoIdentityAuthProvider/type", keyword: "type", params: { type: schema9.properties.cognitoIdentityAuthProvider.type }, message: "must be string,null" }];
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var schema11 = { "type": "object", "required": ["sub", "issuer", "username", "claims", "sourceIp", "defaultAuthStrategy"], "properties": { "sub": { "type": "string" }, "issuer": { "type": "string" }, "username": { "type": "string" }, "claims": { "type": "object", "additionalProperties": true }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "defaultAuthStrategy": { "type": "string" }, "groups": { "type": ["array", "null"], "items": { "type": "string" } } } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.sub === void 0 && (missing0 = "sub") || data.issuer === void 0 && (missing0 = "issuer") || data.username === void 0 && (missing0 = "username") || data.claims === void 0 && (missing0 = "claims") || data.sourceIp === void 0 && (missing0 = "sourceIp") || data.defaultAuthStrategy === void 0 && (missing0 = "defaultAuthStrategy")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.sub !== void 0) {
          const _errs1 = errors;
          if (typeof data.sub !== "string") {
            validate28.errors = [{ instancePath: instancePath + "/sub", schemaPath: "#/properties/sub/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate28.errors = [{ instancePath: instancePath + "/issuer", schemaPath: "#/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate28.errors = [{ instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate28.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                  if (!validate25(data.sourceIp, { instancePath: instancePath + "/sourceIp", parentData: data, parentDataProperty: "sourceIp", rootData })) {
                    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
                      validate28.errors = [{ instancePath: instancePath + "/defaultAuthStrategy", schemaPath: "#/properties/defaultAuthStrategy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate28.errors = [{ instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: schema11.properties.groups.type }, message: "must be array,null" }];
                        return false;
                      }
                      if (errors === _errs13) {
                        if (Array.isArray(data6)) {
                          var valid1 = true;
                          const len0 = data6.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs15 = errors;
                            if (typeof data6[i0] !== "string") {
                              validate28.errors = [{ instancePath: instancePath + "/groups/" + i0, schemaPath: "#/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.claims === void 0 && (missing0 = "claims") || data.issuer === void 0 && (missing0 = "issuer") || data.sub === void 0 && (missing0 = "sub")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.claims !== void 0) {
          let data0 = data.claims;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            } else {
              validate31.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
              validate31.errors = [{ instancePath: instancePath + "/issuer", schemaPath: "#/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate31.errors = [{ instancePath: instancePath + "/sub", schemaPath: "#/properties/sub/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.resolverContext === void 0 && (missing0 = "resolverContext")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.resolverContext !== void 0) {
          let data0 = data.resolverContext;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            } else {
              validate33.errors = [{ instancePath: instancePath + "/resolverContext", schemaPath: "#/properties/resolverContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (!validate28(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs3 = errors;
      if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs3 === errors;
      valid0 = valid0 || _valid0;
      if (!valid0) {
        const _errs4 = errors;
        if (!validate33(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
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
    validate23.errors = vErrors;
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
  validate23.errors = vErrors;
  return errors === 0;
}
var schema14 = { "type": "object", "required": ["headers"], "properties": { "headers": { "type": "object", "additionalProperties": { "type": "string" } }, "domainName": { "type": ["string", "null"] } } };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.headers === void 0 && (missing0 = "headers")) {
        validate36.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
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
                  validate36.errors = [{ instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid1 = _errs4 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate36.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
              validate36.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: schema14.properties.domainName.type }, message: "must be string,null" }];
              return false;
            }
            var valid0 = _errs6 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.fieldName === void 0 && (missing0 = "fieldName") || data.parentTypeName === void 0 && (missing0 = "parentTypeName") || data.variables === void 0 && (missing0 = "variables") || data.selectionSetList === void 0 && (missing0 = "selectionSetList") || data.selectionSetGraphQL === void 0 && (missing0 = "selectionSetGraphQL")) {
        validate38.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.fieldName !== void 0) {
          const _errs1 = errors;
          if (typeof data.fieldName !== "string") {
            validate38.errors = [{ instancePath: instancePath + "/fieldName", schemaPath: "#/properties/fieldName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.parentTypeName !== void 0) {
            const _errs3 = errors;
            if (typeof data.parentTypeName !== "string") {
              validate38.errors = [{ instancePath: instancePath + "/parentTypeName", schemaPath: "#/properties/parentTypeName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.variables !== void 0) {
              let data2 = data.variables;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                } else {
                  validate38.errors = [{ instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.selectionSetList !== void 0) {
                let data3 = data.selectionSetList;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (Array.isArray(data3)) {
                    var valid1 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs10 = errors;
                      if (typeof data3[i0] !== "string") {
                        validate38.errors = [{ instancePath: instancePath + "/selectionSetList/" + i0, schemaPath: "#/properties/selectionSetList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs10 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate38.errors = [{ instancePath: instancePath + "/selectionSetList", schemaPath: "#/properties/selectionSetList/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.selectionSetGraphQL !== void 0) {
                  const _errs12 = errors;
                  if (typeof data.selectionSetGraphQL !== "string") {
                    validate38.errors = [{ instancePath: instancePath + "/selectionSetGraphQL", schemaPath: "#/properties/selectionSetGraphQL/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.arguments === void 0 && (missing0 = "arguments") || data.source === void 0 && (missing0 = "source") || data.request === void 0 && (missing0 = "request") || data.info === void 0 && (missing0 = "info") || data.prev === void 0 && (missing0 = "prev") || data.stash === void 0 && (missing0 = "stash")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.arguments !== void 0) {
          let data0 = data.arguments;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            } else {
              validate22.errors = [{ instancePath: instancePath + "/arguments", schemaPath: "#/properties/arguments/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.identity !== void 0) {
            const _errs4 = errors;
            if (!validate23(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData })) {
              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.source !== void 0) {
              let data2 = data.source;
              const _errs5 = errors;
              if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
                validate22.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: schema7.properties.source.type }, message: "must be object,null" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.request !== void 0) {
                const _errs8 = errors;
                if (!validate36(data.request, { instancePath: instancePath + "/request", parentData: data, parentDataProperty: "request", rootData })) {
                  vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.info !== void 0) {
                  const _errs9 = errors;
                  if (!validate38(data.info, { instancePath: instancePath + "/info", parentData: data, parentDataProperty: "info", rootData })) {
                    vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.prev !== void 0) {
                    let data5 = data.prev;
                    const _errs10 = errors;
                    const _errs11 = errors;
                    let valid1 = false;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        let missing1;
                        if (data5.result === void 0 && (missing1 = "result")) {
                          const err0 = { instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/anyOf/0/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                          if (vErrors === null) {
                            vErrors = [err0];
                          } else {
                            vErrors.push(err0);
                          }
                          errors++;
                        }
                      } else {
                        const err1 = { instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                    }
                    var _valid0 = _errs12 === errors;
                    valid1 = valid1 || _valid0;
                    if (!valid1) {
                      const _errs14 = errors;
                      if (data5 !== null) {
                        const err2 = { instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                      }
                      var _valid0 = _errs14 === errors;
                      valid1 = valid1 || _valid0;
                    }
                    if (!valid1) {
                      const err3 = { instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                      if (vErrors === null) {
                        vErrors = [err3];
                      } else {
                        vErrors.push(err3);
                      }
                      errors++;
                      validate22.errors = vErrors;
                      return false;
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
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.stash !== void 0) {
                      let data6 = data.stash;
                      const _errs16 = errors;
                      if (errors === _errs16) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        } else {
                          validate22.errors = [{ instancePath: instancePath + "/stash", schemaPath: "#/properties/stash/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs16 === errors;
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:appsync.resolver.strict.check.js
function d_AppSyncResolverContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.arguments;
    if (v0 === void 0) return false;
    if (!(v0 !== null && typeof v0 === "object" && !Array.isArray(v0))) return false;
  }
  {
    const v1 = x.identity;
    if (v1 !== void 0) {
      if (!(d_AppSyncIamIdentity(v1) || d_AppSyncCognitoIdentity(v1) || d_AppSyncOidcIdentity(v1) || d_AppSyncLambdaIdentity(v1) || v1 === null)) return false;
    }
  }
  {
    const v25 = x.source;
    if (v25 === void 0) return false;
    if (!(v25 !== null && typeof v25 === "object" && !Array.isArray(v25) || v25 === null)) return false;
  }
  {
    const v26 = x.request;
    if (v26 === void 0) return false;
    if (!d_AppSyncRequest(v26)) return false;
  }
  {
    const v31 = x.info;
    if (v31 === void 0) return false;
    if (!d_AppSyncInfo(v31)) return false;
  }
  {
    const v39 = x.prev;
    if (v39 === void 0) return false;
    if (!(v39 !== null && typeof v39 === "object" && !Array.isArray(v39) && v39.result !== void 0 || v39 === null)) return false;
  }
  {
    const v41 = x.stash;
    if (v41 === void 0) return false;
    if (!(v41 !== null && typeof v41 === "object" && !Array.isArray(v41))) return false;
  }
  return true;
}
function d_AppSyncIamIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v2 = x.accountId;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.cognitoIdentityPoolId;
    if (v3 !== void 0) {
      if (!(typeof v3 === "string" || v3 === null)) return false;
    }
  }
  {
    const v4 = x.cognitoIdentityId;
    if (v4 !== void 0) {
      if (!(typeof v4 === "string" || v4 === null)) return false;
    }
  }
  {
    const v5 = x.sourceIp;
    if (v5 === void 0) return false;
    if (!d_AppSyncSourceIp(v5)) return false;
  }
  {
    const v8 = x.username;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.userArn;
    if (v9 === void 0) return false;
    if (!(typeof v9 === "string")) return false;
  }
  {
    const v10 = x.cognitoIdentityAuthType;
    if (v10 !== void 0) {
      if (!(typeof v10 === "string" || v10 === null)) return false;
    }
  }
  {
    const v11 = x.cognitoIdentityAuthProvider;
    if (v11 !== void 0) {
      if (!(typeof v11 === "string" || v11 === null)) return false;
    }
  }
  return true;
}
function d_AppSyncSourceIp(x) {
  if (!Array.isArray(x)) return false;
  for (let v7 = 0; v7 < x.length; v7++) {
    const v6 = x[v7];
    if (!(typeof v6 === "string")) return false;
  }
  return true;
}
function d_AppSyncCognitoIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v12 = x.sub;
    if (v12 === void 0) return false;
    if (!(typeof v12 === "string")) return false;
  }
  {
    const v13 = x.issuer;
    if (v13 === void 0) return false;
    if (!(typeof v13 === "string")) return false;
  }
  {
    const v14 = x.username;
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string")) return false;
  }
  {
    const v15 = x.claims;
    if (v15 === void 0) return false;
    if (!(v15 !== null && typeof v15 === "object" && !Array.isArray(v15))) return false;
  }
  {
    const v16 = x.sourceIp;
    if (v16 === void 0) return false;
    if (!d_AppSyncSourceIp(v16)) return false;
  }
  {
    const v17 = x.defaultAuthStrategy;
    if (v17 === void 0) return false;
    if (!(typeof v17 === "string")) return false;
  }
  {
    const v18 = x.groups;
    if (v18 !== void 0) {
      if (!(Array.isArray(v18) || v18 === null)) return false;
      if (Array.isArray(v18)) {
        for (let v20 = 0; v20 < v18.length; v20++) {
          const v19 = v18[v20];
          if (!(typeof v19 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function d_AppSyncOidcIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v21 = x.claims;
    if (v21 === void 0) return false;
    if (!(v21 !== null && typeof v21 === "object" && !Array.isArray(v21))) return false;
  }
  {
    const v22 = x.issuer;
    if (v22 === void 0) return false;
    if (!(typeof v22 === "string")) return false;
  }
  {
    const v23 = x.sub;
    if (v23 === void 0) return false;
    if (!(typeof v23 === "string")) return false;
  }
  return true;
}
function d_AppSyncLambdaIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v24 = x.resolverContext;
    if (v24 === void 0) return false;
    if (!(v24 !== null && typeof v24 === "object" && !Array.isArray(v24))) return false;
  }
  return true;
}
function d_AppSyncRequest(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v27 = x.headers;
    if (v27 === void 0) return false;
    if (!(v27 !== null && typeof v27 === "object" && !Array.isArray(v27))) return false;
    for (const v28 in v27) {
      const v29 = v27[v28];
      if (!(typeof v29 === "string")) return false;
    }
  }
  {
    const v30 = x.domainName;
    if (v30 !== void 0) {
      if (!(typeof v30 === "string" || v30 === null)) return false;
    }
  }
  return true;
}
function d_AppSyncInfo(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v32 = x.fieldName;
    if (v32 === void 0) return false;
    if (!(typeof v32 === "string")) return false;
  }
  {
    const v33 = x.parentTypeName;
    if (v33 === void 0) return false;
    if (!(typeof v33 === "string")) return false;
  }
  {
    const v34 = x.variables;
    if (v34 === void 0) return false;
    if (!(v34 !== null && typeof v34 === "object" && !Array.isArray(v34))) return false;
  }
  {
    const v35 = x.selectionSetList;
    if (v35 === void 0) return false;
    if (!Array.isArray(v35)) return false;
    for (let v37 = 0; v37 < v35.length; v37++) {
      const v36 = v35[v37];
      if (!(typeof v36 === "string")) return false;
    }
  }
  {
    const v38 = x.selectionSetGraphQL;
    if (v38 === void 0) return false;
    if (!(typeof v38 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!d_AppSyncResolverContext(x)) return false;
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

// appsync.resolver.strict.entry.ts
var validate = withStandardSchema(checked(check, appsync_resolver_strict_standalone_default), "appsync.resolver");
export {
  validate as default,
  validate
};
