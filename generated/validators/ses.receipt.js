// Generated from schemas/ses/receipt.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:ses.receipt.standalone.js
var ses_receipt_standalone_default = validate20;
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
      if (data.timestamp === void 0 && (missing0 = "timestamp") || data.source === void 0 && (missing0 = "source") || data.messageId === void 0 && (missing0 = "messageId") || data.destination === void 0 && (missing0 = "destination") || data.headersTruncated === void 0 && (missing0 = "headersTruncated") || data.headers === void 0 && (missing0 = "headers") || data.commonHeaders === void 0 && (missing0 = "commonHeaders")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.timestamp !== void 0) {
          const _errs1 = errors;
          if (typeof data.timestamp !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.source !== void 0) {
            const _errs4 = errors;
            if (typeof data.source !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.messageId !== void 0) {
              const _errs6 = errors;
              if (typeof data.messageId !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/messageId", schemaPath: "#/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.destination !== void 0) {
                let data3 = data.destination;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (Array.isArray(data3)) {
                    var valid2 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs10 = errors;
                      if (typeof data3[i0] !== "string") {
                        validate22.errors = [{ instancePath: instancePath + "/destination/" + i0, schemaPath: "#/properties/destination/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs10 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/destination", schemaPath: "#/properties/destination/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.headersTruncated !== void 0) {
                  const _errs12 = errors;
                  if (typeof data.headersTruncated !== "boolean") {
                    validate22.errors = [{ instancePath: instancePath + "/headersTruncated", schemaPath: "#/properties/headersTruncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.headers !== void 0) {
                    let data6 = data.headers;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (Array.isArray(data6)) {
                        var valid3 = true;
                        const len1 = data6.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data7 = data6[i1];
                          const _errs16 = errors;
                          const _errs17 = errors;
                          if (errors === _errs17) {
                            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                              let missing1;
                              if (data7.name === void 0 && (missing1 = "name") || data7.value === void 0 && (missing1 = "value")) {
                                validate22.errors = [{ instancePath: instancePath + "/headers/" + i1, schemaPath: "#/$defs/SesMailHeader/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                return false;
                              } else {
                                if (data7.name !== void 0) {
                                  const _errs19 = errors;
                                  if (typeof data7.name !== "string") {
                                    validate22.errors = [{ instancePath: instancePath + "/headers/" + i1 + "/name", schemaPath: "#/$defs/SesMailHeader/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid5 = _errs19 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data7.value !== void 0) {
                                    const _errs21 = errors;
                                    if (typeof data7.value !== "string") {
                                      validate22.errors = [{ instancePath: instancePath + "/headers/" + i1 + "/value", schemaPath: "#/$defs/SesMailHeader/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid5 = _errs21 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                }
                              }
                            } else {
                              validate22.errors = [{ instancePath: instancePath + "/headers/" + i1, schemaPath: "#/$defs/SesMailHeader/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid3 = _errs16 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      } else {
                        validate22.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.commonHeaders !== void 0) {
                      let data10 = data.commonHeaders;
                      const _errs23 = errors;
                      const _errs24 = errors;
                      if (errors === _errs24) {
                        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                          if (data10.messageId !== void 0) {
                            const _errs26 = errors;
                            if (typeof data10.messageId !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/commonHeaders/messageId", schemaPath: "#/$defs/SesMailCommonHeaders/properties/messageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid7 = _errs26 === errors;
                          } else {
                            var valid7 = true;
                          }
                          if (valid7) {
                            if (data10.date !== void 0) {
                              const _errs28 = errors;
                              if (typeof data10.date !== "string") {
                                validate22.errors = [{ instancePath: instancePath + "/commonHeaders/date", schemaPath: "#/$defs/SesMailCommonHeaders/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid7 = _errs28 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data10.to !== void 0) {
                                let data13 = data10.to;
                                const _errs30 = errors;
                                if (errors === _errs30) {
                                  if (Array.isArray(data13)) {
                                    var valid8 = true;
                                    const len2 = data13.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                      const _errs32 = errors;
                                      if (typeof data13[i2] !== "string") {
                                        validate22.errors = [{ instancePath: instancePath + "/commonHeaders/to/" + i2, schemaPath: "#/$defs/SesMailCommonHeaders/properties/to/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid8 = _errs32 === errors;
                                      if (!valid8) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate22.errors = [{ instancePath: instancePath + "/commonHeaders/to", schemaPath: "#/$defs/SesMailCommonHeaders/properties/to/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid7 = _errs30 === errors;
                              } else {
                                var valid7 = true;
                              }
                              if (valid7) {
                                if (data10.cc !== void 0) {
                                  let data15 = data10.cc;
                                  const _errs34 = errors;
                                  if (errors === _errs34) {
                                    if (Array.isArray(data15)) {
                                      var valid9 = true;
                                      const len3 = data15.length;
                                      for (let i3 = 0; i3 < len3; i3++) {
                                        const _errs36 = errors;
                                        if (typeof data15[i3] !== "string") {
                                          validate22.errors = [{ instancePath: instancePath + "/commonHeaders/cc/" + i3, schemaPath: "#/$defs/SesMailCommonHeaders/properties/cc/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid9 = _errs36 === errors;
                                        if (!valid9) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate22.errors = [{ instancePath: instancePath + "/commonHeaders/cc", schemaPath: "#/$defs/SesMailCommonHeaders/properties/cc/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid7 = _errs34 === errors;
                                } else {
                                  var valid7 = true;
                                }
                                if (valid7) {
                                  if (data10.bcc !== void 0) {
                                    let data17 = data10.bcc;
                                    const _errs38 = errors;
                                    if (errors === _errs38) {
                                      if (Array.isArray(data17)) {
                                        var valid10 = true;
                                        const len4 = data17.length;
                                        for (let i4 = 0; i4 < len4; i4++) {
                                          const _errs40 = errors;
                                          if (typeof data17[i4] !== "string") {
                                            validate22.errors = [{ instancePath: instancePath + "/commonHeaders/bcc/" + i4, schemaPath: "#/$defs/SesMailCommonHeaders/properties/bcc/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid10 = _errs40 === errors;
                                          if (!valid10) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate22.errors = [{ instancePath: instancePath + "/commonHeaders/bcc", schemaPath: "#/$defs/SesMailCommonHeaders/properties/bcc/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid7 = _errs38 === errors;
                                  } else {
                                    var valid7 = true;
                                  }
                                  if (valid7) {
                                    if (data10.from !== void 0) {
                                      let data19 = data10.from;
                                      const _errs42 = errors;
                                      if (errors === _errs42) {
                                        if (Array.isArray(data19)) {
                                          var valid11 = true;
                                          const len5 = data19.length;
                                          for (let i5 = 0; i5 < len5; i5++) {
                                            const _errs44 = errors;
                                            if (typeof data19[i5] !== "string") {
                                              validate22.errors = [{ instancePath: instancePath + "/commonHeaders/from/" + i5, schemaPath: "#/$defs/SesMailCommonHeaders/properties/from/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid11 = _errs44 === errors;
                                            if (!valid11) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate22.errors = [{ instancePath: instancePath + "/commonHeaders/from", schemaPath: "#/$defs/SesMailCommonHeaders/properties/from/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid7 = _errs42 === errors;
                                    } else {
                                      var valid7 = true;
                                    }
                                    if (valid7) {
                                      if (data10.sender !== void 0) {
                                        let data21 = data10.sender;
                                        const _errs46 = errors;
                                        if (errors === _errs46) {
                                          if (Array.isArray(data21)) {
                                            var valid12 = true;
                                            const len6 = data21.length;
                                            for (let i6 = 0; i6 < len6; i6++) {
                                              const _errs48 = errors;
                                              if (typeof data21[i6] !== "string") {
                                                validate22.errors = [{ instancePath: instancePath + "/commonHeaders/sender/" + i6, schemaPath: "#/$defs/SesMailCommonHeaders/properties/sender/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid12 = _errs48 === errors;
                                              if (!valid12) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate22.errors = [{ instancePath: instancePath + "/commonHeaders/sender", schemaPath: "#/$defs/SesMailCommonHeaders/properties/sender/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid7 = _errs46 === errors;
                                      } else {
                                        var valid7 = true;
                                      }
                                      if (valid7) {
                                        if (data10.replyTo !== void 0) {
                                          let data23 = data10.replyTo;
                                          const _errs50 = errors;
                                          if (errors === _errs50) {
                                            if (Array.isArray(data23)) {
                                              var valid13 = true;
                                              const len7 = data23.length;
                                              for (let i7 = 0; i7 < len7; i7++) {
                                                const _errs52 = errors;
                                                if (typeof data23[i7] !== "string") {
                                                  validate22.errors = [{ instancePath: instancePath + "/commonHeaders/replyTo/" + i7, schemaPath: "#/$defs/SesMailCommonHeaders/properties/replyTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid13 = _errs52 === errors;
                                                if (!valid13) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate22.errors = [{ instancePath: instancePath + "/commonHeaders/replyTo", schemaPath: "#/$defs/SesMailCommonHeaders/properties/replyTo/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid7 = _errs50 === errors;
                                        } else {
                                          var valid7 = true;
                                        }
                                        if (valid7) {
                                          if (data10.returnPath !== void 0) {
                                            const _errs54 = errors;
                                            if (typeof data10.returnPath !== "string") {
                                              validate22.errors = [{ instancePath: instancePath + "/commonHeaders/returnPath", schemaPath: "#/$defs/SesMailCommonHeaders/properties/returnPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid7 = _errs54 === errors;
                                          } else {
                                            var valid7 = true;
                                          }
                                          if (valid7) {
                                            if (data10.subject !== void 0) {
                                              const _errs56 = errors;
                                              if (typeof data10.subject !== "string") {
                                                validate22.errors = [{ instancePath: instancePath + "/commonHeaders/subject", schemaPath: "#/$defs/SesMailCommonHeaders/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid7 = _errs56 === errors;
                                            } else {
                                              var valid7 = true;
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
                          validate22.errors = [{ instancePath: instancePath + "/commonHeaders", schemaPath: "#/$defs/SesMailCommonHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs23 === errors;
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
validate22.evaluated = { "props": { "timestamp": true, "source": true, "messageId": true, "destination": true, "headersTruncated": true, "headers": true, "commonHeaders": true }, "dynamicProps": false, "dynamicItems": false };
var schema44 = { "type": "object", "required": ["type", "functionArn", "invocationType"], "properties": { "type": { "const": "Lambda" }, "functionArn": { "$ref": "#/$defs/Arn" }, "invocationType": { "enum": ["Event", "RequestResponse"] } } };
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
      if (data.type === void 0 && (missing0 = "type") || data.functionArn === void 0 && (missing0 = "functionArn") || data.invocationType === void 0 && (missing0 = "invocationType")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs1 = errors;
          if ("Lambda" !== data.type) {
            validate25.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "Lambda" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.functionArn !== void 0) {
            const _errs2 = errors;
            if (typeof data.functionArn !== "string") {
              validate25.errors = [{ instancePath: instancePath + "/functionArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.invocationType !== void 0) {
              let data2 = data.invocationType;
              const _errs5 = errors;
              if (!(data2 === "Event" || data2 === "RequestResponse")) {
                validate25.errors = [{ instancePath: instancePath + "/invocationType", schemaPath: "#/properties/invocationType/enum", keyword: "enum", params: { allowedValues: schema44.properties.invocationType.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
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
validate25.evaluated = { "props": { "type": true, "functionArn": true, "invocationType": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.timestamp === void 0 && (missing0 = "timestamp") || data.processingTimeMillis === void 0 && (missing0 = "processingTimeMillis") || data.recipients === void 0 && (missing0 = "recipients") || data.spamVerdict === void 0 && (missing0 = "spamVerdict") || data.virusVerdict === void 0 && (missing0 = "virusVerdict") || data.spfVerdict === void 0 && (missing0 = "spfVerdict") || data.dkimVerdict === void 0 && (missing0 = "dkimVerdict") || data.action === void 0 && (missing0 = "action")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.timestamp !== void 0) {
          const _errs1 = errors;
          if (typeof data.timestamp !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.processingTimeMillis !== void 0) {
            let data1 = data.processingTimeMillis;
            const _errs4 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate24.errors = [{ instancePath: instancePath + "/processingTimeMillis", schemaPath: "#/properties/processingTimeMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.recipients !== void 0) {
              let data2 = data.recipients;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (Array.isArray(data2)) {
                  var valid2 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs8 = errors;
                    if (typeof data2[i0] !== "string") {
                      validate24.errors = [{ instancePath: instancePath + "/recipients/" + i0, schemaPath: "#/properties/recipients/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs8 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate24.errors = [{ instancePath: instancePath + "/recipients", schemaPath: "#/properties/recipients/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.spamVerdict !== void 0) {
                let data4 = data.spamVerdict;
                const _errs10 = errors;
                const _errs11 = errors;
                if (errors === _errs11) {
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    let missing1;
                    if (data4.status === void 0 && (missing1 = "status")) {
                      validate24.errors = [{ instancePath: instancePath + "/spamVerdict", schemaPath: "#/$defs/SesReceiptVerdict/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data4.status !== void 0) {
                        if (typeof data4.status !== "string") {
                          validate24.errors = [{ instancePath: instancePath + "/spamVerdict/status", schemaPath: "#/$defs/SesReceiptVerdict/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                    }
                  } else {
                    validate24.errors = [{ instancePath: instancePath + "/spamVerdict", schemaPath: "#/$defs/SesReceiptVerdict/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.virusVerdict !== void 0) {
                  let data6 = data.virusVerdict;
                  const _errs15 = errors;
                  const _errs16 = errors;
                  if (errors === _errs16) {
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                      let missing2;
                      if (data6.status === void 0 && (missing2 = "status")) {
                        validate24.errors = [{ instancePath: instancePath + "/virusVerdict", schemaPath: "#/$defs/SesReceiptVerdict/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        if (data6.status !== void 0) {
                          if (typeof data6.status !== "string") {
                            validate24.errors = [{ instancePath: instancePath + "/virusVerdict/status", schemaPath: "#/$defs/SesReceiptVerdict/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                      }
                    } else {
                      validate24.errors = [{ instancePath: instancePath + "/virusVerdict", schemaPath: "#/$defs/SesReceiptVerdict/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs15 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.spfVerdict !== void 0) {
                    let data8 = data.spfVerdict;
                    const _errs20 = errors;
                    const _errs21 = errors;
                    if (errors === _errs21) {
                      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        let missing3;
                        if (data8.status === void 0 && (missing3 = "status")) {
                          validate24.errors = [{ instancePath: instancePath + "/spfVerdict", schemaPath: "#/$defs/SesReceiptVerdict/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                          return false;
                        } else {
                          if (data8.status !== void 0) {
                            if (typeof data8.status !== "string") {
                              validate24.errors = [{ instancePath: instancePath + "/spfVerdict/status", schemaPath: "#/$defs/SesReceiptVerdict/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate24.errors = [{ instancePath: instancePath + "/spfVerdict", schemaPath: "#/$defs/SesReceiptVerdict/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs20 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.dkimVerdict !== void 0) {
                      let data10 = data.dkimVerdict;
                      const _errs25 = errors;
                      const _errs26 = errors;
                      if (errors === _errs26) {
                        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                          let missing4;
                          if (data10.status === void 0 && (missing4 = "status")) {
                            validate24.errors = [{ instancePath: instancePath + "/dkimVerdict", schemaPath: "#/$defs/SesReceiptVerdict/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                            return false;
                          } else {
                            if (data10.status !== void 0) {
                              if (typeof data10.status !== "string") {
                                validate24.errors = [{ instancePath: instancePath + "/dkimVerdict/status", schemaPath: "#/$defs/SesReceiptVerdict/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          }
                        } else {
                          validate24.errors = [{ instancePath: instancePath + "/dkimVerdict", schemaPath: "#/$defs/SesReceiptVerdict/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs25 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.dmarcVerdict !== void 0) {
                        let data12 = data.dmarcVerdict;
                        const _errs30 = errors;
                        const _errs31 = errors;
                        if (errors === _errs31) {
                          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                            let missing5;
                            if (data12.status === void 0 && (missing5 = "status")) {
                              validate24.errors = [{ instancePath: instancePath + "/dmarcVerdict", schemaPath: "#/$defs/SesReceiptVerdict/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                              return false;
                            } else {
                              if (data12.status !== void 0) {
                                if (typeof data12.status !== "string") {
                                  validate24.errors = [{ instancePath: instancePath + "/dmarcVerdict/status", schemaPath: "#/$defs/SesReceiptVerdict/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                            }
                          } else {
                            validate24.errors = [{ instancePath: instancePath + "/dmarcVerdict", schemaPath: "#/$defs/SesReceiptVerdict/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs30 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.dmarcPolicy !== void 0) {
                          const _errs35 = errors;
                          if (typeof data.dmarcPolicy !== "string") {
                            validate24.errors = [{ instancePath: instancePath + "/dmarcPolicy", schemaPath: "#/properties/dmarcPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs35 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.action !== void 0) {
                            const _errs37 = errors;
                            if (!validate25(data.action, { instancePath: instancePath + "/action", parentData: data, parentDataProperty: "action", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs37 === errors;
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "timestamp": true, "processingTimeMillis": true, "recipients": true, "spamVerdict": true, "virusVerdict": true, "spfVerdict": true, "dkimVerdict": true, "dmarcVerdict": true, "dmarcPolicy": true, "action": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.eventSource === void 0 && (missing0 = "eventSource") || data.eventVersion === void 0 && (missing0 = "eventVersion") || data.ses === void 0 && (missing0 = "ses")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventSource !== void 0) {
          const _errs1 = errors;
          if ("aws:ses" !== data.eventSource) {
            validate21.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:ses" }, message: "must be equal to constant" }];
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
              validate21.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate21.errors = [{ instancePath: instancePath + "/ses", schemaPath: "#/properties/ses/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    if (data2.mail !== void 0) {
                      const _errs6 = errors;
                      if (!validate22(data2.mail, { instancePath: instancePath + "/ses/mail", parentData: data2, parentDataProperty: "mail", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs6 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data2.receipt !== void 0) {
                        const _errs7 = errors;
                        if (!validate24(data2.receipt, { instancePath: instancePath + "/ses/receipt", parentData: data2, parentDataProperty: "receipt", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs7 === errors;
                      } else {
                        var valid1 = true;
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/ses", schemaPath: "#/properties/ses/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "eventSource": true, "eventVersion": true, "ses": true }, "dynamicProps": false, "dynamicItems": false };
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

// ses.receipt.entry.ts
withStandardSchema(ses_receipt_standalone_default, "ses.receipt");
export {
  ses_receipt_standalone_default as default,
  ses_receipt_standalone_default as validate
};
