// Generated from schemas/ses/receipt.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:ses.receipt.strict.standalone.js
var ses_receipt_strict_standalone_default = validate21;
var pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate24.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
        return false;
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.value === void 0 && (missing0 = "value")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate26.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.value !== void 0) {
            const _errs3 = errors;
            if (typeof data.value !== "string") {
              validate26.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.messageId !== void 0) {
        const _errs1 = errors;
        if (typeof data.messageId !== "string") {
          validate28.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.date !== void 0) {
          const _errs3 = errors;
          if (typeof data.date !== "string") {
            validate28.errors = [{ instancePath: instancePath + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.to !== void 0) {
            let data2 = data.to;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (Array.isArray(data2)) {
                var valid1 = true;
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs7 = errors;
                  if (typeof data2[i0] !== "string") {
                    validate28.errors = [{ instancePath: instancePath + "/to/" + i0, schemaPath: "#/properties/to/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid1 = _errs7 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate28.errors = [{ instancePath: instancePath + "/to", schemaPath: "#/properties/to/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.cc !== void 0) {
              let data4 = data.cc;
              const _errs9 = errors;
              if (errors === _errs9) {
                if (Array.isArray(data4)) {
                  var valid2 = true;
                  const len1 = data4.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    const _errs11 = errors;
                    if (typeof data4[i1] !== "string") {
                      validate28.errors = [{ instancePath: instancePath + "/cc/" + i1, schemaPath: "#/properties/cc/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs11 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate28.errors = [{ instancePath: instancePath + "/cc", schemaPath: "#/properties/cc/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs9 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.bcc !== void 0) {
                let data6 = data.bcc;
                const _errs13 = errors;
                if (errors === _errs13) {
                  if (Array.isArray(data6)) {
                    var valid3 = true;
                    const len2 = data6.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      const _errs15 = errors;
                      if (typeof data6[i2] !== "string") {
                        validate28.errors = [{ instancePath: instancePath + "/bcc/" + i2, schemaPath: "#/properties/bcc/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs15 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate28.errors = [{ instancePath: instancePath + "/bcc", schemaPath: "#/properties/bcc/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs13 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.from !== void 0) {
                  let data8 = data.from;
                  const _errs17 = errors;
                  if (errors === _errs17) {
                    if (Array.isArray(data8)) {
                      var valid4 = true;
                      const len3 = data8.length;
                      for (let i3 = 0; i3 < len3; i3++) {
                        const _errs19 = errors;
                        if (typeof data8[i3] !== "string") {
                          validate28.errors = [{ instancePath: instancePath + "/from/" + i3, schemaPath: "#/properties/from/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid4 = _errs19 === errors;
                        if (!valid4) {
                          break;
                        }
                      }
                    } else {
                      validate28.errors = [{ instancePath: instancePath + "/from", schemaPath: "#/properties/from/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs17 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.sender !== void 0) {
                    let data10 = data.sender;
                    const _errs21 = errors;
                    if (errors === _errs21) {
                      if (Array.isArray(data10)) {
                        var valid5 = true;
                        const len4 = data10.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          const _errs23 = errors;
                          if (typeof data10[i4] !== "string") {
                            validate28.errors = [{ instancePath: instancePath + "/sender/" + i4, schemaPath: "#/properties/sender/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid5 = _errs23 === errors;
                          if (!valid5) {
                            break;
                          }
                        }
                      } else {
                        validate28.errors = [{ instancePath: instancePath + "/sender", schemaPath: "#/properties/sender/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs21 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.replyTo !== void 0) {
                      let data12 = data.replyTo;
                      const _errs25 = errors;
                      if (errors === _errs25) {
                        if (Array.isArray(data12)) {
                          var valid6 = true;
                          const len5 = data12.length;
                          for (let i5 = 0; i5 < len5; i5++) {
                            const _errs27 = errors;
                            if (typeof data12[i5] !== "string") {
                              validate28.errors = [{ instancePath: instancePath + "/replyTo/" + i5, schemaPath: "#/properties/replyTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid6 = _errs27 === errors;
                            if (!valid6) {
                              break;
                            }
                          }
                        } else {
                          validate28.errors = [{ instancePath: instancePath + "/replyTo", schemaPath: "#/properties/replyTo/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs25 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.returnPath !== void 0) {
                        const _errs29 = errors;
                        if (typeof data.returnPath !== "string") {
                          validate28.errors = [{ instancePath: instancePath + "/returnPath", schemaPath: "#/properties/returnPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs29 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.subject !== void 0) {
                          const _errs31 = errors;
                          if (typeof data.subject !== "string") {
                            validate28.errors = [{ instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs31 === errors;
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
    } else {
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.timestamp === void 0 && (missing0 = "timestamp") || data.source === void 0 && (missing0 = "source") || data.messageId === void 0 && (missing0 = "messageId") || data.destination === void 0 && (missing0 = "destination") || data.headersTruncated === void 0 && (missing0 = "headersTruncated") || data.headers === void 0 && (missing0 = "headers") || data.commonHeaders === void 0 && (missing0 = "commonHeaders")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.timestamp !== void 0) {
          const _errs1 = errors;
          if (!validate24(data.timestamp, { instancePath: instancePath + "/timestamp", parentData: data, parentDataProperty: "timestamp", rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.source !== void 0) {
            const _errs2 = errors;
            if (typeof data.source !== "string") {
              validate23.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.messageId !== void 0) {
              const _errs4 = errors;
              if (typeof data.messageId !== "string") {
                validate23.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.destination !== void 0) {
                let data3 = data.destination;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (Array.isArray(data3)) {
                    var valid1 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs8 = errors;
                      if (typeof data3[i0] !== "string") {
                        validate23.errors = [{ instancePath: instancePath + "/destination/" + i0, schemaPath: "#/properties/destination/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs8 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate23.errors = [{ instancePath: instancePath + "/destination", schemaPath: "#/properties/destination/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.headersTruncated !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.headersTruncated !== "boolean") {
                    validate23.errors = [{ instancePath: instancePath + "/headersTruncated", schemaPath: "#/properties/headersTruncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.headers !== void 0) {
                    let data6 = data.headers;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (Array.isArray(data6)) {
                        var valid2 = true;
                        const len1 = data6.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          const _errs14 = errors;
                          if (!validate26(data6[i1], { instancePath: instancePath + "/headers/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
                            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs14 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      } else {
                        validate23.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.commonHeaders !== void 0) {
                      const _errs15 = errors;
                      if (!validate28(data.commonHeaders, { instancePath: instancePath + "/commonHeaders", parentData: data, parentDataProperty: "commonHeaders", rootData })) {
                        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs15 === errors;
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.status === void 0 && (missing0 = "status")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.status !== void 0) {
          if (typeof data.status !== "string") {
            validate33.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
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
var schema14 = { "type": "object", "required": ["type", "functionArn", "invocationType"], "properties": { "type": { "const": "Lambda" }, "functionArn": { "$ref": "#/$defs/Arn" }, "invocationType": { "enum": ["Event", "RequestResponse"] } } };
var pattern1 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern1.test(data)) {
        validate40.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
        return false;
      }
    } else {
      validate40.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type") || data.functionArn === void 0 && (missing0 = "functionArn") || data.invocationType === void 0 && (missing0 = "invocationType")) {
        validate39.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs1 = errors;
          if ("Lambda" !== data.type) {
            validate39.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "Lambda" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.functionArn !== void 0) {
            const _errs2 = errors;
            if (!validate40(data.functionArn, { instancePath: instancePath + "/functionArn", parentData: data, parentDataProperty: "functionArn", rootData })) {
              vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.invocationType !== void 0) {
              let data2 = data.invocationType;
              const _errs3 = errors;
              if (!(data2 === "Event" || data2 === "RequestResponse")) {
                validate39.errors = [{ instancePath: instancePath + "/invocationType", schemaPath: "#/properties/invocationType/enum", keyword: "enum", params: { allowedValues: schema14.properties.invocationType.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.timestamp === void 0 && (missing0 = "timestamp") || data.processingTimeMillis === void 0 && (missing0 = "processingTimeMillis") || data.recipients === void 0 && (missing0 = "recipients") || data.spamVerdict === void 0 && (missing0 = "spamVerdict") || data.virusVerdict === void 0 && (missing0 = "virusVerdict") || data.spfVerdict === void 0 && (missing0 = "spfVerdict") || data.dkimVerdict === void 0 && (missing0 = "dkimVerdict") || data.action === void 0 && (missing0 = "action")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.timestamp !== void 0) {
          const _errs1 = errors;
          if (!validate24(data.timestamp, { instancePath: instancePath + "/timestamp", parentData: data, parentDataProperty: "timestamp", rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.processingTimeMillis !== void 0) {
            let data1 = data.processingTimeMillis;
            const _errs2 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate31.errors = [{ instancePath: instancePath + "/processingTimeMillis", schemaPath: "#/properties/processingTimeMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs2) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 < 0 || isNaN(data1)) {
                  validate31.errors = [{ instancePath: instancePath + "/processingTimeMillis", schemaPath: "#/properties/processingTimeMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.recipients !== void 0) {
              let data2 = data.recipients;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs6 = errors;
                    if (typeof data2[i0] !== "string") {
                      validate31.errors = [{ instancePath: instancePath + "/recipients/" + i0, schemaPath: "#/properties/recipients/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs6 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate31.errors = [{ instancePath: instancePath + "/recipients", schemaPath: "#/properties/recipients/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.spamVerdict !== void 0) {
                const _errs8 = errors;
                if (!validate33(data.spamVerdict, { instancePath: instancePath + "/spamVerdict", parentData: data, parentDataProperty: "spamVerdict", rootData })) {
                  vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.virusVerdict !== void 0) {
                  const _errs9 = errors;
                  if (!validate33(data.virusVerdict, { instancePath: instancePath + "/virusVerdict", parentData: data, parentDataProperty: "virusVerdict", rootData })) {
                    vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.spfVerdict !== void 0) {
                    const _errs10 = errors;
                    if (!validate33(data.spfVerdict, { instancePath: instancePath + "/spfVerdict", parentData: data, parentDataProperty: "spfVerdict", rootData })) {
                      vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.dkimVerdict !== void 0) {
                      const _errs11 = errors;
                      if (!validate33(data.dkimVerdict, { instancePath: instancePath + "/dkimVerdict", parentData: data, parentDataProperty: "dkimVerdict", rootData })) {
                        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.dmarcVerdict !== void 0) {
                        const _errs12 = errors;
                        if (!validate33(data.dmarcVerdict, { instancePath: instancePath + "/dmarcVerdict", parentData: data, parentDataProperty: "dmarcVerdict", rootData })) {
                          vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.dmarcPolicy !== void 0) {
                          const _errs13 = errors;
                          if (typeof data.dmarcPolicy !== "string") {
                            validate31.errors = [{ instancePath: instancePath + "/dmarcPolicy", schemaPath: "#/properties/dmarcPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs13 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.action !== void 0) {
                            const _errs15 = errors;
                            if (!validate39(data.action, { instancePath: instancePath + "/action", parentData: data, parentDataProperty: "action", rootData })) {
                              vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs15 === errors;
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
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.eventSource === void 0 && (missing0 = "eventSource") || data.eventVersion === void 0 && (missing0 = "eventVersion") || data.ses === void 0 && (missing0 = "ses")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventSource !== void 0) {
          const _errs1 = errors;
          if ("aws:ses" !== data.eventSource) {
            validate22.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:ses" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventVersion !== void 0) {
            const _errs2 = errors;
            if (typeof data.eventVersion !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.ses !== void 0) {
              let data2 = data.ses;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  let missing1;
                  if (data2.mail === void 0 && (missing1 = "mail") || data2.receipt === void 0 && (missing1 = "receipt")) {
                    validate22.errors = [{ instancePath: instancePath + "/ses", schemaPath: "#/properties/ses/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    if (data2.mail !== void 0) {
                      const _errs6 = errors;
                      if (!validate23(data2.mail, { instancePath: instancePath + "/ses/mail", parentData: data2, parentDataProperty: "mail", rootData })) {
                        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs6 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data2.receipt !== void 0) {
                        const _errs7 = errors;
                        if (!validate31(data2.receipt, { instancePath: instancePath + "/ses/receipt", parentData: data2, parentDataProperty: "receipt", rootData })) {
                          vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs7 === errors;
                      } else {
                        var valid1 = true;
                      }
                    }
                  }
                } else {
                  validate22.errors = [{ instancePath: instancePath + "/ses", schemaPath: "#/properties/ses/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
              if (data0.length < 1) {
                validate21.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                return false;
              } else {
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

// check:ses.receipt.strict.check.js
var p0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
function p1(s) {
  let i = 0;
  let c;
  c = s.charCodeAt(i);
  if (!(c === 97)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 114)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 110)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 58)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 97)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 119)) return false;
  i++;
  c = s.charCodeAt(i);
  if (!(c === 115)) return false;
  i++;
  {
    const start = i;
    while (i < s.length) {
      c = s.charCodeAt(i);
      if (!(c >= 97 && c <= 122 || c === 45)) break;
      i++;
    }
  }
  c = s.charCodeAt(i);
  if (!(c === 58)) return false;
  i++;
  return true;
}
function d_SesEventRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v3 = x.eventSource;
    if (v3 === void 0) return false;
    if (!(v3 === "aws:ses")) return false;
  }
  {
    const v4 = x.eventVersion;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.ses;
    if (v5 === void 0) return false;
    if (!(v5 !== null && typeof v5 === "object" && !Array.isArray(v5))) return false;
    {
      const v6 = v5.mail;
      if (v6 === void 0) return false;
      if (!d_SesMail(v6)) return false;
    }
    {
      const v42 = v5.receipt;
      if (v42 === void 0) return false;
      if (!d_SesReceipt(v42)) return false;
    }
  }
  return true;
}
function d_SesMail(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v7 = x.timestamp;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string" && p0.test(v7))) return false;
  }
  {
    const v8 = x.source;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.messageId;
    if (v9 === void 0) return false;
    if (!(typeof v9 === "string")) return false;
  }
  {
    const v10 = x.destination;
    if (v10 === void 0) return false;
    if (!Array.isArray(v10)) return false;
    for (let v12 = 0; v12 < v10.length; v12++) {
      const v11 = v10[v12];
      if (!(typeof v11 === "string")) return false;
    }
  }
  {
    const v13 = x.headersTruncated;
    if (v13 === void 0) return false;
    if (!(typeof v13 === "boolean")) return false;
  }
  {
    const v14 = x.headers;
    if (v14 === void 0) return false;
    if (!Array.isArray(v14)) return false;
    for (let v16 = 0; v16 < v14.length; v16++) {
      const v15 = v14[v16];
      if (!d_SesMailHeader(v15)) return false;
    }
  }
  {
    const v19 = x.commonHeaders;
    if (v19 === void 0) return false;
    if (!d_SesMailCommonHeaders(v19)) return false;
  }
  return true;
}
function d_SesMailHeader(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v17 = x.name;
    if (v17 === void 0) return false;
    if (!(typeof v17 === "string")) return false;
  }
  {
    const v18 = x.value;
    if (v18 === void 0) return false;
    if (!(typeof v18 === "string")) return false;
  }
  return true;
}
function d_SesMailCommonHeaders(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v20 = x.messageId;
    if (v20 !== void 0) {
      if (!(typeof v20 === "string")) return false;
    }
  }
  {
    const v21 = x.date;
    if (v21 !== void 0) {
      if (!(typeof v21 === "string")) return false;
    }
  }
  {
    const v22 = x.to;
    if (v22 !== void 0) {
      if (!Array.isArray(v22)) return false;
      for (let v24 = 0; v24 < v22.length; v24++) {
        const v23 = v22[v24];
        if (!(typeof v23 === "string")) return false;
      }
    }
  }
  {
    const v25 = x.cc;
    if (v25 !== void 0) {
      if (!Array.isArray(v25)) return false;
      for (let v27 = 0; v27 < v25.length; v27++) {
        const v26 = v25[v27];
        if (!(typeof v26 === "string")) return false;
      }
    }
  }
  {
    const v28 = x.bcc;
    if (v28 !== void 0) {
      if (!Array.isArray(v28)) return false;
      for (let v30 = 0; v30 < v28.length; v30++) {
        const v29 = v28[v30];
        if (!(typeof v29 === "string")) return false;
      }
    }
  }
  {
    const v31 = x.from;
    if (v31 !== void 0) {
      if (!Array.isArray(v31)) return false;
      for (let v33 = 0; v33 < v31.length; v33++) {
        const v32 = v31[v33];
        if (!(typeof v32 === "string")) return false;
      }
    }
  }
  {
    const v34 = x.sender;
    if (v34 !== void 0) {
      if (!Array.isArray(v34)) return false;
      for (let v36 = 0; v36 < v34.length; v36++) {
        const v35 = v34[v36];
        if (!(typeof v35 === "string")) return false;
      }
    }
  }
  {
    const v37 = x.replyTo;
    if (v37 !== void 0) {
      if (!Array.isArray(v37)) return false;
      for (let v39 = 0; v39 < v37.length; v39++) {
        const v38 = v37[v39];
        if (!(typeof v38 === "string")) return false;
      }
    }
  }
  {
    const v40 = x.returnPath;
    if (v40 !== void 0) {
      if (!(typeof v40 === "string")) return false;
    }
  }
  {
    const v41 = x.subject;
    if (v41 !== void 0) {
      if (!(typeof v41 === "string")) return false;
    }
  }
  return true;
}
function d_SesReceipt(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v43 = x.timestamp;
    if (v43 === void 0) return false;
    if (!(typeof v43 === "string" && p0.test(v43))) return false;
  }
  {
    const v44 = x.processingTimeMillis;
    if (v44 === void 0) return false;
    if (!(typeof v44 === "number" && !(v44 % 1) && !isNaN(v44) && isFinite(v44))) return false;
    if (!(v44 >= 0)) return false;
  }
  {
    const v45 = x.recipients;
    if (v45 === void 0) return false;
    if (!Array.isArray(v45)) return false;
    for (let v47 = 0; v47 < v45.length; v47++) {
      const v46 = v45[v47];
      if (!(typeof v46 === "string")) return false;
    }
  }
  {
    const v48 = x.spamVerdict;
    if (v48 === void 0) return false;
    if (!d_SesReceiptVerdict(v48)) return false;
  }
  {
    const v50 = x.virusVerdict;
    if (v50 === void 0) return false;
    if (!d_SesReceiptVerdict(v50)) return false;
  }
  {
    const v51 = x.spfVerdict;
    if (v51 === void 0) return false;
    if (!d_SesReceiptVerdict(v51)) return false;
  }
  {
    const v52 = x.dkimVerdict;
    if (v52 === void 0) return false;
    if (!d_SesReceiptVerdict(v52)) return false;
  }
  {
    const v53 = x.dmarcVerdict;
    if (v53 !== void 0) {
      if (!d_SesReceiptVerdict(v53)) return false;
    }
  }
  {
    const v54 = x.dmarcPolicy;
    if (v54 !== void 0) {
      if (!(typeof v54 === "string")) return false;
    }
  }
  {
    const v55 = x.action;
    if (v55 === void 0) return false;
    if (!d_SesReceiptLambdaAction(v55)) return false;
  }
  return true;
}
function d_SesReceiptVerdict(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v49 = x.status;
    if (v49 === void 0) return false;
    if (!(typeof v49 === "string")) return false;
  }
  return true;
}
function d_SesReceiptLambdaAction(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v56 = x.type;
    if (v56 === void 0) return false;
    if (!(v56 === "Lambda")) return false;
  }
  {
    const v57 = x.functionArn;
    if (v57 === void 0) return false;
    if (!(typeof v57 === "string" && p1(v57))) return false;
  }
  {
    const v58 = x.invocationType;
    if (v58 === void 0) return false;
    if (!(v58 === "Event" || v58 === "RequestResponse")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.Records;
    if (v0 === void 0) return false;
    if (!Array.isArray(v0)) return false;
    if (!(v0.length >= 1)) return false;
    for (let v2 = 0; v2 < v0.length; v2++) {
      const v1 = v0[v2];
      if (!d_SesEventRecord(v1)) return false;
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

// ses.receipt.strict.entry.ts
var validate = withStandardSchema(checked(check, ses_receipt_strict_standalone_default), "ses.receipt");
export {
  validate as default,
  validate
};
