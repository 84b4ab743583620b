// Generated from schemas/cloudformation/custom-resource-in-sns.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudformation.custom-resource-in-sns.standalone.js
var outer = validate21;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var schema9 = { "type": "object", "required": ["Type", "MessageId", "TopicArn", "Message", "Timestamp", "SignatureVersion", "Signature", "SigningCertUrl", "UnsubscribeUrl", "MessageAttributes"], "properties": { "Type": { "const": "Notification" }, "MessageId": { "type": "string" }, "TopicArn": { "$ref": "#/$defs/Arn" }, "Subject": { "type": ["string", "null"] }, "Message": { "type": "string" }, "Timestamp": { "$ref": "#/$defs/IsoTimestamp" }, "SignatureVersion": { "type": "string" }, "Signature": { "type": "string" }, "SigningCertUrl": { "type": "string" }, "UnsubscribeUrl": { "type": "string" }, "MessageAttributes": { "type": "object", "additionalProperties": { "$ref": "#/$defs/SnsMessageAttribute" } } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Type === void 0 && (missing0 = "Type") || data.Value === void 0 && (missing0 = "Value")) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Type !== void 0) {
          const _errs1 = errors;
          if (typeof data.Type !== "string") {
            validate29.errors = [{ instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Value !== void 0) {
            const _errs3 = errors;
            if (typeof data.Value !== "string") {
              validate29.errors = [{ instancePath: instancePath + "/Value", schemaPath: "#/properties/Value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Type === void 0 && (missing0 = "Type") || data.MessageId === void 0 && (missing0 = "MessageId") || data.TopicArn === void 0 && (missing0 = "TopicArn") || data.Message === void 0 && (missing0 = "Message") || data.Timestamp === void 0 && (missing0 = "Timestamp") || data.SignatureVersion === void 0 && (missing0 = "SignatureVersion") || data.Signature === void 0 && (missing0 = "Signature") || data.SigningCertUrl === void 0 && (missing0 = "SigningCertUrl") || data.UnsubscribeUrl === void 0 && (missing0 = "UnsubscribeUrl") || data.MessageAttributes === void 0 && (missing0 = "MessageAttributes")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Type !== void 0) {
          const _errs1 = errors;
          if ("Notification" !== data.Type) {
            validate25.errors = [{ instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/const", keyword: "const", params: { allowedValue: "Notification" }, message: "must be equal to constant" }];
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
              validate25.errors = [{ instancePath: instancePath + "/MessageId", schemaPath: "#/properties/MessageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.TopicArn !== void 0) {
              const _errs4 = errors;
              if (!validate23(data.TopicArn, { instancePath: instancePath + "/TopicArn", parentData: data, parentDataProperty: "TopicArn", rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.Subject !== void 0) {
                let data3 = data.Subject;
                const _errs5 = errors;
                if (typeof data3 !== "string" && data3 !== null) {
                  validate25.errors = [{ instancePath: instancePath + "/Subject", schemaPath: "#/properties/Subject/type", keyword: "type", params: { type: schema9.properties.Subject.type }, message: "must be string,null" }];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.Message !== void 0) {
                  const _errs7 = errors;
                  if (typeof data.Message !== "string") {
                    validate25.errors = [{ instancePath: instancePath + "/Message", schemaPath: "#/properties/Message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.Timestamp !== void 0) {
                    const _errs9 = errors;
                    if (!validate27(data.Timestamp, { instancePath: instancePath + "/Timestamp", parentData: data, parentDataProperty: "Timestamp", rootData })) {
                      vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.SignatureVersion !== void 0) {
                      const _errs10 = errors;
                      if (typeof data.SignatureVersion !== "string") {
                        validate25.errors = [{ instancePath: instancePath + "/SignatureVersion", schemaPath: "#/properties/SignatureVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.Signature !== void 0) {
                        const _errs12 = errors;
                        if (typeof data.Signature !== "string") {
                          validate25.errors = [{ instancePath: instancePath + "/Signature", schemaPath: "#/properties/Signature/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.SigningCertUrl !== void 0) {
                          const _errs14 = errors;
                          if (typeof data.SigningCertUrl !== "string") {
                            validate25.errors = [{ instancePath: instancePath + "/SigningCertUrl", schemaPath: "#/properties/SigningCertUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.UnsubscribeUrl !== void 0) {
                            const _errs16 = errors;
                            if (typeof data.UnsubscribeUrl !== "string") {
                              validate25.errors = [{ instancePath: instancePath + "/UnsubscribeUrl", schemaPath: "#/properties/UnsubscribeUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs16 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.MessageAttributes !== void 0) {
                              let data10 = data.MessageAttributes;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                  for (const key0 in data10) {
                                    const _errs21 = errors;
                                    if (!validate29(data10[key0], { instancePath: instancePath + "/MessageAttributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data10, parentDataProperty: key0, rootData })) {
                                      vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid1 = _errs21 === errors;
                                    if (!valid1) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate25.errors = [{ instancePath: instancePath + "/MessageAttributes", schemaPath: "#/properties/MessageAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
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
      }
    } else {
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.EventVersion === void 0 && (missing0 = "EventVersion") || data.EventSubscriptionArn === void 0 && (missing0 = "EventSubscriptionArn") || data.EventSource === void 0 && (missing0 = "EventSource") || data.Sns === void 0 && (missing0 = "Sns")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.EventVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.EventVersion !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/EventVersion", schemaPath: "#/properties/EventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.EventSubscriptionArn !== void 0) {
            const _errs3 = errors;
            if (!validate23(data.EventSubscriptionArn, { instancePath: instancePath + "/EventSubscriptionArn", parentData: data, parentDataProperty: "EventSubscriptionArn", rootData })) {
              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.EventSource !== void 0) {
              const _errs4 = errors;
              if ("aws:sns" !== data.EventSource) {
                validate22.errors = [{ instancePath: instancePath + "/EventSource", schemaPath: "#/properties/EventSource/const", keyword: "const", params: { allowedValue: "aws:sns" }, message: "must be equal to constant" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.Sns !== void 0) {
                const _errs5 = errors;
                if (!validate25(data.Sns, { instancePath: instancePath + "/Sns", parentData: data, parentDataProperty: "Sns", rootData })) {
                  vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Records === void 0 && (missing0 = "Records")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
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
                if (!validate22(data0[i0], { instancePath: instancePath + "/Records/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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
var carried0 = validate33;
var schema15 = { "type": "object", "required": ["RequestType", "StackId", "RequestId", "ResourceType", "LogicalResourceId"], "properties": { "RequestType": { "enum": ["Create", "Update", "Delete"] }, "ServiceToken": { "type": "string" }, "ResponseURL": { "$ref": "#/$defs/CloudFormationCustomResourceResponseUrl" }, "StackId": { "$ref": "#/$defs/Arn" }, "RequestId": { "type": "string" }, "ResourceType": { "type": "string" }, "LogicalResourceId": { "type": "string" }, "ResourceProperties": { "$ref": "#/$defs/CloudFormationCustomResourceProperties" } } };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.ServiceToken !== void 0) {
        if (typeof data.ServiceToken !== "string") {
          validate40.errors = [{ instancePath: instancePath + "/ServiceToken", schemaPath: "#/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
      }
    } else {
      validate40.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.RequestType === void 0 && (missing0 = "RequestType") || data.StackId === void 0 && (missing0 = "StackId") || data.RequestId === void 0 && (missing0 = "RequestId") || data.ResourceType === void 0 && (missing0 = "ResourceType") || data.LogicalResourceId === void 0 && (missing0 = "LogicalResourceId")) {
        validate36.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          let data0 = data.RequestType;
          const _errs1 = errors;
          if (!(data0 === "Create" || data0 === "Update" || data0 === "Delete")) {
            validate36.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/enum", keyword: "enum", params: { allowedValues: schema15.properties.RequestType.enum }, message: "must be equal to one of the allowed values" }];
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
              validate36.errors = [{ instancePath: instancePath + "/ServiceToken", schemaPath: "#/properties/ServiceToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.ResponseURL !== void 0) {
              const _errs4 = errors;
              if (!validate37(data.ResponseURL, { instancePath: instancePath + "/ResponseURL", parentData: data, parentDataProperty: "ResponseURL", rootData })) {
                vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.StackId !== void 0) {
                const _errs5 = errors;
                if (!validate23(data.StackId, { instancePath: instancePath + "/StackId", parentData: data, parentDataProperty: "StackId", rootData })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.RequestId !== void 0) {
                  const _errs6 = errors;
                  if (typeof data.RequestId !== "string") {
                    validate36.errors = [{ instancePath: instancePath + "/RequestId", schemaPath: "#/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.ResourceType !== void 0) {
                    const _errs8 = errors;
                    if (typeof data.ResourceType !== "string") {
                      validate36.errors = [{ instancePath: instancePath + "/ResourceType", schemaPath: "#/properties/ResourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.LogicalResourceId !== void 0) {
                      const _errs10 = errors;
                      if (typeof data.LogicalResourceId !== "string") {
                        validate36.errors = [{ instancePath: instancePath + "/LogicalResourceId", schemaPath: "#/properties/LogicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.ResourceProperties !== void 0) {
                        const _errs12 = errors;
                        if (!validate40(data.ResourceProperties, { instancePath: instancePath + "/ResourceProperties", parentData: data, parentDataProperty: "ResourceProperties", rootData })) {
                          vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                          errors = vErrors.length;
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
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate36(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.ResponseURL === void 0 && (missing0 = "ResponseURL")) {
          validate35.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.ResponseURL !== void 0) {
            if (!validate37(data.ResponseURL, { instancePath: instancePath + "/ResponseURL", parentData: data, parentDataProperty: "ResponseURL", rootData })) {
              vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        validate35.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.RequestType === void 0 && (missing0 = "RequestType")) {
        validate45.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          if ("Create" !== data.RequestType) {
            validate45.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Create" }, message: "must be equal to constant" }];
            return false;
          }
        }
      }
    } else {
      validate45.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate45.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate35(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (!validate45(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
      errors = vErrors.length;
    }
    var valid0 = _errs1 === errors;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.RequestType === void 0 && (missing0 = "RequestType") || data.PhysicalResourceId === void 0 && (missing0 = "PhysicalResourceId") || data.OldResourceProperties === void 0 && (missing0 = "OldResourceProperties")) {
        validate50.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          const _errs1 = errors;
          if ("Update" !== data.RequestType) {
            validate50.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Update" }, message: "must be equal to constant" }];
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
              validate50.errors = [{ instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.OldResourceProperties !== void 0) {
              const _errs4 = errors;
              if (!validate40(data.OldResourceProperties, { instancePath: instancePath + "/OldResourceProperties", parentData: data, parentDataProperty: "OldResourceProperties", rootData })) {
                vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate50.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate50.errors = vErrors;
  return errors === 0;
}
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate35(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (!validate50(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
      errors = vErrors.length;
    }
    var valid0 = _errs1 === errors;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.RequestType === void 0 && (missing0 = "RequestType") || data.PhysicalResourceId === void 0 && (missing0 = "PhysicalResourceId")) {
        validate56.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.RequestType !== void 0) {
          const _errs1 = errors;
          if ("Delete" !== data.RequestType) {
            validate56.errors = [{ instancePath: instancePath + "/RequestType", schemaPath: "#/properties/RequestType/const", keyword: "const", params: { allowedValue: "Delete" }, message: "must be equal to constant" }];
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
              validate56.errors = [{ instancePath: instancePath + "/PhysicalResourceId", schemaPath: "#/properties/PhysicalResourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate56.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate56.errors = vErrors;
  return errors === 0;
}
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate35(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
      errors = vErrors.length;
    }
    var valid0 = _errs1 === errors;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate34(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (!validate48(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
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
    }
    const _errs3 = errors;
    if (!validate54(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
    validate33.errors = vErrors;
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
  validate33.errors = vErrors;
  return errors === 0;
}

// check:cloudformation.custom-resource-in-sns.check.js
function d_SnsEventRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v3 = x.EventVersion;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.EventSubscriptionArn;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.EventSource;
    if (v5 === void 0) return false;
    if (!(v5 === "aws:sns")) return false;
  }
  {
    const v6 = x.Sns;
    if (v6 === void 0) return false;
    if (!d_SnsMessage(v6)) return false;
  }
  return true;
}
function d_SnsMessage(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v7 = x.Type;
    if (v7 === void 0) return false;
    if (!(v7 === "Notification")) return false;
  }
  {
    const v8 = x.MessageId;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.TopicArn;
    if (v9 === void 0) return false;
    if (!(typeof v9 === "string")) return false;
  }
  {
    const v10 = x.Subject;
    if (v10 !== void 0) {
      if (!(typeof v10 === "string" || v10 === null)) return false;
    }
  }
  {
    const v11 = x.Message;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  {
    const v12 = x.Timestamp;
    if (v12 === void 0) return false;
    if (!(typeof v12 === "string")) return false;
  }
  {
    const v13 = x.SignatureVersion;
    if (v13 === void 0) return false;
    if (!(typeof v13 === "string")) return false;
  }
  {
    const v14 = x.Signature;
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string")) return false;
  }
  {
    const v15 = x.SigningCertUrl;
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string")) return false;
  }
  {
    const v16 = x.UnsubscribeUrl;
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x.MessageAttributes;
    if (v17 === void 0) return false;
    if (!(v17 !== null && typeof v17 === "object" && !Array.isArray(v17))) return false;
    for (const v18 in v17) {
      const v19 = v17[v18];
      if (!d_SnsMessageAttribute(v19)) return false;
    }
  }
  return true;
}
function d_SnsMessageAttribute(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v20 = x.Type;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  {
    const v21 = x.Value;
    if (v21 === void 0) return false;
    if (!(typeof v21 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.Records;
    if (v0 === void 0) return false;
    if (!Array.isArray(v0)) return false;
    for (let v2 = 0; v2 < v0.length; v2++) {
      const v1 = v0[v2];
      if (!d_SnsEventRecord(v1)) return false;
    }
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
function checkCarried(root, carries, check2, firstProblem = false) {
  const out = [];
  for (let n = 0; n < carries.length; n++) {
    const c = carries[n];
    for (const { pointer, value } of valuesAt(root, c.at)) {
      const decoded = decodeValue(value, c.decode);
      let problem;
      if (decoded.error !== void 0) {
        problem = { code: "E_DECODE", pointer, carry: n, message: `carried payload ${decoded.error} (${c.decode.join(" \u2192 ")})`, params: { steps: c.decode } };
      } else {
        const inner = check2(n, decoded.value);
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
function carriedProblems(root, carries, check2, firstOnly = false) {
  return checkCarried(root, carries, check2, firstOnly).flatMap((p) => p.ok ? [] : [p.problem]);
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
function withCarried(outer2, carries, checks, every = false) {
  const check2 = (n, value) => {
    const alternatives = checks[n];
    for (const v of alternatives) if (v(value)) return null;
    return alternatives[0].errors?.[0];
  };
  const validate2 = ((data) => {
    if (!outer2(data)) {
      validate2.errors = outer2.errors;
      return false;
    }
    const failed = carriedProblems(data, carries, check2, !every);
    validate2.errors = failed.length > 0 ? failed.map(carriedError) : null;
    return failed.length === 0;
  });
  validate2.errors = null;
  validate2.carried = { carries, check: check2 };
  return validate2;
}

// cloudformation.custom-resource-in-sns.entry.ts
var validate = withCarried(checked(check, outer), [{ "at": "/Records/*/Sns/Message", "decode": ["json"], "def": "CloudFormationCustomResourceRequest" }], [[carried0]]);
withStandardSchema(validate, "cloudformation.custom-resource-in-sns");
export {
  validate as default,
  validate
};
