// Generated from schemas/appsync/events.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:appsync.events.standalone.js
var appsync_events_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:appsync.events", "type": "object", "required": ["info", "request"], "properties": { "identity": { "$ref": "#/$defs/AppSyncIdentity" }, "request": { "$ref": "#/$defs/AppSyncRequest" }, "info": { "type": "object", "required": ["channel", "channelNamespace", "operation"], "properties": { "channel": { "type": "object", "required": ["path", "segments"], "properties": { "path": { "type": "string" }, "segments": { "type": "array", "items": { "type": "string" } } } }, "channelNamespace": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" } } }, "operation": { "enum": ["PUBLISH", "SUBSCRIBE"] } } }, "events": { "type": ["array", "null"], "items": { "type": "object", "required": ["id", "payload"], "properties": { "id": { "type": "string" }, "payload": {} } } }, "stash": { "type": "object", "additionalProperties": true } }, "if": { "properties": { "info": { "type": "object", "properties": { "operation": { "const": "PUBLISH" } }, "required": ["operation"] } }, "required": ["info"] }, "then": { "required": ["events"], "properties": { "events": { "type": "array" } } }, "$defs": { "AppSyncCognitoIdentity": { "type": "object", "required": ["sub", "issuer", "username", "claims", "sourceIp", "defaultAuthStrategy"], "properties": { "sub": { "type": "string" }, "issuer": { "type": "string" }, "username": { "type": "string" }, "claims": { "type": "object", "additionalProperties": true }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "defaultAuthStrategy": { "type": "string" }, "groups": { "type": ["array", "null"], "items": { "type": "string" } } } }, "AppSyncIamIdentity": { "type": "object", "required": ["accountId", "sourceIp", "username", "userArn"], "properties": { "accountId": { "type": "string" }, "cognitoIdentityPoolId": { "type": ["string", "null"] }, "cognitoIdentityId": { "type": ["string", "null"] }, "sourceIp": { "$ref": "#/$defs/AppSyncSourceIp" }, "username": { "type": "string" }, "userArn": { "type": "string" }, "cognitoIdentityAuthType": { "type": ["string", "null"] }, "cognitoIdentityAuthProvider": { "type": ["string", "null"] } } }, "AppSyncIdentity": { "anyOf": [{ "$ref": "#/$defs/AppSyncIamIdentity" }, { "$ref": "#/$defs/AppSyncCognitoIdentity" }, { "$ref": "#/$defs/AppSyncOidcIdentity" }, { "$ref": "#/$defs/AppSyncLambdaIdentity" }, { "type": "null" }] }, "AppSyncLambdaIdentity": { "type": "object", "required": ["resolverContext"], "properties": { "resolverContext": { "type": "object", "additionalProperties": true } } }, "AppSyncOidcIdentity": { "type": "object", "required": ["claims", "issuer", "sub"], "properties": { "claims": { "type": "object", "additionalProperties": true }, "issuer": { "type": "string" }, "sub": { "type": "string" } } }, "AppSyncRequest": { "type": "object", "required": ["headers"], "properties": { "headers": { "type": "object", "additionalProperties": { "type": "string" } }, "domainName": { "type": ["string", "null"] } } }, "AppSyncSourceIp": { "type": "array", "items": { "type": "string" } } } };
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
        validate21.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
        return false;
      } else {
        if (data.events !== void 0) {
          if (!Array.isArray(data.events)) {
            validate21.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/then/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
    validate21.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.info === void 0 && (missing3 = "info") || data.request === void 0 && (missing3 = "request")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
        return false;
      } else {
        if (data.identity !== void 0) {
          const _errs9 = errors;
          if (!validate22(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
          var valid4 = _errs9 === errors;
        } else {
          var valid4 = true;
        }
        if (valid4) {
          if (data.request !== void 0) {
            const _errs10 = errors;
            if (!validate35(data.request, { instancePath: instancePath + "/request", parentData: data, parentDataProperty: "request", rootData })) {
              vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
              errors = vErrors.length;
            }
            var valid4 = _errs10 === errors;
          } else {
            var valid4 = true;
          }
          if (valid4) {
            if (data.info !== void 0) {
              let data5 = data.info;
              const _errs11 = errors;
              if (errors === _errs11) {
                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                  let missing4;
                  if (data5.channel === void 0 && (missing4 = "channel") || data5.channelNamespace === void 0 && (missing4 = "channelNamespace") || data5.operation === void 0 && (missing4 = "operation")) {
                    validate21.errors = [{ instancePath: instancePath + "/info", schemaPath: "#/properties/info/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                    return false;
                  } else {
                    if (data5.channel !== void 0) {
                      let data6 = data5.channel;
                      const _errs13 = errors;
                      if (errors === _errs13) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          let missing5;
                          if (data6.path === void 0 && (missing5 = "path") || data6.segments === void 0 && (missing5 = "segments")) {
                            validate21.errors = [{ instancePath: instancePath + "/info/channel", schemaPath: "#/properties/info/properties/channel/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                            return false;
                          } else {
                            if (data6.path !== void 0) {
                              const _errs15 = errors;
                              if (typeof data6.path !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/info/channel/path", schemaPath: "#/properties/info/properties/channel/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid6 = _errs15 === errors;
                            } else {
                              var valid6 = true;
                            }
                            if (valid6) {
                              if (data6.segments !== void 0) {
                                let data8 = data6.segments;
                                const _errs17 = errors;
                                if (errors === _errs17) {
                                  if (Array.isArray(data8)) {
                                    var valid7 = true;
                                    const len0 = data8.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      const _errs19 = errors;
                                      if (typeof data8[i0] !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/info/channel/segments/" + i0, schemaPath: "#/properties/info/properties/channel/properties/segments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid7 = _errs19 === errors;
                                      if (!valid7) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate21.errors = [{ instancePath: instancePath + "/info/channel/segments", schemaPath: "#/properties/info/properties/channel/properties/segments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid6 = _errs17 === errors;
                              } else {
                                var valid6 = true;
                              }
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/info/channel", schemaPath: "#/properties/info/properties/channel/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid5 = _errs13 === errors;
                    } else {
                      var valid5 = true;
                    }
                    if (valid5) {
                      if (data5.channelNamespace !== void 0) {
                        let data10 = data5.channelNamespace;
                        const _errs21 = errors;
                        if (errors === _errs21) {
                          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                            let missing6;
                            if (data10.name === void 0 && (missing6 = "name")) {
                              validate21.errors = [{ instancePath: instancePath + "/info/channelNamespace", schemaPath: "#/properties/info/properties/channelNamespace/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                              return false;
                            } else {
                              if (data10.name !== void 0) {
                                if (typeof data10.name !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/info/channelNamespace/name", schemaPath: "#/properties/info/properties/channelNamespace/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/info/channelNamespace", schemaPath: "#/properties/info/properties/channelNamespace/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid5 = _errs21 === errors;
                      } else {
                        var valid5 = true;
                      }
                      if (valid5) {
                        if (data5.operation !== void 0) {
                          let data12 = data5.operation;
                          const _errs25 = errors;
                          if (!(data12 === "PUBLISH" || data12 === "SUBSCRIBE")) {
                            validate21.errors = [{ instancePath: instancePath + "/info/operation", schemaPath: "#/properties/info/properties/operation/enum", keyword: "enum", params: { allowedValues: schema6.properties.info.properties.operation.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                          }
                          var valid5 = _errs25 === errors;
                        } else {
                          var valid5 = true;
                        }
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/info", schemaPath: "#/properties/info/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid4 = _errs11 === errors;
            } else {
              var valid4 = true;
            }
            if (valid4) {
              if (data.events !== void 0) {
                let data13 = data.events;
                const _errs26 = errors;
                if (!Array.isArray(data13) && data13 !== null) {
                  validate21.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: schema6.properties.events.type }, message: "must be array,null" }];
                  return false;
                }
                if (errors === _errs26) {
                  if (Array.isArray(data13)) {
                    var valid9 = true;
                    const len1 = data13.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data14 = data13[i1];
                      const _errs28 = errors;
                      if (errors === _errs28) {
                        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                          let missing7;
                          if (data14.id === void 0 && (missing7 = "id") || data14.payload === void 0 && (missing7 = "payload")) {
                            validate21.errors = [{ instancePath: instancePath + "/events/" + i1, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                            return false;
                          } else {
                            if (data14.id !== void 0) {
                              if (typeof data14.id !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/events/" + i1 + "/id", schemaPath: "#/properties/events/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/events/" + i1, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid9 = _errs28 === errors;
                      if (!valid9) {
                        break;
                      }
                    }
                  }
                }
                var valid4 = _errs26 === errors;
              } else {
                var valid4 = true;
              }
              if (valid4) {
                if (data.stash !== void 0) {
                  let data16 = data.stash;
                  const _errs32 = errors;
                  if (errors === _errs32) {
                    if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/stash", schemaPath: "#/properties/stash/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid4 = _errs32 === errors;
                } else {
                  var valid4 = true;
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

// check:appsync.events.check.js
function d_AppSyncIamIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v1 = x.accountId;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.cognitoIdentityPoolId;
    if (v2 !== void 0) {
      if (!(typeof v2 === "string" || v2 === null)) return false;
    }
  }
  {
    const v3 = x.cognitoIdentityId;
    if (v3 !== void 0) {
      if (!(typeof v3 === "string" || v3 === null)) return false;
    }
  }
  {
    const v4 = x.sourceIp;
    if (v4 === void 0) return false;
    if (!d_AppSyncSourceIp(v4)) return false;
  }
  {
    const v7 = x.username;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.userArn;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.cognitoIdentityAuthType;
    if (v9 !== void 0) {
      if (!(typeof v9 === "string" || v9 === null)) return false;
    }
  }
  {
    const v10 = x.cognitoIdentityAuthProvider;
    if (v10 !== void 0) {
      if (!(typeof v10 === "string" || v10 === null)) return false;
    }
  }
  return true;
}
function d_AppSyncSourceIp(x) {
  if (!Array.isArray(x)) return false;
  for (let v6 = 0; v6 < x.length; v6++) {
    const v5 = x[v6];
    if (!(typeof v5 === "string")) return false;
  }
  return true;
}
function d_AppSyncCognitoIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v11 = x.sub;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  {
    const v12 = x.issuer;
    if (v12 === void 0) return false;
    if (!(typeof v12 === "string")) return false;
  }
  {
    const v13 = x.username;
    if (v13 === void 0) return false;
    if (!(typeof v13 === "string")) return false;
  }
  {
    const v14 = x.claims;
    if (v14 === void 0) return false;
    if (!(v14 !== null && typeof v14 === "object" && !Array.isArray(v14))) return false;
  }
  {
    const v15 = x.sourceIp;
    if (v15 === void 0) return false;
    if (!d_AppSyncSourceIp(v15)) return false;
  }
  {
    const v16 = x.defaultAuthStrategy;
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x.groups;
    if (v17 !== void 0) {
      if (!(Array.isArray(v17) || v17 === null)) return false;
      if (Array.isArray(v17)) {
        for (let v19 = 0; v19 < v17.length; v19++) {
          const v18 = v17[v19];
          if (!(typeof v18 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function d_AppSyncOidcIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v20 = x.claims;
    if (v20 === void 0) return false;
    if (!(v20 !== null && typeof v20 === "object" && !Array.isArray(v20))) return false;
  }
  {
    const v21 = x.issuer;
    if (v21 === void 0) return false;
    if (!(typeof v21 === "string")) return false;
  }
  {
    const v22 = x.sub;
    if (v22 === void 0) return false;
    if (!(typeof v22 === "string")) return false;
  }
  return true;
}
function d_AppSyncLambdaIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v23 = x.resolverContext;
    if (v23 === void 0) return false;
    if (!(v23 !== null && typeof v23 === "object" && !Array.isArray(v23))) return false;
  }
  return true;
}
function d_AppSyncRequest(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v25 = x.headers;
    if (v25 === void 0) return false;
    if (!(v25 !== null && typeof v25 === "object" && !Array.isArray(v25))) return false;
    for (const v26 in v25) {
      const v27 = v25[v26];
      if (!(typeof v27 === "string")) return false;
    }
  }
  {
    const v28 = x.domainName;
    if (v28 !== void 0) {
      if (!(typeof v28 === "string" || v28 === null)) return false;
    }
  }
  return true;
}
function b0(x) {
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    {
      const v44 = x.info;
      if (v44 === void 0) return false;
      if (!(v44 !== null && typeof v44 === "object" && !Array.isArray(v44))) return false;
      {
        const v45 = v44.operation;
        if (v45 === void 0) return false;
        if (!(v45 === "PUBLISH")) return false;
      }
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.identity;
    if (v0 !== void 0) {
      if (!(d_AppSyncIamIdentity(v0) || d_AppSyncCognitoIdentity(v0) || d_AppSyncOidcIdentity(v0) || d_AppSyncLambdaIdentity(v0) || v0 === null)) return false;
    }
  }
  {
    const v24 = x.request;
    if (v24 === void 0) return false;
    if (!d_AppSyncRequest(v24)) return false;
  }
  {
    const v29 = x.info;
    if (v29 === void 0) return false;
    if (!(v29 !== null && typeof v29 === "object" && !Array.isArray(v29))) return false;
    {
      const v30 = v29.channel;
      if (v30 === void 0) return false;
      if (!(v30 !== null && typeof v30 === "object" && !Array.isArray(v30))) return false;
      {
        const v31 = v30.path;
        if (v31 === void 0) return false;
        if (!(typeof v31 === "string")) return false;
      }
      {
        const v32 = v30.segments;
        if (v32 === void 0) return false;
        if (!Array.isArray(v32)) return false;
        for (let v34 = 0; v34 < v32.length; v34++) {
          const v33 = v32[v34];
          if (!(typeof v33 === "string")) return false;
        }
      }
    }
    {
      const v35 = v29.channelNamespace;
      if (v35 === void 0) return false;
      if (!(v35 !== null && typeof v35 === "object" && !Array.isArray(v35))) return false;
      {
        const v36 = v35.name;
        if (v36 === void 0) return false;
        if (!(typeof v36 === "string")) return false;
      }
    }
    {
      const v37 = v29.operation;
      if (v37 === void 0) return false;
      if (!(v37 === "PUBLISH" || v37 === "SUBSCRIBE")) return false;
    }
  }
  {
    const v38 = x.events;
    if (v38 !== void 0) {
      if (!(Array.isArray(v38) || v38 === null)) return false;
      if (Array.isArray(v38)) {
        for (let v40 = 0; v40 < v38.length; v40++) {
          const v39 = v38[v40];
          if (!(v39 !== null && typeof v39 === "object" && !Array.isArray(v39))) return false;
          {
            const v41 = v39.id;
            if (v41 === void 0) return false;
            if (!(typeof v41 === "string")) return false;
          }
          if (!(v39.payload !== void 0)) return false;
        }
      }
    }
  }
  {
    const v43 = x.stash;
    if (v43 !== void 0) {
      if (!(v43 !== null && typeof v43 === "object" && !Array.isArray(v43))) return false;
    }
  }
  if (b0(x)) {
    if (x !== null && typeof x === "object" && !Array.isArray(x)) {
      {
        const v46 = x.events;
        if (v46 === void 0) return false;
        if (!Array.isArray(v46)) return false;
      }
    }
  } else {
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

// appsync.events.entry.ts
var validate = withStandardSchema(checked(check, appsync_events_standalone_default), "appsync.events");
export {
  validate as default,
  validate
};
