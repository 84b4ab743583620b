// Generated from schemas/signin/eventbridge-console-sign-in.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:signin.eventbridge-console-sign-in.strict.standalone.js
var signin_eventbridge_console_sign_in_strict_standalone_default = validate21;
var pattern0 = new RegExp("^[0-9]{12}$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate23.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' }];
        return false;
      }
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var pattern1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern1.test(data)) {
        validate25.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
        return false;
      }
    } else {
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var pattern2 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern2.test(data)) {
        validate27.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
        return false;
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.id === void 0 && (missing0 = "id") || data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.account === void 0 && (missing0 = "account") || data.time === void 0 && (missing0 = "time") || data.region === void 0 && (missing0 = "region") || data.resources === void 0 && (missing0 = "resources") || data.detail === void 0 && (missing0 = "detail")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("0" !== data.version) {
            validate22.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "0" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.id !== void 0) {
            const _errs2 = errors;
            if (typeof data.id !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["detail-type"] !== void 0) {
              const _errs4 = errors;
              if (typeof data["detail-type"] !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/properties/detail-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.source !== void 0) {
                const _errs6 = errors;
                if (typeof data.source !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account !== void 0) {
                  const _errs8 = errors;
                  if (!validate23(data.account, { instancePath: instancePath + "/account", parentData: data, parentDataProperty: "account", rootData })) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.time !== void 0) {
                    const _errs9 = errors;
                    if (!validate25(data.time, { instancePath: instancePath + "/time", parentData: data, parentDataProperty: "time", rootData })) {
                      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.region !== void 0) {
                      const _errs10 = errors;
                      if (!validate27(data.region, { instancePath: instancePath + "/region", parentData: data, parentDataProperty: "region", rootData })) {
                        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.resources !== void 0) {
                        let data7 = data.resources;
                        const _errs11 = errors;
                        if (errors === _errs11) {
                          if (Array.isArray(data7)) {
                            var valid1 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs13 = errors;
                              if (typeof data7[i0] !== "string") {
                                validate22.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs13 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate22.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs11 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.detail !== void 0) {
                          let data9 = data.detail;
                          const _errs15 = errors;
                          if (errors === _errs15) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            } else {
                              validate22.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["replay-name"] !== void 0) {
                            const _errs18 = errors;
                            if (typeof data["replay-name"] !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/replay-name", schemaPath: "#/properties/replay-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
var schema12 = { "type": "object", "required": ["eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress", "eventID", "eventType"], "properties": { "eventVersion": { "type": "string" }, "userIdentity": { "$ref": "#/$defs/CloudTrailUserIdentity" }, "eventTime": { "type": "string" }, "eventSource": { "type": "string" }, "eventName": { "type": "string" }, "awsRegion": { "type": "string" }, "sourceIPAddress": { "type": "string" }, "userAgent": { "type": "string" }, "errorCode": { "type": "string" }, "errorMessage": { "type": "string" }, "requestParameters": { "type": ["object", "null"], "additionalProperties": true }, "responseElements": { "type": ["object", "null"], "additionalProperties": true }, "additionalEventData": { "type": "object", "properties": {}, "additionalProperties": true }, "requestID": { "type": "string" }, "eventID": { "type": "string" }, "eventType": { "type": "string" }, "apiVersion": { "type": "string" }, "managementEvent": { "type": "boolean" }, "readOnly": { "type": "boolean" }, "resources": { "type": "array", "items": { "type": "object", "properties": { "ARN": { "type": "string" }, "accountId": { "type": "string" }, "type": { "type": "string" } } } }, "recipientAccountId": { "type": "string" }, "serviceEventDetails": { "type": "object", "properties": {}, "additionalProperties": true }, "sharedEventID": { "type": "string" }, "vpcEndpointId": { "type": "string" }, "vpcEndpointAccountId": { "type": "string" }, "eventCategory": { "type": "string" }, "tlsDetails": { "$ref": "#/$defs/CloudTrailTlsDetails" }, "sessionCredentialFromConsole": { "type": "string" }, "addendum": { "type": "object", "properties": {}, "additionalProperties": true }, "edgeDeviceDetails": { "type": "object", "properties": {}, "additionalProperties": true } } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.attributes !== void 0) {
        let data0 = data.attributes;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.creationDate !== void 0) {
              const _errs3 = errors;
              if (typeof data0.creationDate !== "string") {
                validate33.errors = [{ instancePath: instancePath + "/attributes/creationDate", schemaPath: "#/properties/attributes/properties/creationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs3 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data0.mfaAuthenticated !== void 0) {
                const _errs5 = errors;
                if (typeof data0.mfaAuthenticated !== "string") {
                  validate33.errors = [{ instancePath: instancePath + "/attributes/mfaAuthenticated", schemaPath: "#/properties/attributes/properties/mfaAuthenticated/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid1 = _errs5 === errors;
              } else {
                var valid1 = true;
              }
            }
          } else {
            validate33.errors = [{ instancePath: instancePath + "/attributes", schemaPath: "#/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.sessionIssuer !== void 0) {
          let data3 = data.sessionIssuer;
          const _errs7 = errors;
          if (errors === _errs7) {
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.type !== void 0) {
                const _errs9 = errors;
                if (typeof data3.type !== "string") {
                  validate33.errors = [{ instancePath: instancePath + "/sessionIssuer/type", schemaPath: "#/properties/sessionIssuer/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid2 = _errs9 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data3.principalId !== void 0) {
                  const _errs11 = errors;
                  if (typeof data3.principalId !== "string") {
                    validate33.errors = [{ instancePath: instancePath + "/sessionIssuer/principalId", schemaPath: "#/properties/sessionIssuer/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs11 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data3.arn !== void 0) {
                    const _errs13 = errors;
                    if (typeof data3.arn !== "string") {
                      validate33.errors = [{ instancePath: instancePath + "/sessionIssuer/arn", schemaPath: "#/properties/sessionIssuer/properties/arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs13 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data3.accountId !== void 0) {
                      const _errs15 = errors;
                      if (typeof data3.accountId !== "string") {
                        validate33.errors = [{ instancePath: instancePath + "/sessionIssuer/accountId", schemaPath: "#/properties/sessionIssuer/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs15 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data3.userName !== void 0) {
                        const _errs17 = errors;
                        if (typeof data3.userName !== "string") {
                          validate33.errors = [{ instancePath: instancePath + "/sessionIssuer/userName", schemaPath: "#/properties/sessionIssuer/properties/userName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs17 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate33.errors = [{ instancePath: instancePath + "/sessionIssuer", schemaPath: "#/properties/sessionIssuer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs7 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.webIdFederationData !== void 0) {
            let data9 = data.webIdFederationData;
            const _errs19 = errors;
            if (errors === _errs19) {
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (data9.federatedProvider !== void 0) {
                  const _errs21 = errors;
                  if (typeof data9.federatedProvider !== "string") {
                    validate33.errors = [{ instancePath: instancePath + "/webIdFederationData/federatedProvider", schemaPath: "#/properties/webIdFederationData/properties/federatedProvider/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid3 = _errs21 === errors;
                } else {
                  var valid3 = true;
                }
                if (valid3) {
                  if (data9.attributes !== void 0) {
                    let data11 = data9.attributes;
                    const _errs23 = errors;
                    if (errors === _errs23) {
                      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                      } else {
                        validate33.errors = [{ instancePath: instancePath + "/webIdFederationData/attributes", schemaPath: "#/properties/webIdFederationData/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid3 = _errs23 === errors;
                  } else {
                    var valid3 = true;
                  }
                }
              } else {
                validate33.errors = [{ instancePath: instancePath + "/webIdFederationData", schemaPath: "#/properties/webIdFederationData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs19 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sourceIdentity !== void 0) {
              const _errs26 = errors;
              if (typeof data.sourceIdentity !== "string") {
                validate33.errors = [{ instancePath: instancePath + "/sourceIdentity", schemaPath: "#/properties/sourceIdentity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs26 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.ec2RoleDelivery !== void 0) {
                const _errs28 = errors;
                if (typeof data.ec2RoleDelivery !== "string") {
                  validate33.errors = [{ instancePath: instancePath + "/ec2RoleDelivery", schemaPath: "#/properties/ec2RoleDelivery/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs28 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.assumedRoot !== void 0) {
                  const _errs30 = errors;
                  if (typeof data.assumedRoot !== "string") {
                    validate33.errors = [{ instancePath: instancePath + "/assumedRoot", schemaPath: "#/properties/assumedRoot/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs30 === errors;
                } else {
                  var valid0 = true;
                }
              }
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
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs1 = errors;
          if (typeof data.type !== "string") {
            validate32.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.principalId !== void 0) {
            const _errs3 = errors;
            if (typeof data.principalId !== "string") {
              validate32.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.arn !== void 0) {
              const _errs5 = errors;
              if (typeof data.arn !== "string") {
                validate32.errors = [{ instancePath: instancePath + "/arn", schemaPath: "#/properties/arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.accountId !== void 0) {
                const _errs7 = errors;
                if (typeof data.accountId !== "string") {
                  validate32.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.accessKeyId !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.accessKeyId !== "string") {
                    validate32.errors = [{ instancePath: instancePath + "/accessKeyId", schemaPath: "#/properties/accessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.userName !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.userName !== "string") {
                      validate32.errors = [{ instancePath: instancePath + "/userName", schemaPath: "#/properties/userName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.sessionContext !== void 0) {
                      const _errs13 = errors;
                      if (!validate33(data.sessionContext, { instancePath: instancePath + "/sessionContext", parentData: data, parentDataProperty: "sessionContext", rootData })) {
                        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.invokedBy !== void 0) {
                        const _errs14 = errors;
                        if (typeof data.invokedBy !== "string") {
                          validate32.errors = [{ instancePath: instancePath + "/invokedBy", schemaPath: "#/properties/invokedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.identityProvider !== void 0) {
                          const _errs16 = errors;
                          if (typeof data.identityProvider !== "string") {
                            validate32.errors = [{ instancePath: instancePath + "/identityProvider", schemaPath: "#/properties/identityProvider/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.credentialId !== void 0) {
                            const _errs18 = errors;
                            if (typeof data.credentialId !== "string") {
                              validate32.errors = [{ instancePath: instancePath + "/credentialId", schemaPath: "#/properties/credentialId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs18 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.onBehalfOf !== void 0) {
                              let data10 = data.onBehalfOf;
                              const _errs20 = errors;
                              if (errors === _errs20) {
                                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                  if (data10.userId !== void 0) {
                                    const _errs22 = errors;
                                    if (typeof data10.userId !== "string") {
                                      validate32.errors = [{ instancePath: instancePath + "/onBehalfOf/userId", schemaPath: "#/properties/onBehalfOf/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid1 = _errs22 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data10.identityStoreArn !== void 0) {
                                      const _errs24 = errors;
                                      if (typeof data10.identityStoreArn !== "string") {
                                        validate32.errors = [{ instancePath: instancePath + "/onBehalfOf/identityStoreArn", schemaPath: "#/properties/onBehalfOf/properties/identityStoreArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid1 = _errs24 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                  }
                                } else {
                                  validate32.errors = [{ instancePath: instancePath + "/onBehalfOf", schemaPath: "#/properties/onBehalfOf/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs20 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.inScopeOf !== void 0) {
                                let data13 = data.inScopeOf;
                                const _errs26 = errors;
                                if (errors === _errs26) {
                                  if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                  } else {
                                    validate32.errors = [{ instancePath: instancePath + "/inScopeOf", schemaPath: "#/properties/inScopeOf/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs26 === errors;
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
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.tlsVersion !== void 0) {
        const _errs1 = errors;
        if (typeof data.tlsVersion !== "string") {
          validate36.errors = [{ instancePath: instancePath + "/tlsVersion", schemaPath: "#/properties/tlsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.cipherSuite !== void 0) {
          const _errs3 = errors;
          if (typeof data.cipherSuite !== "string") {
            validate36.errors = [{ instancePath: instancePath + "/cipherSuite", schemaPath: "#/properties/cipherSuite/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.clientProvidedHostHeader !== void 0) {
            const _errs5 = errors;
            if (typeof data.clientProvidedHostHeader !== "string") {
              validate36.errors = [{ instancePath: instancePath + "/clientProvidedHostHeader", schemaPath: "#/properties/clientProvidedHostHeader/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs5 === errors;
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
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.eventVersion === void 0 && (missing0 = "eventVersion") || data.userIdentity === void 0 && (missing0 = "userIdentity") || data.eventTime === void 0 && (missing0 = "eventTime") || data.eventSource === void 0 && (missing0 = "eventSource") || data.eventName === void 0 && (missing0 = "eventName") || data.awsRegion === void 0 && (missing0 = "awsRegion") || data.sourceIPAddress === void 0 && (missing0 = "sourceIPAddress") || data.eventID === void 0 && (missing0 = "eventID") || data.eventType === void 0 && (missing0 = "eventType")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.eventVersion !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.userIdentity !== void 0) {
            const _errs3 = errors;
            if (!validate32(data.userIdentity, { instancePath: instancePath + "/userIdentity", parentData: data, parentDataProperty: "userIdentity", rootData })) {
              vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.eventTime !== void 0) {
              const _errs4 = errors;
              if (typeof data.eventTime !== "string") {
                validate31.errors = [{ instancePath: instancePath + "/eventTime", schemaPath: "#/properties/eventTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.eventSource !== void 0) {
                const _errs6 = errors;
                if (typeof data.eventSource !== "string") {
                  validate31.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.eventName !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.eventName !== "string") {
                    validate31.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.awsRegion !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.awsRegion !== "string") {
                      validate31.errors = [{ instancePath: instancePath + "/awsRegion", schemaPath: "#/properties/awsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.sourceIPAddress !== void 0) {
                      const _errs12 = errors;
                      if (typeof data.sourceIPAddress !== "string") {
                        validate31.errors = [{ instancePath: instancePath + "/sourceIPAddress", schemaPath: "#/properties/sourceIPAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.userAgent !== void 0) {
                        const _errs14 = errors;
                        if (typeof data.userAgent !== "string") {
                          validate31.errors = [{ instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.errorCode !== void 0) {
                          const _errs16 = errors;
                          if (typeof data.errorCode !== "string") {
                            validate31.errors = [{ instancePath: instancePath + "/errorCode", schemaPath: "#/properties/errorCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.errorMessage !== void 0) {
                            const _errs18 = errors;
                            if (typeof data.errorMessage !== "string") {
                              validate31.errors = [{ instancePath: instancePath + "/errorMessage", schemaPath: "#/properties/errorMessage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs18 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.requestParameters !== void 0) {
                              let data10 = data.requestParameters;
                              const _errs20 = errors;
                              if (!(data10 && typeof data10 == "object" && !Array.isArray(data10)) && data10 !== null) {
                                validate31.errors = [{ instancePath: instancePath + "/requestParameters", schemaPath: "#/properties/requestParameters/type", keyword: "type", params: { type: schema12.properties.requestParameters.type }, message: "must be object,null" }];
                                return false;
                              }
                              var valid0 = _errs20 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.responseElements !== void 0) {
                                let data11 = data.responseElements;
                                const _errs23 = errors;
                                if (!(data11 && typeof data11 == "object" && !Array.isArray(data11)) && data11 !== null) {
                                  validate31.errors = [{ instancePath: instancePath + "/responseElements", schemaPath: "#/properties/responseElements/type", keyword: "type", params: { type: schema12.properties.responseElements.type }, message: "must be object,null" }];
                                  return false;
                                }
                                var valid0 = _errs23 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.additionalEventData !== void 0) {
                                  let data12 = data.additionalEventData;
                                  const _errs26 = errors;
                                  if (errors === _errs26) {
                                    if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                    } else {
                                      validate31.errors = [{ instancePath: instancePath + "/additionalEventData", schemaPath: "#/properties/additionalEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs26 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.requestID !== void 0) {
                                    const _errs29 = errors;
                                    if (typeof data.requestID !== "string") {
                                      validate31.errors = [{ instancePath: instancePath + "/requestID", schemaPath: "#/properties/requestID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs29 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.eventID !== void 0) {
                                      const _errs31 = errors;
                                      if (typeof data.eventID !== "string") {
                                        validate31.errors = [{ instancePath: instancePath + "/eventID", schemaPath: "#/properties/eventID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs31 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.eventType !== void 0) {
                                        const _errs33 = errors;
                                        if (typeof data.eventType !== "string") {
                                          validate31.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs33 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.apiVersion !== void 0) {
                                          const _errs35 = errors;
                                          if (typeof data.apiVersion !== "string") {
                                            validate31.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid0 = _errs35 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.managementEvent !== void 0) {
                                            const _errs37 = errors;
                                            if (typeof data.managementEvent !== "boolean") {
                                              validate31.errors = [{ instancePath: instancePath + "/managementEvent", schemaPath: "#/properties/managementEvent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                              return false;
                                            }
                                            var valid0 = _errs37 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.readOnly !== void 0) {
                                              const _errs39 = errors;
                                              if (typeof data.readOnly !== "boolean") {
                                                validate31.errors = [{ instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                return false;
                                              }
                                              var valid0 = _errs39 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.resources !== void 0) {
                                                let data19 = data.resources;
                                                const _errs41 = errors;
                                                if (errors === _errs41) {
                                                  if (Array.isArray(data19)) {
                                                    var valid1 = true;
                                                    const len0 = data19.length;
                                                    for (let i0 = 0; i0 < len0; i0++) {
                                                      let data20 = data19[i0];
                                                      const _errs43 = errors;
                                                      if (errors === _errs43) {
                                                        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                                          if (data20.ARN !== void 0) {
                                                            const _errs45 = errors;
                                                            if (typeof data20.ARN !== "string") {
                                                              validate31.errors = [{ instancePath: instancePath + "/resources/" + i0 + "/ARN", schemaPath: "#/properties/resources/items/properties/ARN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid2 = _errs45 === errors;
                                                          } else {
                                                            var valid2 = true;
                                                          }
                                                          if (valid2) {
                                                            if (data20.accountId !== void 0) {
                                                              const _errs47 = errors;
                                                              if (typeof data20.accountId !== "string") {
                                                                validate31.errors = [{ instancePath: instancePath + "/resources/" + i0 + "/accountId", schemaPath: "#/properties/resources/items/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid2 = _errs47 === errors;
                                                            } else {
                                                              var valid2 = true;
                                                            }
                                                            if (valid2) {
                                                              if (data20.type !== void 0) {
                                                                const _errs49 = errors;
                                                                if (typeof data20.type !== "string") {
                                                                  validate31.errors = [{ instancePath: instancePath + "/resources/" + i0 + "/type", schemaPath: "#/properties/resources/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid2 = _errs49 === errors;
                                                              } else {
                                                                var valid2 = true;
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate31.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid1 = _errs43 === errors;
                                                      if (!valid1) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate31.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid0 = _errs41 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.recipientAccountId !== void 0) {
                                                  const _errs51 = errors;
                                                  if (typeof data.recipientAccountId !== "string") {
                                                    validate31.errors = [{ instancePath: instancePath + "/recipientAccountId", schemaPath: "#/properties/recipientAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid0 = _errs51 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.serviceEventDetails !== void 0) {
                                                    let data25 = data.serviceEventDetails;
                                                    const _errs53 = errors;
                                                    if (errors === _errs53) {
                                                      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                                      } else {
                                                        validate31.errors = [{ instancePath: instancePath + "/serviceEventDetails", schemaPath: "#/properties/serviceEventDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid0 = _errs53 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.sharedEventID !== void 0) {
                                                      const _errs56 = errors;
                                                      if (typeof data.sharedEventID !== "string") {
                                                        validate31.errors = [{ instancePath: instancePath + "/sharedEventID", schemaPath: "#/properties/sharedEventID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid0 = _errs56 === errors;
                                                    } else {
                                                      var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                      if (data.vpcEndpointId !== void 0) {
                                                        const _errs58 = errors;
                                                        if (typeof data.vpcEndpointId !== "string") {
                                                          validate31.errors = [{ instancePath: instancePath + "/vpcEndpointId", schemaPath: "#/properties/vpcEndpointId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid0 = _errs58 === errors;
                                                      } else {
                                                        var valid0 = true;
                                                      }
                                                      if (valid0) {
                                                        if (data.vpcEndpointAccountId !== void 0) {
                                                          const _errs60 = errors;
                                                          if (typeof data.vpcEndpointAccountId !== "string") {
                                                            validate31.errors = [{ instancePath: instancePath + "/vpcEndpointAccountId", schemaPath: "#/properties/vpcEndpointAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid0 = _errs60 === errors;
                                                        } else {
                                                          var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                          if (data.eventCategory !== void 0) {
                                                            const _errs62 = errors;
                                                            if (typeof data.eventCategory !== "string") {
                                                              validate31.errors = [{ instancePath: instancePath + "/eventCategory", schemaPath: "#/properties/eventCategory/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid0 = _errs62 === errors;
                                                          } else {
                                                            var valid0 = true;
                                                          }
                                                          if (valid0) {
                                                            if (data.tlsDetails !== void 0) {
                                                              const _errs64 = errors;
                                                              if (!validate36(data.tlsDetails, { instancePath: instancePath + "/tlsDetails", parentData: data, parentDataProperty: "tlsDetails", rootData })) {
                                                                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                                                                errors = vErrors.length;
                                                              }
                                                              var valid0 = _errs64 === errors;
                                                            } else {
                                                              var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                              if (data.sessionCredentialFromConsole !== void 0) {
                                                                const _errs65 = errors;
                                                                if (typeof data.sessionCredentialFromConsole !== "string") {
                                                                  validate31.errors = [{ instancePath: instancePath + "/sessionCredentialFromConsole", schemaPath: "#/properties/sessionCredentialFromConsole/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid0 = _errs65 === errors;
                                                              } else {
                                                                var valid0 = true;
                                                              }
                                                              if (valid0) {
                                                                if (data.addendum !== void 0) {
                                                                  let data32 = data.addendum;
                                                                  const _errs67 = errors;
                                                                  if (errors === _errs67) {
                                                                    if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                                                    } else {
                                                                      validate31.errors = [{ instancePath: instancePath + "/addendum", schemaPath: "#/properties/addendum/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid0 = _errs67 === errors;
                                                                } else {
                                                                  var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                  if (data.edgeDeviceDetails !== void 0) {
                                                                    let data33 = data.edgeDeviceDetails;
                                                                    const _errs70 = errors;
                                                                    if (errors === _errs70) {
                                                                      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                                                      } else {
                                                                        validate31.errors = [{ instancePath: instancePath + "/edgeDeviceDetails", schemaPath: "#/properties/edgeDeviceDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid0 = _errs70 === errors;
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
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
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
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.responseElements !== void 0) {
          let data0 = data.responseElements;
          const _errs3 = errors;
          const _errs4 = errors;
          let valid2 = false;
          const _errs5 = errors;
          if (errors === _errs5) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (data0.ConsoleLogin !== void 0) {
                const _errs8 = errors;
                if (typeof data0.ConsoleLogin !== "string") {
                  const err0 = { instancePath: instancePath + "/responseElements/ConsoleLogin", schemaPath: "#/allOf/1/properties/responseElements/anyOf/0/properties/ConsoleLogin/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
                var valid3 = _errs8 === errors;
              } else {
                var valid3 = true;
              }
              if (valid3) {
                if (data0.CheckMfa !== void 0) {
                  const _errs10 = errors;
                  if (typeof data0.CheckMfa !== "string") {
                    const err1 = { instancePath: instancePath + "/responseElements/CheckMfa", schemaPath: "#/allOf/1/properties/responseElements/anyOf/0/properties/CheckMfa/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var valid3 = _errs10 === errors;
                } else {
                  var valid3 = true;
                }
              }
            } else {
              const err2 = { instancePath: instancePath + "/responseElements", schemaPath: "#/allOf/1/properties/responseElements/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          var _valid0 = _errs5 === errors;
          valid2 = valid2 || _valid0;
          if (!valid2) {
            const _errs12 = errors;
            if (data0 !== null) {
              const err3 = { instancePath: instancePath + "/responseElements", schemaPath: "#/allOf/1/properties/responseElements/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            var _valid0 = _errs12 === errors;
            valid2 = valid2 || _valid0;
          }
          if (!valid2) {
            const err4 = { instancePath: instancePath + "/responseElements", schemaPath: "#/allOf/1/properties/responseElements/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
            validate30.errors = vErrors;
            return false;
          } else {
            errors = _errs4;
            if (vErrors !== null) {
              if (_errs4) {
                vErrors.length = _errs4;
              } else {
                vErrors = null;
              }
            }
          }
          var valid1 = _errs3 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.additionalEventData !== void 0) {
            let data3 = data.additionalEventData;
            const _errs14 = errors;
            if (errors === _errs14) {
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                if (data3.LoginTo !== void 0) {
                  const _errs17 = errors;
                  if (typeof data3.LoginTo !== "string") {
                    validate30.errors = [{ instancePath: instancePath + "/additionalEventData/LoginTo", schemaPath: "#/allOf/1/properties/additionalEventData/properties/LoginTo/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid4 = _errs17 === errors;
                } else {
                  var valid4 = true;
                }
                if (valid4) {
                  if (data3.MobileVersion !== void 0) {
                    const _errs19 = errors;
                    if (typeof data3.MobileVersion !== "string") {
                      validate30.errors = [{ instancePath: instancePath + "/additionalEventData/MobileVersion", schemaPath: "#/allOf/1/properties/additionalEventData/properties/MobileVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid4 = _errs19 === errors;
                  } else {
                    var valid4 = true;
                  }
                  if (valid4) {
                    if (data3.MFAUsed !== void 0) {
                      const _errs21 = errors;
                      if (typeof data3.MFAUsed !== "string") {
                        validate30.errors = [{ instancePath: instancePath + "/additionalEventData/MFAUsed", schemaPath: "#/allOf/1/properties/additionalEventData/properties/MFAUsed/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid4 = _errs21 === errors;
                    } else {
                      var valid4 = true;
                    }
                    if (valid4) {
                      if (data3.MFAIdentifier !== void 0) {
                        const _errs23 = errors;
                        if (typeof data3.MFAIdentifier !== "string") {
                          validate30.errors = [{ instancePath: instancePath + "/additionalEventData/MFAIdentifier", schemaPath: "#/allOf/1/properties/additionalEventData/properties/MFAIdentifier/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid4 = _errs23 === errors;
                      } else {
                        var valid4 = true;
                      }
                      if (valid4) {
                        if (data3.MfaType !== void 0) {
                          const _errs25 = errors;
                          if (typeof data3.MfaType !== "string") {
                            validate30.errors = [{ instancePath: instancePath + "/additionalEventData/MfaType", schemaPath: "#/allOf/1/properties/additionalEventData/properties/MfaType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid4 = _errs25 === errors;
                        } else {
                          var valid4 = true;
                        }
                      }
                    }
                  }
                }
              } else {
                validate30.errors = [{ instancePath: instancePath + "/additionalEventData", schemaPath: "#/allOf/1/properties/additionalEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid1 = _errs14 === errors;
          } else {
            var valid1 = true;
          }
        }
      } else {
        validate30.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.detail === void 0 && (missing0 = "detail")) {
          validate21.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data["detail-type"] !== void 0) {
            const _errs3 = errors;
            if ("AWS Console Sign In via CloudTrail" !== data["detail-type"]) {
              validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "AWS Console Sign In via CloudTrail" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if ("aws.signin" !== data.source) {
                validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.signin" }, message: "must be equal to constant" }];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.detail !== void 0) {
                const _errs5 = errors;
                if (!validate30(data.detail, { instancePath: instancePath + "/detail", parentData: data, parentDataProperty: "detail", rootData })) {
                  vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs5 === errors;
              } else {
                var valid1 = true;
              }
            }
          }
        }
      } else {
        validate21.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:signin.eventbridge-console-sign-in.strict.check.js
function p0(s) {
  let i = 0;
  let c;
  for (let n = 0; n < 12; n++) {
    c = s.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return false;
    i++;
  }
  return i === s.length;
}
var p1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
var p2 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function d_EventBridgeEnvelope(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(v0 === "0")) return false;
  }
  {
    const v1 = x.id;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x["detail-type"];
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.source;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.account;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string" && p0(v4))) return false;
  }
  {
    const v5 = x.time;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string" && p1.test(v5))) return false;
  }
  {
    const v6 = x.region;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string" && p2.test(v6))) return false;
  }
  {
    const v7 = x.resources;
    if (v7 === void 0) return false;
    if (!Array.isArray(v7)) return false;
    for (let v9 = 0; v9 < v7.length; v9++) {
      const v8 = v7[v9];
      if (!(typeof v8 === "string")) return false;
    }
  }
  {
    const v10 = x.detail;
    if (v10 === void 0) return false;
    if (!(v10 !== null && typeof v10 === "object" && !Array.isArray(v10))) return false;
  }
  {
    const v11 = x["replay-name"];
    if (v11 !== void 0) {
      if (!(typeof v11 === "string")) return false;
    }
  }
  return true;
}
function d_SigninConsoleSignInDetail(x) {
  if (!d_CloudTrailRecordDetail(x)) return false;
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v82 = x.responseElements;
    if (v82 !== void 0) {
      if (!(b0(v82) || v82 === null)) return false;
    }
  }
  {
    const v85 = x.additionalEventData;
    if (v85 !== void 0) {
      if (!(v85 !== null && typeof v85 === "object" && !Array.isArray(v85))) return false;
      {
        const v86 = v85.LoginTo;
        if (v86 !== void 0) {
          if (!(typeof v86 === "string")) return false;
        }
      }
      {
        const v87 = v85.MobileVersion;
        if (v87 !== void 0) {
          if (!(typeof v87 === "string")) return false;
        }
      }
      {
        const v88 = v85.MFAUsed;
        if (v88 !== void 0) {
          if (!(typeof v88 === "string")) return false;
        }
      }
      {
        const v89 = v85.MFAIdentifier;
        if (v89 !== void 0) {
          if (!(typeof v89 === "string")) return false;
        }
      }
      {
        const v90 = v85.MfaType;
        if (v90 !== void 0) {
          if (!(typeof v90 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function d_CloudTrailRecordDetail(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v15 = x.eventVersion;
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string")) return false;
  }
  {
    const v16 = x.userIdentity;
    if (v16 === void 0) return false;
    if (!d_CloudTrailUserIdentity(v16)) return false;
  }
  {
    const v46 = x.eventTime;
    if (v46 === void 0) return false;
    if (!(typeof v46 === "string")) return false;
  }
  {
    const v47 = x.eventSource;
    if (v47 === void 0) return false;
    if (!(typeof v47 === "string")) return false;
  }
  {
    const v48 = x.eventName;
    if (v48 === void 0) return false;
    if (!(typeof v48 === "string")) return false;
  }
  {
    const v49 = x.awsRegion;
    if (v49 === void 0) return false;
    if (!(typeof v49 === "string")) return false;
  }
  {
    const v50 = x.sourceIPAddress;
    if (v50 === void 0) return false;
    if (!(typeof v50 === "string")) return false;
  }
  {
    const v51 = x.userAgent;
    if (v51 !== void 0) {
      if (!(typeof v51 === "string")) return false;
    }
  }
  {
    const v52 = x.errorCode;
    if (v52 !== void 0) {
      if (!(typeof v52 === "string")) return false;
    }
  }
  {
    const v53 = x.errorMessage;
    if (v53 !== void 0) {
      if (!(typeof v53 === "string")) return false;
    }
  }
  {
    const v54 = x.requestParameters;
    if (v54 !== void 0) {
      if (!(v54 !== null && typeof v54 === "object" && !Array.isArray(v54) || v54 === null)) return false;
    }
  }
  {
    const v55 = x.responseElements;
    if (v55 !== void 0) {
      if (!(v55 !== null && typeof v55 === "object" && !Array.isArray(v55) || v55 === null)) return false;
    }
  }
  {
    const v56 = x.additionalEventData;
    if (v56 !== void 0) {
      if (!(v56 !== null && typeof v56 === "object" && !Array.isArray(v56))) return false;
    }
  }
  {
    const v57 = x.requestID;
    if (v57 !== void 0) {
      if (!(typeof v57 === "string")) return false;
    }
  }
  {
    const v58 = x.eventID;
    if (v58 === void 0) return false;
    if (!(typeof v58 === "string")) return false;
  }
  {
    const v59 = x.eventType;
    if (v59 === void 0) return false;
    if (!(typeof v59 === "string")) return false;
  }
  {
    const v60 = x.apiVersion;
    if (v60 !== void 0) {
      if (!(typeof v60 === "string")) return false;
    }
  }
  {
    const v61 = x.managementEvent;
    if (v61 !== void 0) {
      if (!(typeof v61 === "boolean")) return false;
    }
  }
  {
    const v62 = x.readOnly;
    if (v62 !== void 0) {
      if (!(typeof v62 === "boolean")) return false;
    }
  }
  {
    const v63 = x.resources;
    if (v63 !== void 0) {
      if (!Array.isArray(v63)) return false;
      for (let v65 = 0; v65 < v63.length; v65++) {
        const v64 = v63[v65];
        if (!(v64 !== null && typeof v64 === "object" && !Array.isArray(v64))) return false;
        {
          const v66 = v64.ARN;
          if (v66 !== void 0) {
            if (!(typeof v66 === "string")) return false;
          }
        }
        {
          const v67 = v64.accountId;
          if (v67 !== void 0) {
            if (!(typeof v67 === "string")) return false;
          }
        }
        {
          const v68 = v64.type;
          if (v68 !== void 0) {
            if (!(typeof v68 === "string")) return false;
          }
        }
      }
    }
  }
  {
    const v69 = x.recipientAccountId;
    if (v69 !== void 0) {
      if (!(typeof v69 === "string")) return false;
    }
  }
  {
    const v70 = x.serviceEventDetails;
    if (v70 !== void 0) {
      if (!(v70 !== null && typeof v70 === "object" && !Array.isArray(v70))) return false;
    }
  }
  {
    const v71 = x.sharedEventID;
    if (v71 !== void 0) {
      if (!(typeof v71 === "string")) return false;
    }
  }
  {
    const v72 = x.vpcEndpointId;
    if (v72 !== void 0) {
      if (!(typeof v72 === "string")) return false;
    }
  }
  {
    const v73 = x.vpcEndpointAccountId;
    if (v73 !== void 0) {
      if (!(typeof v73 === "string")) return false;
    }
  }
  {
    const v74 = x.eventCategory;
    if (v74 !== void 0) {
      if (!(typeof v74 === "string")) return false;
    }
  }
  {
    const v75 = x.tlsDetails;
    if (v75 !== void 0) {
      if (!d_CloudTrailTlsDetails(v75)) return false;
    }
  }
  {
    const v79 = x.sessionCredentialFromConsole;
    if (v79 !== void 0) {
      if (!(typeof v79 === "string")) return false;
    }
  }
  {
    const v80 = x.addendum;
    if (v80 !== void 0) {
      if (!(v80 !== null && typeof v80 === "object" && !Array.isArray(v80))) return false;
    }
  }
  {
    const v81 = x.edgeDeviceDetails;
    if (v81 !== void 0) {
      if (!(v81 !== null && typeof v81 === "object" && !Array.isArray(v81))) return false;
    }
  }
  return true;
}
function d_CloudTrailUserIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v17 = x.type;
    if (v17 === void 0) return false;
    if (!(typeof v17 === "string")) return false;
  }
  {
    const v18 = x.principalId;
    if (v18 !== void 0) {
      if (!(typeof v18 === "string")) return false;
    }
  }
  {
    const v19 = x.arn;
    if (v19 !== void 0) {
      if (!(typeof v19 === "string")) return false;
    }
  }
  {
    const v20 = x.accountId;
    if (v20 !== void 0) {
      if (!(typeof v20 === "string")) return false;
    }
  }
  {
    const v21 = x.accessKeyId;
    if (v21 !== void 0) {
      if (!(typeof v21 === "string")) return false;
    }
  }
  {
    const v22 = x.userName;
    if (v22 !== void 0) {
      if (!(typeof v22 === "string")) return false;
    }
  }
  {
    const v23 = x.sessionContext;
    if (v23 !== void 0) {
      if (!d_CloudTrailSessionContext(v23)) return false;
    }
  }
  {
    const v39 = x.invokedBy;
    if (v39 !== void 0) {
      if (!(typeof v39 === "string")) return false;
    }
  }
  {
    const v40 = x.identityProvider;
    if (v40 !== void 0) {
      if (!(typeof v40 === "string")) return false;
    }
  }
  {
    const v41 = x.credentialId;
    if (v41 !== void 0) {
      if (!(typeof v41 === "string")) return false;
    }
  }
  {
    const v42 = x.onBehalfOf;
    if (v42 !== void 0) {
      if (!(v42 !== null && typeof v42 === "object" && !Array.isArray(v42))) return false;
      {
        const v43 = v42.userId;
        if (v43 !== void 0) {
          if (!(typeof v43 === "string")) return false;
        }
      }
      {
        const v44 = v42.identityStoreArn;
        if (v44 !== void 0) {
          if (!(typeof v44 === "string")) return false;
        }
      }
    }
  }
  {
    const v45 = x.inScopeOf;
    if (v45 !== void 0) {
      if (!(v45 !== null && typeof v45 === "object" && !Array.isArray(v45))) return false;
    }
  }
  return true;
}
function d_CloudTrailSessionContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v24 = x.attributes;
    if (v24 !== void 0) {
      if (!(v24 !== null && typeof v24 === "object" && !Array.isArray(v24))) return false;
      {
        const v25 = v24.creationDate;
        if (v25 !== void 0) {
          if (!(typeof v25 === "string")) return false;
        }
      }
      {
        const v26 = v24.mfaAuthenticated;
        if (v26 !== void 0) {
          if (!(typeof v26 === "string")) return false;
        }
      }
    }
  }
  {
    const v27 = x.sessionIssuer;
    if (v27 !== void 0) {
      if (!(v27 !== null && typeof v27 === "object" && !Array.isArray(v27))) return false;
      {
        const v28 = v27.type;
        if (v28 !== void 0) {
          if (!(typeof v28 === "string")) return false;
        }
      }
      {
        const v29 = v27.principalId;
        if (v29 !== void 0) {
          if (!(typeof v29 === "string")) return false;
        }
      }
      {
        const v30 = v27.arn;
        if (v30 !== void 0) {
          if (!(typeof v30 === "string")) return false;
        }
      }
      {
        const v31 = v27.accountId;
        if (v31 !== void 0) {
          if (!(typeof v31 === "string")) return false;
        }
      }
      {
        const v32 = v27.userName;
        if (v32 !== void 0) {
          if (!(typeof v32 === "string")) return false;
        }
      }
    }
  }
  {
    const v33 = x.webIdFederationData;
    if (v33 !== void 0) {
      if (!(v33 !== null && typeof v33 === "object" && !Array.isArray(v33))) return false;
      {
        const v34 = v33.federatedProvider;
        if (v34 !== void 0) {
          if (!(typeof v34 === "string")) return false;
        }
      }
      {
        const v35 = v33.attributes;
        if (v35 !== void 0) {
          if (!(v35 !== null && typeof v35 === "object" && !Array.isArray(v35))) return false;
        }
      }
    }
  }
  {
    const v36 = x.sourceIdentity;
    if (v36 !== void 0) {
      if (!(typeof v36 === "string")) return false;
    }
  }
  {
    const v37 = x.ec2RoleDelivery;
    if (v37 !== void 0) {
      if (!(typeof v37 === "string")) return false;
    }
  }
  {
    const v38 = x.assumedRoot;
    if (v38 !== void 0) {
      if (!(typeof v38 === "string")) return false;
    }
  }
  return true;
}
function d_CloudTrailTlsDetails(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v76 = x.tlsVersion;
    if (v76 !== void 0) {
      if (!(typeof v76 === "string")) return false;
    }
  }
  {
    const v77 = x.cipherSuite;
    if (v77 !== void 0) {
      if (!(typeof v77 === "string")) return false;
    }
  }
  {
    const v78 = x.clientProvidedHostHeader;
    if (v78 !== void 0) {
      if (!(typeof v78 === "string")) return false;
    }
  }
  return true;
}
function b0(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v83 = x.ConsoleLogin;
    if (v83 !== void 0) {
      if (!(typeof v83 === "string")) return false;
    }
  }
  {
    const v84 = x.CheckMfa;
    if (v84 !== void 0) {
      if (!(typeof v84 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!d_EventBridgeEnvelope(x)) return false;
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v12 = x["detail-type"];
    if (v12 === void 0) return false;
    if (!(v12 === "AWS Console Sign In via CloudTrail")) return false;
  }
  {
    const v13 = x.source;
    if (v13 === void 0) return false;
    if (!(v13 === "aws.signin")) return false;
  }
  {
    const v14 = x.detail;
    if (v14 === void 0) return false;
    if (!d_SigninConsoleSignInDetail(v14)) return false;
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

// signin.eventbridge-console-sign-in.strict.entry.ts
var validate = withStandardSchema(checked(check, signin_eventbridge_console_sign_in_strict_standalone_default), "signin.eventbridge-console-sign-in");
export {
  validate as default,
  validate
};
