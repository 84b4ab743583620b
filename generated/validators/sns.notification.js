// Generated from schemas/sns/notification.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:sns.notification.standalone.js
var sns_notification_standalone_default = validate20;
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

// sns.notification.entry.ts
withStandardSchema(sns_notification_standalone_default, "sns.notification");
export {
  sns_notification_standalone_default as default,
  sns_notification_standalone_default as validate
};
