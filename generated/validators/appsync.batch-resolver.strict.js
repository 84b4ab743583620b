// Generated from schemas/appsync/batch-resolver.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:appsync.batch-resolver.strict.standalone.js
var appsync_batch_resolver_strict_standalone_default = validate20;
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
              validate23.errors = [{ instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema34.properties.cognitoIdentityPoolId.type }, message: "must be string,null" }];
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
                validate23.errors = [{ instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema34.properties.cognitoIdentityId.type }, message: "must be string,null" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sourceIp !== void 0) {
                let data3 = data.sourceIp;
                const _errs7 = errors;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (Array.isArray(data3)) {
                    var valid2 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs10 = errors;
                      if (typeof data3[i0] !== "string") {
                        validate23.errors = [{ instancePath: instancePath + "/sourceIp/" + i0, schemaPath: "#/$defs/AppSyncSourceIp/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs10 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate23.errors = [{ instancePath: instancePath + "/sourceIp", schemaPath: "#/$defs/AppSyncSourceIp/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.username !== void 0) {
                  const _errs12 = errors;
                  if (typeof data.username !== "string") {
                    validate23.errors = [{ instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.userArn !== void 0) {
                    const _errs14 = errors;
                    if (typeof data.userArn !== "string") {
                      validate23.errors = [{ instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.cognitoIdentityAuthType !== void 0) {
                      let data7 = data.cognitoIdentityAuthType;
                      const _errs16 = errors;
                      if (typeof data7 !== "string" && data7 !== null) {
                        validate23.errors = [{ instancePath: instancePath + "/cognitoIdentityAuthType", schemaPath: "#/properties/cognitoIdentityAuthType/type", keyword: "type", params: { type: schema34.properties.cognitoIdentityAuthType.type }, message: "must be string,null" }];
                        return false;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.cognitoIdentityAuthProvider !== void 0) {
                        let data8 = data.cognitoIdentityAuthProvider;
                        const _errs18 = errors;
                        if (typeof data8 !== "string" && data8 !== null) {
                          validate23.errors = [{ instancePath: instancePath + "/cognitoIdentityAuthProvider", schemaPath: "#/properties/cognitoIdentityAuthProvider/type", keyword: "type", params: { type: schema34.properties.cognitoIdentityAuthProvider.type }, message: "must be string,null" }];
                          return false;
                        }
                        var valid0 = _errs18 === errors;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.sub === void 0 && (missing0 = "sub") || data.issuer === void 0 && (missing0 = "issuer") || data.username === void 0 && (missing0 = "username") || data.claims === void 0 && (missing0 = "claims") || data.sourceIp === void 0 && (missing0 = "sourceIp") || data.defaultAuthStrategy === void 0 && (missing0 = "defaultAuthStrategy")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.sub !== void 0) {
          const _errs1 = errors;
          if (typeof data.sub !== "string") {
            validate25.errors = [{ instancePath: instancePath + "/sub", schemaPath: "#/properties/sub/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate25.errors = [{ instancePath: instancePath + "/issuer", schemaPath: "#/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate25.errors = [{ instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate25.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.sourceIp !== void 0) {
                  let data4 = data.sourceIp;
                  const _errs10 = errors;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (Array.isArray(data4)) {
                      var valid2 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs13 = errors;
                        if (typeof data4[i0] !== "string") {
                          validate25.errors = [{ instancePath: instancePath + "/sourceIp/" + i0, schemaPath: "#/$defs/AppSyncSourceIp/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs13 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    } else {
                      validate25.errors = [{ instancePath: instancePath + "/sourceIp", schemaPath: "#/$defs/AppSyncSourceIp/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.defaultAuthStrategy !== void 0) {
                    const _errs15 = errors;
                    if (typeof data.defaultAuthStrategy !== "string") {
                      validate25.errors = [{ instancePath: instancePath + "/defaultAuthStrategy", schemaPath: "#/properties/defaultAuthStrategy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs15 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.groups !== void 0) {
                      let data7 = data.groups;
                      const _errs17 = errors;
                      if (!Array.isArray(data7) && data7 !== null) {
                        validate25.errors = [{ instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: schema36.properties.groups.type }, message: "must be array,null" }];
                        return false;
                      }
                      if (errors === _errs17) {
                        if (Array.isArray(data7)) {
                          var valid3 = true;
                          const len1 = data7.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            const _errs19 = errors;
                            if (typeof data7[i1] !== "string") {
                              validate25.errors = [{ instancePath: instancePath + "/groups/" + i1, schemaPath: "#/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs19 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        }
                      }
                      var valid0 = _errs17 === errors;
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
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.claims === void 0 && (missing0 = "claims") || data.issuer === void 0 && (missing0 = "issuer") || data.sub === void 0 && (missing0 = "sub")) {
        const err0 = { instancePath, schemaPath: "#/$defs/AppSyncOidcIdentity/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.claims !== void 0) {
          let data0 = data.claims;
          const _errs6 = errors;
          if (errors === _errs6) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            } else {
              const err1 = { instancePath: instancePath + "/claims", schemaPath: "#/$defs/AppSyncOidcIdentity/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          var valid2 = _errs6 === errors;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data.issuer !== void 0) {
            const _errs9 = errors;
            if (typeof data.issuer !== "string") {
              const err2 = { instancePath: instancePath + "/issuer", schemaPath: "#/$defs/AppSyncOidcIdentity/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            var valid2 = _errs9 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.sub !== void 0) {
              const _errs11 = errors;
              if (typeof data.sub !== "string") {
                const err3 = { instancePath: instancePath + "/sub", schemaPath: "#/$defs/AppSyncOidcIdentity/properties/sub/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
              var valid2 = _errs11 === errors;
            } else {
              var valid2 = true;
            }
          }
        }
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/$defs/AppSyncOidcIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
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
  const _errs14 = errors;
  if (errors === _errs14) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.resolverContext === void 0 && (missing1 = "resolverContext")) {
        const err5 = { instancePath, schemaPath: "#/$defs/AppSyncLambdaIdentity/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        if (data.resolverContext !== void 0) {
          let data3 = data.resolverContext;
          const _errs16 = errors;
          if (errors === _errs16) {
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            } else {
              const err6 = { instancePath: instancePath + "/resolverContext", schemaPath: "#/$defs/AppSyncLambdaIdentity/properties/resolverContext/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/$defs/AppSyncLambdaIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
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
    const err8 = { instancePath, schemaPath: "#/anyOf/4/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  var _valid0 = _errs19 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err9 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.arguments === void 0 && (missing0 = "arguments") || data.source === void 0 && (missing0 = "source") || data.request === void 0 && (missing0 = "request") || data.info === void 0 && (missing0 = "info") || data.prev === void 0 && (missing0 = "prev") || data.stash === void 0 && (missing0 = "stash")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.arguments !== void 0) {
          let data0 = data.arguments;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            } else {
              validate21.errors = [{ instancePath: instancePath + "/arguments", schemaPath: "#/properties/arguments/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
            if (!validate22(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
                validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: schema32.properties.source.type }, message: "must be object,null" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.request !== void 0) {
                let data3 = data.request;
                const _errs8 = errors;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    let missing1;
                    if (data3.headers === void 0 && (missing1 = "headers")) {
                      validate21.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/$defs/AppSyncRequest/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data3.headers !== void 0) {
                        let data4 = data3.headers;
                        const _errs11 = errors;
                        if (errors === _errs11) {
                          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                            for (const key0 in data4) {
                              const _errs14 = errors;
                              if (typeof data4[key0] !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/request/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/AppSyncRequest/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs14 === errors;
                              if (!valid3) {
                                break;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/request/headers", schemaPath: "#/$defs/AppSyncRequest/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid2 = _errs11 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data3.domainName !== void 0) {
                          let data6 = data3.domainName;
                          const _errs16 = errors;
                          if (typeof data6 !== "string" && data6 !== null) {
                            validate21.errors = [{ instancePath: instancePath + "/request/domainName", schemaPath: "#/$defs/AppSyncRequest/properties/domainName/type", keyword: "type", params: { type: schema40.properties.domainName.type }, message: "must be string,null" }];
                            return false;
                          }
                          var valid2 = _errs16 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/$defs/AppSyncRequest/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.info !== void 0) {
                  let data7 = data.info;
                  const _errs18 = errors;
                  const _errs19 = errors;
                  if (errors === _errs19) {
                    if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                      let missing2;
                      if (data7.fieldName === void 0 && (missing2 = "fieldName") || data7.parentTypeName === void 0 && (missing2 = "parentTypeName") || data7.variables === void 0 && (missing2 = "variables") || data7.selectionSetList === void 0 && (missing2 = "selectionSetList") || data7.selectionSetGraphQL === void 0 && (missing2 = "selectionSetGraphQL")) {
                        validate21.errors = [{ instancePath: instancePath + "/info", schemaPath: "#/$defs/AppSyncInfo/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        if (data7.fieldName !== void 0) {
                          const _errs21 = errors;
                          if (typeof data7.fieldName !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/info/fieldName", schemaPath: "#/$defs/AppSyncInfo/properties/fieldName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid5 = _errs21 === errors;
                        } else {
                          var valid5 = true;
                        }
                        if (valid5) {
                          if (data7.parentTypeName !== void 0) {
                            const _errs23 = errors;
                            if (typeof data7.parentTypeName !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/info/parentTypeName", schemaPath: "#/$defs/AppSyncInfo/properties/parentTypeName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid5 = _errs23 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data7.variables !== void 0) {
                              let data10 = data7.variables;
                              const _errs25 = errors;
                              if (errors === _errs25) {
                                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/info/variables", schemaPath: "#/$defs/AppSyncInfo/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid5 = _errs25 === errors;
                            } else {
                              var valid5 = true;
                            }
                            if (valid5) {
                              if (data7.selectionSetList !== void 0) {
                                let data11 = data7.selectionSetList;
                                const _errs28 = errors;
                                if (errors === _errs28) {
                                  if (Array.isArray(data11)) {
                                    var valid6 = true;
                                    const len0 = data11.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      const _errs30 = errors;
                                      if (typeof data11[i0] !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/info/selectionSetList/" + i0, schemaPath: "#/$defs/AppSyncInfo/properties/selectionSetList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid6 = _errs30 === errors;
                                      if (!valid6) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate21.errors = [{ instancePath: instancePath + "/info/selectionSetList", schemaPath: "#/$defs/AppSyncInfo/properties/selectionSetList/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid5 = _errs28 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data7.selectionSetGraphQL !== void 0) {
                                  const _errs32 = errors;
                                  if (typeof data7.selectionSetGraphQL !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/info/selectionSetGraphQL", schemaPath: "#/$defs/AppSyncInfo/properties/selectionSetGraphQL/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid5 = _errs32 === errors;
                                } else {
                                  var valid5 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/info", schemaPath: "#/$defs/AppSyncInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs18 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.prev !== void 0) {
                    let data14 = data.prev;
                    const _errs34 = errors;
                    const _errs35 = errors;
                    let valid7 = false;
                    const _errs36 = errors;
                    if (errors === _errs36) {
                      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                        let missing3;
                        if (data14.result === void 0 && (missing3 = "result")) {
                          const err0 = { instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/anyOf/0/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
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
                    var _valid0 = _errs36 === errors;
                    valid7 = valid7 || _valid0;
                    if (_valid0) {
                      var props1 = {};
                      props1.result = true;
                    }
                    const _errs38 = errors;
                    if (data14 !== null) {
                      const err2 = { instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                      if (vErrors === null) {
                        vErrors = [err2];
                      } else {
                        vErrors.push(err2);
                      }
                      errors++;
                    }
                    var _valid0 = _errs38 === errors;
                    valid7 = valid7 || _valid0;
                    if (!valid7) {
                      const err3 = { instancePath: instancePath + "/prev", schemaPath: "#/properties/prev/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                      if (vErrors === null) {
                        vErrors = [err3];
                      } else {
                        vErrors.push(err3);
                      }
                      errors++;
                      validate21.errors = vErrors;
                      return false;
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
                    var valid0 = _errs34 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.stash !== void 0) {
                      let data15 = data.stash;
                      const _errs40 = errors;
                      if (errors === _errs40) {
                        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/stash", schemaPath: "#/properties/stash/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs40 === errors;
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
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length < 1) {
        validate20.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
        return false;
      } else {
        var valid0 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          const _errs1 = errors;
          if (!validate21(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };

// generator/runtime/pointer.ts
var unescapeToken = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
var tokens = (pointer) => pointer.split("/").slice(1).map(unescapeToken);

// generator/runtime/standard.ts
function withStandardSchema(validate, id) {
  Object.defineProperty(validate, "id", { enumerable: false, value: id });
  Object.defineProperty(validate, "~standard", {
    enumerable: false,
    value: {
      version: 1,
      vendor: "lambda-event-registry",
      validate(value) {
        if (validate(value)) return { value };
        return {
          issues: (validate.errors ?? []).map((e) => ({
            message: `${e.instancePath || "/"} ${e.message ?? "is invalid"}`,
            path: tokens(e.instancePath)
          }))
        };
      }
    }
  });
  return validate;
}

// appsync.batch-resolver.strict.entry.ts
withStandardSchema(appsync_batch_resolver_strict_standalone_default, "appsync.batch-resolver");
export {
  appsync_batch_resolver_strict_standalone_default as default,
  appsync_batch_resolver_strict_standalone_default as validate
};
