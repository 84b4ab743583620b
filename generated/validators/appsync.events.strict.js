// Generated from schemas/appsync/events.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:appsync.events.strict.standalone.js
var appsync_events_strict_standalone_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:appsync.events", "type": "object", "required": ["info", "request"], "properties": { "identity": { "$ref": "#/$defs/AppSyncIdentity" }, "request": { "$ref": "#/$defs/AppSyncRequest" }, "info": { "type": "object", "required": ["channel", "channelNamespace", "operation"], "properties": { "channel": { "type": "object", "required": ["path", "segments"], "properties": { "path": { "type": "string" }, "segments": { "type": "array", "items": { "type": "string" } } } }, "channelNamespace": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" } } }, "operation": { "enum": ["PUBLISH", "SUBSCRIBE"] } } }, "events": { "type": ["array", "null"], "items": { "type": "object", "required": ["id", "payload"], "properties": { "id": { "type": "string" }, "payload": {} } } }, "stash": { "type": "object", "additionalProperties": true } }, "if": { "properties": { "info": { "type": "object", "properties": { "operation": { "const": "PUBLISH" } }, "required": ["operation"] } }, "required": ["info"] }, "then": { "required": ["events"], "properties": { "events": { "type": "array" } } }, "$defs": { "AppSyncCognitoIdentity": { "type": "object", "required": ["sub", "issuer", "username", "claims", "sourceIp", "defaultAuthStrategy"], "properties": { "sub": { "type": "string" }, "issuer": { "type": "string" }, "username": { "type": "string" }, "claims": { "type": "object", "additionalProperties": true }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "defaultAuthStrategy": { "type": "string" }, "groups": { "type": ["array", "null"], "items": { "type": "string" } } } }, "AppSyncIamIdentity": { "type": "object", "required": ["accountId", "sourceIp", "username", "userArn"], "properties": { "accountId": { "type": "string" }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "username": { "type": "string" }, "userArn": { "type": "string" }, "cognitoIdentityAuthType": { "type": ["string", "null"] }, "cognitoIdentityAuthProvider": { "type": ["string", "null"] } } }, "AppSyncIdentity": { "anyOf": [{ "$ref": "#/$defs/AppSyncIamIdentity" }, { "$ref": "#/$defs/AppSyncCognitoIdentity" }, { "$ref": "#/$defs/AppSyncOidcIdentity" }, { "$ref": "#/$defs/AppSyncLambdaIdentity" }, { "type": "null" }] }, "AppSyncLambdaIdentity": { "type": "object", "required": ["resolverContext"], "properties": { "resolverContext": { "type": "object", "additionalProperties": true } } }, "AppSyncOidcIdentity": { "type": "object", "required": ["claims", "issuer", "sub"], "properties": { "claims": { "type": "object", "additionalProperties": true }, "issuer": { "type": "string" }, "sub": { "type": "string" } } }, "AppSyncRequest": { "type": "object", "required": ["headers"], "properties": { "headers": { "type": "object", "additionalProperties": { "type": "string" } }, "domainName": { "type": ["string", "null"] } } }, "AppSyncSourceIp": { "type": "array", "items": { "type": "string" } } } };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accountId === void 0 && (missing0 = "accountId") || data.sourceIp === void 0 && (missing0 = "sourceIp") || data.username === void 0 && (missing0 = "username") || data.userArn === void 0 && (missing0 = "userArn")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accountId !== void 0) {
          const _errs1 = errors;
          if (typeof data.accountId !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate22.errors = [{ instancePath: instancePath + "/cognitoIdentityPoolId", schemaPath: "#/properties/cognitoIdentityPoolId/type", keyword: "type", params: { type: schema33.properties.cognitoIdentityPoolId.type }, message: "must be string,null" }];
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
                validate22.errors = [{ instancePath: instancePath + "/cognitoIdentityId", schemaPath: "#/properties/cognitoIdentityId/type", keyword: "type", params: { type: schema33.properties.cognitoIdentityId.type }, message: "must be string,null" }];
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
                        validate22.errors = [{ instancePath: instancePath + "/sourceIp/" + i0, schemaPath: "#/$defs/AppSyncSourceIp/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs10 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/sourceIp", schemaPath: "#/$defs/AppSyncSourceIp/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                    validate22.errors = [{ instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate22.errors = [{ instancePath: instancePath + "/userArn", schemaPath: "#/properties/userArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate22.errors = [{ instancePath: instancePath + "/cognitoIdentityAuthType", schemaPath: "#/properties/cognitoIdentityAuthType/type", keyword: "type", params: { type: schema33.properties.cognitoIdentityAuthType.type }, message: "must be string,null" }];
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
                          validate22.errors = [{ instancePath: instancePath + "/cognitoIdentityAuthProvider", schemaPath: "#/properties/cognitoIdentityAuthProvider/type", keyword: "type", params: { type: schema33.properties.cognitoIdentityAuthProvider.type }, message: "must be string,null" }];
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.sub === void 0 && (missing0 = "sub") || data.issuer === void 0 && (missing0 = "issuer") || data.username === void 0 && (missing0 = "username") || data.claims === void 0 && (missing0 = "claims") || data.sourceIp === void 0 && (missing0 = "sourceIp") || data.defaultAuthStrategy === void 0 && (missing0 = "defaultAuthStrategy")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.sub !== void 0) {
          const _errs1 = errors;
          if (typeof data.sub !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/sub", schemaPath: "#/properties/sub/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate24.errors = [{ instancePath: instancePath + "/issuer", schemaPath: "#/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate24.errors = [{ instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate24.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                          validate24.errors = [{ instancePath: instancePath + "/sourceIp/" + i0, schemaPath: "#/$defs/AppSyncSourceIp/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs13 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    } else {
                      validate24.errors = [{ instancePath: instancePath + "/sourceIp", schemaPath: "#/$defs/AppSyncSourceIp/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                      validate24.errors = [{ instancePath: instancePath + "/defaultAuthStrategy", schemaPath: "#/properties/defaultAuthStrategy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate24.errors = [{ instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: schema35.properties.groups.type }, message: "must be array,null" }];
                        return false;
                      }
                      if (errors === _errs17) {
                        if (Array.isArray(data7)) {
                          var valid3 = true;
                          const len1 = data7.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            const _errs19 = errors;
                            if (typeof data7[i1] !== "string") {
                              validate24.errors = [{ instancePath: instancePath + "/groups/" + i1, schemaPath: "#/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
    validate21.errors = vErrors;
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
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.info === void 0 && (missing0 = "info")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.info !== void 0) {
        let data0 = data.info;
        const _errs3 = errors;
        if (errors === _errs3) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing1;
            if (data0.operation === void 0 && (missing1 = "operation")) {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            } else {
              if (data0.operation !== void 0) {
                if ("PUBLISH" !== data0.operation) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err3 = {};
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
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.events === void 0 && (missing2 = "events")) {
        validate20.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
        return false;
      } else {
        if (data.events !== void 0) {
          if (!Array.isArray(data.events)) {
            validate20.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/then/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.events = true;
      props0.info = true;
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
    validate20.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.info === void 0 && (missing3 = "info") || data.request === void 0 && (missing3 = "request")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.identity = true;
          props0.request = true;
          props0.info = true;
          props0.events = true;
          props0.stash = true;
        }
        if (data.identity !== void 0) {
          const _errs9 = errors;
          if (!validate21(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var valid4 = _errs9 === errors;
        } else {
          var valid4 = true;
        }
        if (valid4) {
          if (data.request !== void 0) {
            let data4 = data.request;
            const _errs10 = errors;
            const _errs11 = errors;
            if (errors === _errs11) {
              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                let missing4;
                if (data4.headers === void 0 && (missing4 = "headers")) {
                  validate20.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/$defs/AppSyncRequest/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                  return false;
                } else {
                  if (data4.headers !== void 0) {
                    let data5 = data4.headers;
                    const _errs13 = errors;
                    if (errors === _errs13) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        for (const key0 in data5) {
                          const _errs16 = errors;
                          if (typeof data5[key0] !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/request/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/AppSyncRequest/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid7 = _errs16 === errors;
                          if (!valid7) {
                            break;
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/request/headers", schemaPath: "#/$defs/AppSyncRequest/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid6 = _errs13 === errors;
                  } else {
                    var valid6 = true;
                  }
                  if (valid6) {
                    if (data4.domainName !== void 0) {
                      let data7 = data4.domainName;
                      const _errs18 = errors;
                      if (typeof data7 !== "string" && data7 !== null) {
                        validate20.errors = [{ instancePath: instancePath + "/request/domainName", schemaPath: "#/$defs/AppSyncRequest/properties/domainName/type", keyword: "type", params: { type: schema39.properties.domainName.type }, message: "must be string,null" }];
                        return false;
                      }
                      var valid6 = _errs18 === errors;
                    } else {
                      var valid6 = true;
                    }
                  }
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/$defs/AppSyncRequest/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid4 = _errs10 === errors;
          } else {
            var valid4 = true;
          }
          if (valid4) {
            if (data.info !== void 0) {
              let data8 = data.info;
              const _errs20 = errors;
              if (errors === _errs20) {
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                  let missing5;
                  if (data8.channel === void 0 && (missing5 = "channel") || data8.channelNamespace === void 0 && (missing5 = "channelNamespace") || data8.operation === void 0 && (missing5 = "operation")) {
                    validate20.errors = [{ instancePath: instancePath + "/info", schemaPath: "#/properties/info/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                    return false;
                  } else {
                    if (data8.channel !== void 0) {
                      let data9 = data8.channel;
                      const _errs22 = errors;
                      if (errors === _errs22) {
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                          let missing6;
                          if (data9.path === void 0 && (missing6 = "path") || data9.segments === void 0 && (missing6 = "segments")) {
                            validate20.errors = [{ instancePath: instancePath + "/info/channel", schemaPath: "#/properties/info/properties/channel/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                            return false;
                          } else {
                            if (data9.path !== void 0) {
                              const _errs24 = errors;
                              if (typeof data9.path !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/info/channel/path", schemaPath: "#/properties/info/properties/channel/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid9 = _errs24 === errors;
                            } else {
                              var valid9 = true;
                            }
                            if (valid9) {
                              if (data9.segments !== void 0) {
                                let data11 = data9.segments;
                                const _errs26 = errors;
                                if (errors === _errs26) {
                                  if (Array.isArray(data11)) {
                                    var valid10 = true;
                                    const len0 = data11.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      const _errs28 = errors;
                                      if (typeof data11[i0] !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/info/channel/segments/" + i0, schemaPath: "#/properties/info/properties/channel/properties/segments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid10 = _errs28 === errors;
                                      if (!valid10) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/info/channel/segments", schemaPath: "#/properties/info/properties/channel/properties/segments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid9 = _errs26 === errors;
                              } else {
                                var valid9 = true;
                              }
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/info/channel", schemaPath: "#/properties/info/properties/channel/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid8 = _errs22 === errors;
                    } else {
                      var valid8 = true;
                    }
                    if (valid8) {
                      if (data8.channelNamespace !== void 0) {
                        let data13 = data8.channelNamespace;
                        const _errs30 = errors;
                        if (errors === _errs30) {
                          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                            let missing7;
                            if (data13.name === void 0 && (missing7 = "name")) {
                              validate20.errors = [{ instancePath: instancePath + "/info/channelNamespace", schemaPath: "#/properties/info/properties/channelNamespace/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                              return false;
                            } else {
                              if (data13.name !== void 0) {
                                if (typeof data13.name !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/info/channelNamespace/name", schemaPath: "#/properties/info/properties/channelNamespace/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/info/channelNamespace", schemaPath: "#/properties/info/properties/channelNamespace/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid8 = _errs30 === errors;
                      } else {
                        var valid8 = true;
                      }
                      if (valid8) {
                        if (data8.operation !== void 0) {
                          let data15 = data8.operation;
                          const _errs34 = errors;
                          if (!(data15 === "PUBLISH" || data15 === "SUBSCRIBE")) {
                            validate20.errors = [{ instancePath: instancePath + "/info/operation", schemaPath: "#/properties/info/properties/operation/enum", keyword: "enum", params: { allowedValues: schema31.properties.info.properties.operation.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                          }
                          var valid8 = _errs34 === errors;
                        } else {
                          var valid8 = true;
                        }
                      }
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/info", schemaPath: "#/properties/info/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid4 = _errs20 === errors;
            } else {
              var valid4 = true;
            }
            if (valid4) {
              if (data.events !== void 0) {
                let data16 = data.events;
                const _errs35 = errors;
                if (!Array.isArray(data16) && data16 !== null) {
                  validate20.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: schema31.properties.events.type }, message: "must be array,null" }];
                  return false;
                }
                if (errors === _errs35) {
                  if (Array.isArray(data16)) {
                    var valid12 = true;
                    const len1 = data16.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data17 = data16[i1];
                      const _errs37 = errors;
                      if (errors === _errs37) {
                        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                          let missing8;
                          if (data17.id === void 0 && (missing8 = "id") || data17.payload === void 0 && (missing8 = "payload")) {
                            validate20.errors = [{ instancePath: instancePath + "/events/" + i1, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                            return false;
                          } else {
                            if (data17.id !== void 0) {
                              if (typeof data17.id !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/events/" + i1 + "/id", schemaPath: "#/properties/events/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/events/" + i1, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid12 = _errs37 === errors;
                      if (!valid12) {
                        break;
                      }
                    }
                  }
                }
                var valid4 = _errs35 === errors;
              } else {
                var valid4 = true;
              }
              if (valid4) {
                if (data.stash !== void 0) {
                  let data19 = data.stash;
                  const _errs41 = errors;
                  if (errors === _errs41) {
                    if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/stash", schemaPath: "#/properties/stash/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid4 = _errs41 === errors;
                } else {
                  var valid4 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": false };

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

// appsync.events.strict.entry.ts
withStandardSchema(appsync_events_strict_standalone_default, "appsync.events");
export {
  appsync_events_strict_standalone_default as default,
  appsync_events_strict_standalone_default as validate
};
