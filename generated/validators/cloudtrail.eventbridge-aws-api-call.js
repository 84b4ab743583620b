// Generated from schemas/cloudtrail/eventbridge-aws-api-call.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudtrail.eventbridge-aws-api-call.standalone.js
var cloudtrail_eventbridge_aws_api_call_standalone_default = validate20;
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
      if (data.version === void 0 && (missing0 = "version") || data.id === void 0 && (missing0 = "id") || data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.account === void 0 && (missing0 = "account") || data.time === void 0 && (missing0 = "time") || data.region === void 0 && (missing0 = "region") || data.resources === void 0 && (missing0 = "resources") || data.detail === void 0 && (missing0 = "detail")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("0" !== data.version) {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "0" }, message: "must be equal to constant" }];
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
              validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/properties/detail-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.account !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/account", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.time !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.time !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/time", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.region !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.region !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.resources !== void 0) {
                        let data7 = data.resources;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (Array.isArray(data7)) {
                            var valid4 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs19 = errors;
                              if (typeof data7[i0] !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid4 = _errs19 === errors;
                              if (!valid4) {
                                break;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.detail !== void 0) {
                          let data9 = data.detail;
                          const _errs21 = errors;
                          if (errors === _errs21) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs21 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["replay-name"] !== void 0) {
                            const _errs24 = errors;
                            if (typeof data["replay-name"] !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/replay-name", schemaPath: "#/properties/replay-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs24 === errors;
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "version": true, "id": true, "detail-type": true, "source": true, "account": true, "time": true, "region": true, "resources": true, "detail": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };
var schema36 = { "type": "object", "required": ["eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress", "eventID", "eventType"], "properties": { "eventVersion": { "type": "string" }, "userIdentity": { "$ref": "#/$defs/CloudTrailUserIdentity" }, "eventTime": { "type": "string" }, "eventSource": { "type": "string" }, "eventName": { "type": "string" }, "awsRegion": { "type": "string" }, "sourceIPAddress": { "type": "string" }, "userAgent": { "type": "string" }, "errorCode": { "type": "string" }, "errorMessage": { "type": "string" }, "requestParameters": { "type": ["object", "null"], "additionalProperties": true }, "responseElements": { "type": ["object", "null"], "additionalProperties": true }, "additionalEventData": { "type": "object", "properties": {}, "additionalProperties": true }, "requestID": { "type": "string" }, "eventID": { "type": "string" }, "eventType": { "type": "string" }, "apiVersion": { "type": "string" }, "managementEvent": { "type": "boolean" }, "readOnly": { "type": "boolean" }, "resources": { "type": "array", "items": { "type": "object", "properties": { "ARN": { "type": "string" }, "accountId": { "type": "string" }, "type": { "type": "string" } } } }, "recipientAccountId": { "type": "string" }, "serviceEventDetails": { "type": "object", "properties": {}, "additionalProperties": true }, "sharedEventID": { "type": "string" }, "vpcEndpointId": { "type": "string" }, "vpcEndpointAccountId": { "type": "string" }, "eventCategory": { "type": "string" }, "tlsDetails": { "$ref": "#/$defs/CloudTrailTlsDetails" }, "sessionCredentialFromConsole": { "type": "string" }, "addendum": { "type": "object", "properties": {}, "additionalProperties": true }, "edgeDeviceDetails": { "type": "object", "properties": {}, "additionalProperties": true } } };
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
      if (data.type === void 0 && (missing0 = "type")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs1 = errors;
          if (typeof data.type !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate24.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate24.errors = [{ instancePath: instancePath + "/arn", schemaPath: "#/properties/arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate24.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate24.errors = [{ instancePath: instancePath + "/accessKeyId", schemaPath: "#/properties/accessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate24.errors = [{ instancePath: instancePath + "/userName", schemaPath: "#/properties/userName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.sessionContext !== void 0) {
                      let data6 = data.sessionContext;
                      const _errs13 = errors;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          if (data6.attributes !== void 0) {
                            let data7 = data6.attributes;
                            const _errs16 = errors;
                            if (errors === _errs16) {
                              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                if (data7.creationDate !== void 0) {
                                  const _errs18 = errors;
                                  if (typeof data7.creationDate !== "string") {
                                    validate24.errors = [{ instancePath: instancePath + "/sessionContext/attributes/creationDate", schemaPath: "#/$defs/CloudTrailSessionContext/properties/attributes/properties/creationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid3 = _errs18 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data7.mfaAuthenticated !== void 0) {
                                    const _errs20 = errors;
                                    if (typeof data7.mfaAuthenticated !== "string") {
                                      validate24.errors = [{ instancePath: instancePath + "/sessionContext/attributes/mfaAuthenticated", schemaPath: "#/$defs/CloudTrailSessionContext/properties/attributes/properties/mfaAuthenticated/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid3 = _errs20 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                }
                              } else {
                                validate24.errors = [{ instancePath: instancePath + "/sessionContext/attributes", schemaPath: "#/$defs/CloudTrailSessionContext/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid2 = _errs16 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data6.sessionIssuer !== void 0) {
                              let data10 = data6.sessionIssuer;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                  if (data10.type !== void 0) {
                                    const _errs24 = errors;
                                    if (typeof data10.type !== "string") {
                                      validate24.errors = [{ instancePath: instancePath + "/sessionContext/sessionIssuer/type", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sessionIssuer/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid4 = _errs24 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data10.principalId !== void 0) {
                                      const _errs26 = errors;
                                      if (typeof data10.principalId !== "string") {
                                        validate24.errors = [{ instancePath: instancePath + "/sessionContext/sessionIssuer/principalId", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sessionIssuer/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid4 = _errs26 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data10.arn !== void 0) {
                                        const _errs28 = errors;
                                        if (typeof data10.arn !== "string") {
                                          validate24.errors = [{ instancePath: instancePath + "/sessionContext/sessionIssuer/arn", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sessionIssuer/properties/arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid4 = _errs28 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data10.accountId !== void 0) {
                                          const _errs30 = errors;
                                          if (typeof data10.accountId !== "string") {
                                            validate24.errors = [{ instancePath: instancePath + "/sessionContext/sessionIssuer/accountId", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sessionIssuer/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid4 = _errs30 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data10.userName !== void 0) {
                                            const _errs32 = errors;
                                            if (typeof data10.userName !== "string") {
                                              validate24.errors = [{ instancePath: instancePath + "/sessionContext/sessionIssuer/userName", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sessionIssuer/properties/userName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid4 = _errs32 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate24.errors = [{ instancePath: instancePath + "/sessionContext/sessionIssuer", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sessionIssuer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs22 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data6.webIdFederationData !== void 0) {
                                let data16 = data6.webIdFederationData;
                                const _errs34 = errors;
                                if (errors === _errs34) {
                                  if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                    if (data16.federatedProvider !== void 0) {
                                      const _errs36 = errors;
                                      if (typeof data16.federatedProvider !== "string") {
                                        validate24.errors = [{ instancePath: instancePath + "/sessionContext/webIdFederationData/federatedProvider", schemaPath: "#/$defs/CloudTrailSessionContext/properties/webIdFederationData/properties/federatedProvider/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid5 = _errs36 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                    if (valid5) {
                                      if (data16.attributes !== void 0) {
                                        let data18 = data16.attributes;
                                        const _errs38 = errors;
                                        if (errors === _errs38) {
                                          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                          } else {
                                            validate24.errors = [{ instancePath: instancePath + "/sessionContext/webIdFederationData/attributes", schemaPath: "#/$defs/CloudTrailSessionContext/properties/webIdFederationData/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid5 = _errs38 === errors;
                                      } else {
                                        var valid5 = true;
                                      }
                                    }
                                  } else {
                                    validate24.errors = [{ instancePath: instancePath + "/sessionContext/webIdFederationData", schemaPath: "#/$defs/CloudTrailSessionContext/properties/webIdFederationData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid2 = _errs34 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data6.sourceIdentity !== void 0) {
                                  const _errs41 = errors;
                                  if (typeof data6.sourceIdentity !== "string") {
                                    validate24.errors = [{ instancePath: instancePath + "/sessionContext/sourceIdentity", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sourceIdentity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs41 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data6.ec2RoleDelivery !== void 0) {
                                    const _errs43 = errors;
                                    if (typeof data6.ec2RoleDelivery !== "string") {
                                      validate24.errors = [{ instancePath: instancePath + "/sessionContext/ec2RoleDelivery", schemaPath: "#/$defs/CloudTrailSessionContext/properties/ec2RoleDelivery/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs43 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data6.assumedRoot !== void 0) {
                                      const _errs45 = errors;
                                      if (typeof data6.assumedRoot !== "string") {
                                        validate24.errors = [{ instancePath: instancePath + "/sessionContext/assumedRoot", schemaPath: "#/$defs/CloudTrailSessionContext/properties/assumedRoot/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid2 = _errs45 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate24.errors = [{ instancePath: instancePath + "/sessionContext", schemaPath: "#/$defs/CloudTrailSessionContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.invokedBy !== void 0) {
                        const _errs47 = errors;
                        if (typeof data.invokedBy !== "string") {
                          validate24.errors = [{ instancePath: instancePath + "/invokedBy", schemaPath: "#/properties/invokedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs47 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.identityProvider !== void 0) {
                          const _errs49 = errors;
                          if (typeof data.identityProvider !== "string") {
                            validate24.errors = [{ instancePath: instancePath + "/identityProvider", schemaPath: "#/properties/identityProvider/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs49 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.credentialId !== void 0) {
                            const _errs51 = errors;
                            if (typeof data.credentialId !== "string") {
                              validate24.errors = [{ instancePath: instancePath + "/credentialId", schemaPath: "#/properties/credentialId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs51 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.onBehalfOf !== void 0) {
                              let data25 = data.onBehalfOf;
                              const _errs53 = errors;
                              if (errors === _errs53) {
                                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                  if (data25.userId !== void 0) {
                                    const _errs55 = errors;
                                    if (typeof data25.userId !== "string") {
                                      validate24.errors = [{ instancePath: instancePath + "/onBehalfOf/userId", schemaPath: "#/properties/onBehalfOf/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid6 = _errs55 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data25.identityStoreArn !== void 0) {
                                      const _errs57 = errors;
                                      if (typeof data25.identityStoreArn !== "string") {
                                        validate24.errors = [{ instancePath: instancePath + "/onBehalfOf/identityStoreArn", schemaPath: "#/properties/onBehalfOf/properties/identityStoreArn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid6 = _errs57 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                  }
                                } else {
                                  validate24.errors = [{ instancePath: instancePath + "/onBehalfOf", schemaPath: "#/properties/onBehalfOf/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs53 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.inScopeOf !== void 0) {
                                let data28 = data.inScopeOf;
                                const _errs59 = errors;
                                if (errors === _errs59) {
                                  if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                  } else {
                                    validate24.errors = [{ instancePath: instancePath + "/inScopeOf", schemaPath: "#/properties/inScopeOf/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs59 === errors;
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "type": true, "principalId": true, "arn": true, "accountId": true, "accessKeyId": true, "userName": true, "sessionContext": true, "invokedBy": true, "identityProvider": true, "credentialId": true, "onBehalfOf": true, "inScopeOf": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.eventVersion === void 0 && (missing0 = "eventVersion") || data.userIdentity === void 0 && (missing0 = "userIdentity") || data.eventTime === void 0 && (missing0 = "eventTime") || data.eventSource === void 0 && (missing0 = "eventSource") || data.eventName === void 0 && (missing0 = "eventName") || data.awsRegion === void 0 && (missing0 = "awsRegion") || data.sourceIPAddress === void 0 && (missing0 = "sourceIPAddress") || data.eventID === void 0 && (missing0 = "eventID") || data.eventType === void 0 && (missing0 = "eventType")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.eventVersion !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.userIdentity !== void 0) {
            const _errs3 = errors;
            if (!validate24(data.userIdentity, { instancePath: instancePath + "/userIdentity", parentData: data, parentDataProperty: "userIdentity", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
                validate23.errors = [{ instancePath: instancePath + "/eventTime", schemaPath: "#/properties/eventTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate23.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate23.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate23.errors = [{ instancePath: instancePath + "/awsRegion", schemaPath: "#/properties/awsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate23.errors = [{ instancePath: instancePath + "/sourceIPAddress", schemaPath: "#/properties/sourceIPAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate23.errors = [{ instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            validate23.errors = [{ instancePath: instancePath + "/errorCode", schemaPath: "#/properties/errorCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate23.errors = [{ instancePath: instancePath + "/errorMessage", schemaPath: "#/properties/errorMessage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate23.errors = [{ instancePath: instancePath + "/requestParameters", schemaPath: "#/properties/requestParameters/type", keyword: "type", params: { type: schema36.properties.requestParameters.type }, message: "must be object,null" }];
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
                                  validate23.errors = [{ instancePath: instancePath + "/responseElements", schemaPath: "#/properties/responseElements/type", keyword: "type", params: { type: schema36.properties.responseElements.type }, message: "must be object,null" }];
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
                                      validate23.errors = [{ instancePath: instancePath + "/additionalEventData", schemaPath: "#/properties/additionalEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                      validate23.errors = [{ instancePath: instancePath + "/requestID", schemaPath: "#/properties/requestID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                        validate23.errors = [{ instancePath: instancePath + "/eventID", schemaPath: "#/properties/eventID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                          validate23.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                            validate23.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                              validate23.errors = [{ instancePath: instancePath + "/managementEvent", schemaPath: "#/properties/managementEvent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
                                                validate23.errors = [{ instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
                                                              validate23.errors = [{ instancePath: instancePath + "/resources/" + i0 + "/ARN", schemaPath: "#/properties/resources/items/properties/ARN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                validate23.errors = [{ instancePath: instancePath + "/resources/" + i0 + "/accountId", schemaPath: "#/properties/resources/items/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                                  validate23.errors = [{ instancePath: instancePath + "/resources/" + i0 + "/type", schemaPath: "#/properties/resources/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid2 = _errs49 === errors;
                                                              } else {
                                                                var valid2 = true;
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate23.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid1 = _errs43 === errors;
                                                      if (!valid1) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate23.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                                                    validate23.errors = [{ instancePath: instancePath + "/recipientAccountId", schemaPath: "#/properties/recipientAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                        validate23.errors = [{ instancePath: instancePath + "/serviceEventDetails", schemaPath: "#/properties/serviceEventDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                                                        validate23.errors = [{ instancePath: instancePath + "/sharedEventID", schemaPath: "#/properties/sharedEventID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                          validate23.errors = [{ instancePath: instancePath + "/vpcEndpointId", schemaPath: "#/properties/vpcEndpointId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                            validate23.errors = [{ instancePath: instancePath + "/vpcEndpointAccountId", schemaPath: "#/properties/vpcEndpointAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                                              validate23.errors = [{ instancePath: instancePath + "/eventCategory", schemaPath: "#/properties/eventCategory/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid0 = _errs62 === errors;
                                                          } else {
                                                            var valid0 = true;
                                                          }
                                                          if (valid0) {
                                                            if (data.tlsDetails !== void 0) {
                                                              let data30 = data.tlsDetails;
                                                              const _errs64 = errors;
                                                              const _errs65 = errors;
                                                              if (errors === _errs65) {
                                                                if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                                                  if (data30.tlsVersion !== void 0) {
                                                                    const _errs67 = errors;
                                                                    if (typeof data30.tlsVersion !== "string") {
                                                                      validate23.errors = [{ instancePath: instancePath + "/tlsDetails/tlsVersion", schemaPath: "#/$defs/CloudTrailTlsDetails/properties/tlsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid4 = _errs67 === errors;
                                                                  } else {
                                                                    var valid4 = true;
                                                                  }
                                                                  if (valid4) {
                                                                    if (data30.cipherSuite !== void 0) {
                                                                      const _errs69 = errors;
                                                                      if (typeof data30.cipherSuite !== "string") {
                                                                        validate23.errors = [{ instancePath: instancePath + "/tlsDetails/cipherSuite", schemaPath: "#/$defs/CloudTrailTlsDetails/properties/cipherSuite/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid4 = _errs69 === errors;
                                                                    } else {
                                                                      var valid4 = true;
                                                                    }
                                                                    if (valid4) {
                                                                      if (data30.clientProvidedHostHeader !== void 0) {
                                                                        const _errs71 = errors;
                                                                        if (typeof data30.clientProvidedHostHeader !== "string") {
                                                                          validate23.errors = [{ instancePath: instancePath + "/tlsDetails/clientProvidedHostHeader", schemaPath: "#/$defs/CloudTrailTlsDetails/properties/clientProvidedHostHeader/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid4 = _errs71 === errors;
                                                                      } else {
                                                                        var valid4 = true;
                                                                      }
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate23.errors = [{ instancePath: instancePath + "/tlsDetails", schemaPath: "#/$defs/CloudTrailTlsDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid0 = _errs64 === errors;
                                                            } else {
                                                              var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                              if (data.sessionCredentialFromConsole !== void 0) {
                                                                const _errs73 = errors;
                                                                if (typeof data.sessionCredentialFromConsole !== "string") {
                                                                  validate23.errors = [{ instancePath: instancePath + "/sessionCredentialFromConsole", schemaPath: "#/properties/sessionCredentialFromConsole/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid0 = _errs73 === errors;
                                                              } else {
                                                                var valid0 = true;
                                                              }
                                                              if (valid0) {
                                                                if (data.addendum !== void 0) {
                                                                  let data35 = data.addendum;
                                                                  const _errs75 = errors;
                                                                  if (errors === _errs75) {
                                                                    if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                                                    } else {
                                                                      validate23.errors = [{ instancePath: instancePath + "/addendum", schemaPath: "#/properties/addendum/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid0 = _errs75 === errors;
                                                                } else {
                                                                  var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                  if (data.edgeDeviceDetails !== void 0) {
                                                                    let data36 = data.edgeDeviceDetails;
                                                                    const _errs78 = errors;
                                                                    if (errors === _errs78) {
                                                                      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                                                      } else {
                                                                        validate23.errors = [{ instancePath: instancePath + "/edgeDeviceDetails", schemaPath: "#/properties/edgeDeviceDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid0 = _errs78 === errors;
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "eventVersion": true, "userIdentity": true, "eventTime": true, "eventSource": true, "eventName": true, "awsRegion": true, "sourceIPAddress": true, "userAgent": true, "errorCode": true, "errorMessage": true, "requestParameters": true, "responseElements": true, "additionalEventData": true, "requestID": true, "eventID": true, "eventType": true, "apiVersion": true, "managementEvent": true, "readOnly": true, "resources": true, "recipientAccountId": true, "serviceEventDetails": true, "sharedEventID": true, "vpcEndpointId": true, "vpcEndpointAccountId": true, "eventCategory": true, "tlsDetails": true, "sessionCredentialFromConsole": true, "addendum": true, "edgeDeviceDetails": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.detail === void 0 && (missing0 = "detail")) {
          validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data["detail-type"] !== void 0) {
            const _errs3 = errors;
            if ("AWS API Call via CloudTrail" !== data["detail-type"]) {
              validate20.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "AWS API Call via CloudTrail" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if (typeof data.source !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.detail !== void 0) {
                const _errs6 = errors;
                if (!validate23(data.detail, { instancePath: instancePath + "/detail", parentData: data, parentDataProperty: "detail", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs6 === errors;
              } else {
                var valid1 = true;
              }
            }
          }
        }
      } else {
        validate20.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "detail-type": true, "source": true, "detail": true, "version": true, "id": true, "account": true, "time": true, "region": true, "resources": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };

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

// cloudtrail.eventbridge-aws-api-call.entry.ts
withStandardSchema(cloudtrail_eventbridge_aws_api_call_standalone_default, "cloudtrail.eventbridge-aws-api-call");
export {
  cloudtrail_eventbridge_aws_api_call_standalone_default as default,
  cloudtrail_eventbridge_aws_api_call_standalone_default as validate
};
