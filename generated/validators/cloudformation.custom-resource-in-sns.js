// Generated from schemas/cloudformation/custom-resource-in-sns.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudformation.custom-resource-in-sns.standalone.js
var outer = validate20;
var schema34 = { "type": "object", "required": ["Type", "MessageId", "TopicArn", "Message", "Timestamp", "SignatureVersion", "Signature", "SigningCertUrl", "UnsubscribeUrl", "MessageAttributes"], "properties": { "Type": { "const": "Notification" }, "MessageId": { "type": "string" }, "TopicArn": { "$ref": "#/$defs/Arn" }, "Subject": { "type": ["string", "null"] }, "Message": { "type": "string" }, "Timestamp": { "$ref": "#/$defs/IsoTimestamp" }, "SignatureVersion": { "type": "string" }, "Signature": { "type": "string" }, "SigningCertUrl": { "type": "string" }, "UnsubscribeUrl": { "type": "string" }, "MessageAttributes": { "type": "object", "additionalProperties": { "$ref": "#/$defs/SnsMessageAttribute" } } } };
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
      if (data.Type === void 0 && (missing0 = "Type") || data.MessageId === void 0 && (missing0 = "MessageId") || data.TopicArn === void 0 && (missing0 = "TopicArn") || data.Message === void 0 && (missing0 = "Message") || data.Timestamp === void 0 && (missing0 = "Timestamp") || data.SignatureVersion === void 0 && (missing0 = "SignatureVersion") || data.Signature === void 0 && (missing0 = "Signature") || data.SigningCertUrl === void 0 && (missing0 = "SigningCertUrl") || data.UnsubscribeUrl === void 0 && (missing0 = "UnsubscribeUrl") || data.MessageAttributes === void 0 && (missing0 = "MessageAttributes")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Type !== void 0) {
          const _errs1 = errors;
          if ("Notification" !== data.Type) {
            validate22.errors = [{ instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/const", keyword: "const", params: { allowedValue: "Notification" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.MessageId !== void 0) {
            const _errs2 = errors;
            if (typeof data.MessageId !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/MessageId", schemaPath: "#/properties/MessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.TopicArn !== void 0) {
              const _errs4 = errors;
              if (typeof data.TopicArn !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/TopicArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.Subject !== void 0) {
                let data3 = data.Subject;
                const _errs7 = errors;
                if (typeof data3 !== "string" && data3 !== null) {
                  validate22.errors = [{ instancePath: instancePath + "/Subject", schemaPath: "#/properties/Subject/type", keyword: "type", params: { type: schema34.properties.Subject.type }, message: "must be string,null" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.Message !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.Message !== "string") {
                    validate22.errors = [{ instancePath: instancePath + "/Message", schemaPath: "#/properties/Message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.Timestamp !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.Timestamp !== "string") {
                      validate22.errors = [{ instancePath: instancePath + "/Timestamp", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.SignatureVersion !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.SignatureVersion !== "string") {
                        validate22.errors = [{ instancePath: instancePath + "/SignatureVersion", schemaPath: "#/properties/SignatureVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.Signature !== void 0) {
                        const _errs16 = errors;
                        if (typeof data.Signature !== "string") {
                          validate22.errors = [{ instancePath: instancePath + "/Signature", schemaPath: "#/properties/Signature/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.SigningCertUrl !== void 0) {
                          const _errs18 = errors;
                          if (typeof data.SigningCertUrl !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/SigningCertUrl", schemaPath: "#/properties/SigningCertUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.UnsubscribeUrl !== void 0) {
                            const _errs20 = errors;
                            if (typeof data.UnsubscribeUrl !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/UnsubscribeUrl", schemaPath: "#/properties/UnsubscribeUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.MessageAttributes !== void 0) {
                              let data10 = data.MessageAttributes;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                  for (const key0 in data10) {
                                    let data11 = data10[key0];
                                    const _errs25 = errors;
                                    const _errs26 = errors;
                                    if (errors === _errs26) {
                                      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                        let missing1;
                                        if (data11.Type === void 0 && (missing1 = "Type") || data11.Value === void 0 && (missing1 = "Value")) {
                                          validate22.errors = [{ instancePath: instancePath + "/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/SnsMessageAttribute/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                          return false;
                                        } else {
                                          if (data11.Type !== void 0) {
                                            const _errs28 = errors;
                                            if (typeof data11.Type !== "string") {
                                              validate22.errors = [{ instancePath: instancePath + "/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/Type", schemaPath: "#/$defs/SnsMessageAttribute/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid5 = _errs28 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                          if (valid5) {
                                            if (data11.Value !== void 0) {
                                              const _errs30 = errors;
                                              if (typeof data11.Value !== "string") {
                                                validate22.errors = [{ instancePath: instancePath + "/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/Value", schemaPath: "#/$defs/SnsMessageAttribute/properties/Value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid5 = _errs30 === errors;
                                            } else {
                                              var valid5 = true;
                                            }
                                          }
                                        }
                                      } else {
                                        validate22.errors = [{ instancePath: instancePath + "/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/SnsMessageAttribute/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs25 === errors;
                                    if (!valid3) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate22.errors = [{ instancePath: instancePath + "/MessageAttributes", schemaPath: "#/properties/MessageAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs22 === errors;
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
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "Type": true, "MessageId": true, "TopicArn": true, "Subject": true, "Message": true, "Timestamp": true, "SignatureVersion": true, "Signature": true, "SigningCertUrl": true, "UnsubscribeUrl": true, "MessageAttributes": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.EventVersion === void 0 && (missing0 = "EventVersion") || data.EventSubscriptionArn === void 0 && (missing0 = "EventSubscriptionArn") || data.EventSource === void 0 && (missing0 = "EventSource") || data.Sns === void 0 && (missing0 = "Sns")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.EventVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.EventVersion !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/EventVersion", schemaPath: "#/properties/EventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.EventSubscriptionArn !== void 0) {
            const _errs3 = errors;
            if (typeof data.EventSubscriptionArn !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/EventSubscriptionArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.EventSource !== void 0) {
              const _errs6 = errors;
              if ("aws:sns" !== data.EventSource) {
                validate21.errors = [{ instancePath: instancePath + "/EventSource", schemaPath: "#/properties/EventSource/const", keyword: "const", params: { allowedValue: "aws:sns" }, message: "must be equal to constant" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.Sns !== void 0) {
                const _errs7 = errors;
                if (!validate22(data.Sns, { instancePath: instancePath + "/Sns", parentData: data, parentDataProperty: "Sns", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
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
validate21.evaluated = { "props": { "EventVersion": true, "EventSubscriptionArn": true, "EventSource": true, "Sns": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Records === void 0 && (missing0 = "Records")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Records !== void 0) {
          let data0 = data.Records;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs3 = errors;
                if (!validate21(data0[i0], { instancePath: instancePath + "/Records/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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
  return errors === 0;
}
validate20.evaluated = { "props": { "Records": true }, "dynamicProps": false, "dynamicItems": false };
var carried0 = validate25;
var schema41 = { "type": "object", "required": ["RequestType", "StackId", "RequestId", "ResourceType", "LogicalResourceId"], "properties": { "RequestType": { "enum": ["Create", "Update", "Delete"] }, "ServiceToken": { "type": "string" }, "ResponseURL": { "$ref": "#/$defs/CloudFormationCustomResourceResponseUrl" }, "StackId": { "$ref": "#/$defs/Arn" }, "RequestId": { "type": "string" }, "ResourceType": { "type": "string" }, "LogicalResourceId": { "type": "string" }, "ResourceProperties": { "$ref": "#/$defs/CloudFormationCustomResourceProperties" } } };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.RequestType === void 0 && (missing0 = "RequestType") || data.StackId === void 0 && (missing0 = "StackId") || data.RequestId === void 0 && (missing0 = "RequestId") || data.ResourceType === void 0 && (missing0 = "ResourceType") || data.LogicalResourceId === void 0 && (missing0 = "LogicalResourceId")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          let data0 = data.RequestType;
          const _errs1 = errors;
          if (!(data0 === "Create" || data0 === "Update" || data0 === "Delete")) {
            validate28.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/enum", keyword: "enum", params: { allowedValues: schema41.properties.RequestType.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.ServiceToken !== void 0) {
            const _errs2 = errors;
            if (typeof data.ServiceToken !== "string") {
              validate28.errors = [{ instancePath: instancePath + "/ServiceToken", schemaPath: "#/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.ResponseURL !== void 0) {
              const _errs4 = errors;
              if (typeof data.ResponseURL !== "string") {
                validate28.errors = [{ instancePath: instancePath + "/ResponseURL", schemaPath: "#/$defs/CloudFormationCustomResourceResponseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.StackId !== void 0) {
                const _errs7 = errors;
                if (typeof data.StackId !== "string") {
                  validate28.errors = [{ instancePath: instancePath + "/StackId", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.RequestId !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.RequestId !== "string") {
                    validate28.errors = [{ instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.ResourceType !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.ResourceType !== "string") {
                      validate28.errors = [{ instancePath: instancePath + "/ResourceType", schemaPath: "#/properties/ResourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.LogicalResourceId !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.LogicalResourceId !== "string") {
                        validate28.errors = [{ instancePath: instancePath + "/LogicalResourceId", schemaPath: "#/properties/LogicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.ResourceProperties !== void 0) {
                        let data7 = data.ResourceProperties;
                        const _errs16 = errors;
                        const _errs17 = errors;
                        if (errors === _errs17) {
                          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                            if (data7.ServiceToken !== void 0) {
                              if (typeof data7.ServiceToken !== "string") {
                                validate28.errors = [{ instancePath: instancePath + "/ResourceProperties/ServiceToken", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          } else {
                            validate28.errors = [{ instancePath: instancePath + "/ResourceProperties", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      }
    } else {
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": { "RequestType": true, "ServiceToken": true, "ResponseURL": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  if (!validate28(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.ResponseURL === void 0 && (missing0 = "ResponseURL")) {
          validate27.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.ResponseURL !== void 0) {
            if (typeof data.ResponseURL !== "string") {
              validate27.errors = [{ instancePath: instancePath + "/ResponseURL", schemaPath: "#/$defs/CloudFormationCustomResourceResponseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
        }
      } else {
        validate27.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": { "ResponseURL": true, "RequestType": true, "ServiceToken": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  if (!validate27(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    const _errs2 = errors;
    if (errors === _errs2) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.RequestType === void 0 && (missing0 = "RequestType")) {
          validate26.errors = [{ instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceCreateFields/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.RequestType !== void 0) {
            if ("Create" !== data.RequestType) {
              validate26.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/$defs/CloudFormationCustomResourceCreateFields/properties/RequestType/const", keyword: "const", params: { allowedValue: "Create" }, message: "must be equal to constant" }];
              return false;
            }
          }
        }
      } else {
        validate26.errors = [{ instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceCreateFields/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": { "RequestType": true, "ResponseURL": true, "ServiceToken": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.RequestType === void 0 && (missing0 = "RequestType") || data.PhysicalResourceId === void 0 && (missing0 = "PhysicalResourceId") || data.OldResourceProperties === void 0 && (missing0 = "OldResourceProperties")) {
        validate34.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          const _errs1 = errors;
          if ("Update" !== data.RequestType) {
            validate34.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Update" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.PhysicalResourceId !== void 0) {
            const _errs2 = errors;
            if (typeof data.PhysicalResourceId !== "string") {
              validate34.errors = [{ instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.OldResourceProperties !== void 0) {
              let data2 = data.OldResourceProperties;
              const _errs4 = errors;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  if (data2.ServiceToken !== void 0) {
                    if (typeof data2.ServiceToken !== "string") {
                      validate34.errors = [{ instancePath: instancePath + "/OldResourceProperties/ServiceToken", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                } else {
                  validate34.errors = [{ instancePath: instancePath + "/OldResourceProperties", schemaPath: "#/$defs/CloudFormationCustomResourceProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": { "RequestType": true, "PhysicalResourceId": true, "OldResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate27(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (!validate34(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
      errors = vErrors.length;
    }
    var valid0 = _errs1 === errors;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": { "RequestType": true, "PhysicalResourceId": true, "OldResourceProperties": true, "ResponseURL": true, "ServiceToken": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate27(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    const _errs2 = errors;
    if (errors === _errs2) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.RequestType === void 0 && (missing0 = "RequestType") || data.PhysicalResourceId === void 0 && (missing0 = "PhysicalResourceId")) {
          validate37.errors = [{ instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.RequestType !== void 0) {
            const _errs4 = errors;
            if ("Delete" !== data.RequestType) {
              validate37.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/properties/RequestType/const", keyword: "const", params: { allowedValue: "Delete" }, message: "must be equal to constant" }];
              return false;
            }
            var valid2 = _errs4 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.PhysicalResourceId !== void 0) {
              const _errs5 = errors;
              if (typeof data.PhysicalResourceId !== "string") {
                validate37.errors = [{ instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid2 = _errs5 === errors;
            } else {
              var valid2 = true;
            }
          }
        }
      } else {
        validate37.errors = [{ instancePath, schemaPath: "#/$defs/CloudFormationCustomResourceDeleteFields/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": { "RequestType": true, "PhysicalResourceId": true, "ResponseURL": true, "ServiceToken": true, "StackId": true, "RequestId": true, "ResourceType": true, "LogicalResourceId": true, "ResourceProperties": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.RequestType = true;
    props0.ResponseURL = true;
    props0.ServiceToken = true;
    props0.StackId = true;
    props0.RequestId = true;
    props0.ResourceType = true;
    props0.LogicalResourceId = true;
    props0.ResourceProperties = true;
  }
  const _errs2 = errors;
  if (!validate32(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.RequestType = true;
        props0.PhysicalResourceId = true;
        props0.OldResourceProperties = true;
        props0.ResponseURL = true;
        props0.ServiceToken = true;
        props0.StackId = true;
        props0.RequestId = true;
        props0.ResourceType = true;
        props0.LogicalResourceId = true;
        props0.ResourceProperties = true;
      }
    }
    const _errs3 = errors;
    if (!validate37(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.RequestType = true;
          props0.PhysicalResourceId = true;
          props0.ResponseURL = true;
          props0.ServiceToken = true;
          props0.StackId = true;
          props0.RequestId = true;
          props0.ResourceType = true;
          props0.LogicalResourceId = true;
          props0.ResourceProperties = true;
        }
      }
    }
  }
  if (!valid0) {
    const err0 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
    validate25.errors = vErrors;
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
  validate25.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate25.evaluated = { "dynamicProps": true, "dynamicItems": false };

// generator/runtime/pointer.ts
var escapeToken = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
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

// generator/runtime/carried.ts
import { gunzipSync } from "node:zlib";
var own = Object.prototype.hasOwnProperty;
function valuesAt(root, at) {
  const segments = tokens(at);
  let frontier = [{ pointer: "", value: root }];
  for (const segment of segments) {
    const next = [];
    for (const { pointer, value } of frontier) {
      if (segment === "*" && Array.isArray(value)) value.forEach((v, i) => next.push({ pointer: `${pointer}/${i}`, value: v }));
      else if (value !== null && typeof value === "object" && own.call(value, segment))
        next.push({ pointer: `${pointer}/${escapeToken(segment)}`, value: value[segment] });
    }
    frontier = next;
  }
  return frontier;
}
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function decodeValue(input, steps, maxBytes = 256 * 1024 * 1024) {
  let current = input;
  for (const step of steps) {
    try {
      if (step === "base64") {
        if (typeof current !== "string") return { error: "expected a base64 string" };
        if (current.length % 4 !== 0 || !BASE64.test(current)) return { error: "is not valid base64" };
        current = Buffer.from(current, "base64");
      } else if (step === "gzip") {
        if (!(current instanceof Uint8Array)) return { error: "expected bytes to gunzip" };
        current = gunzipSync(current, { maxOutputLength: maxBytes });
      } else {
        const text = current instanceof Uint8Array ? new TextDecoder("utf-8", { fatal: true }).decode(current) : current;
        if (typeof text !== "string") return { error: "expected JSON text" };
        current = JSON.parse(text);
      }
    } catch (error) {
      return { error: `${step} decoding failed: ${error.message}` };
    }
  }
  return { value: current };
}
function checkCarried(root, carries, check, firstProblem = false) {
  const out = [];
  for (let n = 0; n < carries.length; n++) {
    const c = carries[n];
    for (const { pointer, value } of valuesAt(root, c.at)) {
      const decoded = decodeValue(value, c.decode);
      let problem;
      if (decoded.error !== void 0) {
        problem = { code: "E_DECODE", pointer, carry: n, message: `carried payload ${decoded.error} (${c.decode.join(" \u2192 ")})`, params: { steps: c.decode } };
      } else {
        const inner = check(n, decoded.value);
        if (inner === null) {
          out.push({ pointer, carry: n, ok: true, value: decoded.value });
          continue;
        }
        const expected = c.def !== void 0 ? [c.def] : [...c.id ?? []];
        const where = `${inner?.instancePath || "/"} ${inner?.message ?? ""}`.trim();
        const message = c.def !== void 0 ? `carried ${c.def} is invalid: ${where}` : `carried payload is not a valid ${expected.join(" or ")}: ${where}`;
        problem = { code: "E_NESTED", pointer, carry: n, message, params: { expected, inner } };
      }
      out.push({ pointer, carry: n, ok: false, problem });
      if (firstProblem) return out;
    }
  }
  return out;
}
function carriedError(p) {
  return {
    instancePath: p.pointer + (p.params.inner?.instancePath ?? ""),
    schemaPath: `#/x-lambda/carries/${p.carry}`,
    // The registry keyword that failed; params.code says how (E_DECODE or E_NESTED), as the CLI does.
    keyword: "carries",
    params: { code: p.code, payload: p.pointer, ...p.params },
    message: p.message
  };
}
function withCarried(outer2, carries, checks) {
  const check = (n, value) => {
    const alternatives = checks[n];
    for (const v of alternatives) if (v(value)) return null;
    return alternatives[0].errors?.[0];
  };
  const validate2 = ((data) => {
    if (!outer2(data)) {
      validate2.errors = outer2.errors;
      return false;
    }
    const failed = checkCarried(data, carries, check, true).find((p) => !p.ok);
    validate2.errors = failed ? [carriedError(failed.problem)] : null;
    return !failed;
  });
  validate2.errors = null;
  validate2.carried = { carries, check };
  return validate2;
}

// cloudformation.custom-resource-in-sns.entry.ts
var validate = withCarried(outer, [{ "at": "/Records/*/Sns/Message", "decode": ["json"], "def": "CloudFormationCustomResourceRequest" }], [[carried0]]);
withStandardSchema(validate, "cloudformation.custom-resource-in-sns");
export {
  validate as default,
  validate
};
