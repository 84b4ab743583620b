// Generated from schemas/cloudfront/viewer-request.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudfront.viewer-request.standalone.js
var cloudfront_viewer_request_standalone_default = validate21;
var schema8 = { "type": "object", "required": ["distributionDomainName", "distributionId", "eventType"], "properties": { "distributionDomainName": { "type": "string" }, "distributionId": { "type": "string" }, "eventType": { "enum": ["viewer-request", "origin-request", "viewer-response", "origin-response"] }, "requestId": { "type": "string" } } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.distributionDomainName === void 0 && (missing0 = "distributionDomainName") || data.distributionId === void 0 && (missing0 = "distributionId") || data.eventType === void 0 && (missing0 = "eventType")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.distributionDomainName !== void 0) {
          const _errs1 = errors;
          if (typeof data.distributionDomainName !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/distributionDomainName", schemaPath: "#/properties/distributionDomainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.distributionId !== void 0) {
            const _errs3 = errors;
            if (typeof data.distributionId !== "string") {
              validate23.errors = [{ instancePath: instancePath + "/distributionId", schemaPath: "#/properties/distributionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.eventType !== void 0) {
              let data2 = data.eventType;
              const _errs5 = errors;
              if (!(data2 === "viewer-request" || data2 === "origin-request" || data2 === "viewer-response" || data2 === "origin-response")) {
                validate23.errors = [{ instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/enum", keyword: "enum", params: { allowedValues: schema8.properties.eventType.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.requestId !== void 0) {
                const _errs6 = errors;
                if (typeof data.requestId !== "string") {
                  validate23.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
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
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.key === void 0 && (missing0 = "key") || data.value === void 0 && (missing0 = "value")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.key !== void 0) {
          const _errs1 = errors;
          if (typeof data.key !== "string") {
            validate27.errors = [{ instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate27.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
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
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              const _errs4 = errors;
              if (!validate27(data0[i0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate26.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
var schema12 = { "type": "object", "properties": { "inputTruncated": { "type": "boolean" }, "action": { "enum": ["read-only", "replace"] }, "encoding": { "enum": ["base64", "text"] }, "data": { "type": "string" } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.inputTruncated !== void 0) {
        const _errs1 = errors;
        if (typeof data.inputTruncated !== "boolean") {
          validate30.errors = [{ instancePath: instancePath + "/inputTruncated", schemaPath: "#/properties/inputTruncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.action !== void 0) {
          let data1 = data.action;
          const _errs3 = errors;
          if (!(data1 === "read-only" || data1 === "replace")) {
            validate30.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema12.properties.action.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.encoding !== void 0) {
            let data2 = data.encoding;
            const _errs4 = errors;
            if (!(data2 === "base64" || data2 === "text")) {
              validate30.errors = [{ instancePath: instancePath + "/encoding", schemaPath: "#/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema12.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== void 0) {
              const _errs5 = errors;
              if (typeof data.data !== "string") {
                validate30.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
var schema14 = { "type": "object", "required": ["customHeaders", "domainName", "keepaliveTimeout", "path", "port", "protocol", "readTimeout", "sslProtocols"], "properties": { "customHeaders": { "$ref": "#/$defs/CloudFrontHeaders" }, "domainName": { "type": "string" }, "keepaliveTimeout": { "type": "integer" }, "path": { "type": "string" }, "port": { "type": "integer" }, "protocol": { "enum": ["http", "https"] }, "readTimeout": { "type": "integer" }, "sslProtocols": { "type": "array", "items": { "type": "string" } } } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.customHeaders === void 0 && (missing0 = "customHeaders") || data.domainName === void 0 && (missing0 = "domainName") || data.keepaliveTimeout === void 0 && (missing0 = "keepaliveTimeout") || data.path === void 0 && (missing0 = "path") || data.port === void 0 && (missing0 = "port") || data.protocol === void 0 && (missing0 = "protocol") || data.readTimeout === void 0 && (missing0 = "readTimeout") || data.sslProtocols === void 0 && (missing0 = "sslProtocols")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.customHeaders !== void 0) {
          const _errs1 = errors;
          if (!validate26(data.customHeaders, { instancePath: instancePath + "/customHeaders", parentData: data, parentDataProperty: "customHeaders", rootData })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.domainName !== void 0) {
            const _errs2 = errors;
            if (typeof data.domainName !== "string") {
              validate33.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.keepaliveTimeout !== void 0) {
              let data2 = data.keepaliveTimeout;
              const _errs4 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                validate33.errors = [{ instancePath: instancePath + "/keepaliveTimeout", schemaPath: "#/properties/keepaliveTimeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.path !== void 0) {
                const _errs6 = errors;
                if (typeof data.path !== "string") {
                  validate33.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.port !== void 0) {
                  let data4 = data.port;
                  const _errs8 = errors;
                  if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                    validate33.errors = [{ instancePath: instancePath + "/port", schemaPath: "#/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.protocol !== void 0) {
                    let data5 = data.protocol;
                    const _errs10 = errors;
                    if (!(data5 === "http" || data5 === "https")) {
                      validate33.errors = [{ instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema14.properties.protocol.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.readTimeout !== void 0) {
                      let data6 = data.readTimeout;
                      const _errs11 = errors;
                      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                        validate33.errors = [{ instancePath: instancePath + "/readTimeout", schemaPath: "#/properties/readTimeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.sslProtocols !== void 0) {
                        let data7 = data.sslProtocols;
                        const _errs13 = errors;
                        if (errors === _errs13) {
                          if (Array.isArray(data7)) {
                            var valid1 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs15 = errors;
                              if (typeof data7[i0] !== "string") {
                                validate33.errors = [{ instancePath: instancePath + "/sslProtocols/" + i0, schemaPath: "#/properties/sslProtocols/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs15 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate33.errors = [{ instancePath: instancePath + "/sslProtocols", schemaPath: "#/properties/sslProtocols/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
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
      }
    } else {
      validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
var schema15 = { "type": "object", "required": ["customHeaders", "domainName", "path"], "properties": { "authMethod": { "enum": ["origin-access-identity", "none"] }, "customHeaders": { "$ref": "#/$defs/CloudFrontHeaders" }, "domainName": { "type": "string" }, "path": { "type": "string" }, "region": { "type": "string" } } };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.customHeaders === void 0 && (missing0 = "customHeaders") || data.domainName === void 0 && (missing0 = "domainName") || data.path === void 0 && (missing0 = "path")) {
        validate36.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.authMethod !== void 0) {
          let data0 = data.authMethod;
          const _errs1 = errors;
          if (!(data0 === "origin-access-identity" || data0 === "none")) {
            validate36.errors = [{ instancePath: instancePath + "/authMethod", schemaPath: "#/properties/authMethod/enum", keyword: "enum", params: { allowedValues: schema15.properties.authMethod.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.customHeaders !== void 0) {
            const _errs2 = errors;
            if (!validate26(data.customHeaders, { instancePath: instancePath + "/customHeaders", parentData: data, parentDataProperty: "customHeaders", rootData })) {
              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.domainName !== void 0) {
              const _errs3 = errors;
              if (typeof data.domainName !== "string") {
                validate36.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.path !== void 0) {
                const _errs5 = errors;
                if (typeof data.path !== "string") {
                  validate36.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.region !== void 0) {
                  const _errs7 = errors;
                  if (typeof data.region !== "string") {
                    validate36.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
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
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.custom !== void 0) {
        const _errs1 = errors;
        if (!validate33(data.custom, { instancePath: instancePath + "/custom", parentData: data, parentDataProperty: "custom", rootData })) {
          vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.s3 !== void 0) {
          const _errs2 = errors;
          if (!validate36(data.s3, { instancePath: instancePath + "/s3", parentData: data, parentDataProperty: "s3", rootData })) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
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
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.clientIp === void 0 && (missing0 = "clientIp") || data.headers === void 0 && (missing0 = "headers") || data.method === void 0 && (missing0 = "method") || data.querystring === void 0 && (missing0 = "querystring") || data.uri === void 0 && (missing0 = "uri")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.clientIp !== void 0) {
          const _errs1 = errors;
          if (typeof data.clientIp !== "string") {
            validate25.errors = [{ instancePath: instancePath + "/clientIp", schemaPath: "#/properties/clientIp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.headers !== void 0) {
            const _errs3 = errors;
            if (!validate26(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData })) {
              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.method !== void 0) {
              const _errs4 = errors;
              if (typeof data.method !== "string") {
                validate25.errors = [{ instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.querystring !== void 0) {
                const _errs6 = errors;
                if (typeof data.querystring !== "string") {
                  validate25.errors = [{ instancePath: instancePath + "/querystring", schemaPath: "#/properties/querystring/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.uri !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.uri !== "string") {
                    validate25.errors = [{ instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.body !== void 0) {
                    const _errs10 = errors;
                    if (!validate30(data.body, { instancePath: instancePath + "/body", parentData: data, parentDataProperty: "body", rootData })) {
                      vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.origin !== void 0) {
                      const _errs11 = errors;
                      if (!validate32(data.origin, { instancePath: instancePath + "/origin", parentData: data, parentDataProperty: "origin", rootData })) {
                        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs11 === errors;
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
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (errors === _errs0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.cf === void 0 && (missing0 = "cf")) {
        validate22.errors = [{ instancePath, schemaPath: "#/allOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.cf !== void 0) {
          let data0 = data.cf;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.config === void 0 && (missing1 = "config") || data0.request === void 0 && (missing1 = "request")) {
                validate22.errors = [{ instancePath: instancePath + "/cf", schemaPath: "#/allOf/0/properties/cf/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.config !== void 0) {
                  const _errs4 = errors;
                  if (!validate23(data0.config, { instancePath: instancePath + "/cf/config", parentData: data0, parentDataProperty: "config", rootData })) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.request !== void 0) {
                    const _errs5 = errors;
                    if (!validate25(data0.request, { instancePath: instancePath + "/cf/request", parentData: data0, parentDataProperty: "request", rootData })) {
                      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs5 === errors;
                  } else {
                    var valid2 = true;
                  }
                }
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/cf", schemaPath: "#/allOf/0/properties/cf/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs6 = errors;
    if (errors === _errs6) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (data.cf === void 0 && (missing2 = "cf")) {
          validate22.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
          return false;
        } else {
          if (data.cf !== void 0) {
            let data3 = data.cf;
            const _errs8 = errors;
            if (errors === _errs8) {
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                let missing3;
                if (data3.config === void 0 && (missing3 = "config")) {
                  validate22.errors = [{ instancePath: instancePath + "/cf", schemaPath: "#/allOf/1/properties/cf/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                  return false;
                } else {
                  if (data3.config !== void 0) {
                    let data4 = data3.config;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        let missing4;
                        if (data4.eventType === void 0 && (missing4 = "eventType") || data4.requestId === void 0 && (missing4 = "requestId")) {
                          validate22.errors = [{ instancePath: instancePath + "/cf/config", schemaPath: "#/allOf/1/properties/cf/properties/config/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                          return false;
                        } else {
                          if (data4.eventType !== void 0) {
                            const _errs12 = errors;
                            if ("viewer-request" !== data4.eventType) {
                              validate22.errors = [{ instancePath: instancePath + "/cf/config/eventType", schemaPath: "#/allOf/1/properties/cf/properties/config/properties/eventType/const", keyword: "const", params: { allowedValue: "viewer-request" }, message: "must be equal to constant" }];
                              return false;
                            }
                            var valid5 = _errs12 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data4.requestId !== void 0) {
                              const _errs13 = errors;
                              if (typeof data4.requestId !== "string") {
                                validate22.errors = [{ instancePath: instancePath + "/cf/config/requestId", schemaPath: "#/allOf/1/properties/cf/properties/config/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid5 = _errs13 === errors;
                            } else {
                              var valid5 = true;
                            }
                          }
                        }
                      } else {
                        validate22.errors = [{ instancePath: instancePath + "/cf/config", schemaPath: "#/allOf/1/properties/cf/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                  }
                }
              } else {
                validate22.errors = [{ instancePath: instancePath + "/cf", schemaPath: "#/allOf/1/properties/cf/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
          }
        }
      } else {
        validate22.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs6 === errors;
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

// check:cloudfront.viewer-request.check.js
function d_CloudFrontViewerRequestRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v3 = x.cf;
    if (v3 === void 0) return false;
    if (!(v3 !== null && typeof v3 === "object" && !Array.isArray(v3))) return false;
    {
      const v4 = v3.config;
      if (v4 === void 0) return false;
      if (!d_CloudFrontConfig(v4)) return false;
    }
    {
      const v9 = v3.request;
      if (v9 === void 0) return false;
      if (!d_CloudFrontRequest(v9)) return false;
    }
  }
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v44 = x.cf;
    if (v44 === void 0) return false;
    if (!(v44 !== null && typeof v44 === "object" && !Array.isArray(v44))) return false;
    {
      const v45 = v44.config;
      if (v45 === void 0) return false;
      if (!(v45 !== null && typeof v45 === "object" && !Array.isArray(v45))) return false;
      {
        const v46 = v45.eventType;
        if (v46 === void 0) return false;
        if (!(v46 === "viewer-request")) return false;
      }
      {
        const v47 = v45.requestId;
        if (v47 === void 0) return false;
        if (!(typeof v47 === "string")) return false;
      }
    }
  }
  return true;
}
function d_CloudFrontConfig(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v5 = x.distributionDomainName;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.distributionId;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.eventType;
    if (v7 === void 0) return false;
    if (!(v7 === "viewer-request" || v7 === "origin-request" || v7 === "viewer-response" || v7 === "origin-response")) return false;
  }
  {
    const v8 = x.requestId;
    if (v8 !== void 0) {
      if (!(typeof v8 === "string")) return false;
    }
  }
  return true;
}
function d_CloudFrontRequest(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v10 = x.clientIp;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "string")) return false;
  }
  {
    const v11 = x.headers;
    if (v11 === void 0) return false;
    if (!d_CloudFrontHeaders(v11)) return false;
  }
  {
    const v18 = x.method;
    if (v18 === void 0) return false;
    if (!(typeof v18 === "string")) return false;
  }
  {
    const v19 = x.querystring;
    if (v19 === void 0) return false;
    if (!(typeof v19 === "string")) return false;
  }
  {
    const v20 = x.uri;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  {
    const v21 = x.body;
    if (v21 !== void 0) {
      if (!d_CloudFrontRequestBody(v21)) return false;
    }
  }
  {
    const v26 = x.origin;
    if (v26 !== void 0) {
      if (!d_CloudFrontOrigin(v26)) return false;
    }
  }
  return true;
}
function d_CloudFrontHeaders(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v12 in x) {
    const v13 = x[v12];
    if (!Array.isArray(v13)) return false;
    for (let v15 = 0; v15 < v13.length; v15++) {
      const v14 = v13[v15];
      if (!d_CloudFrontHeader(v14)) return false;
    }
  }
  return true;
}
function d_CloudFrontHeader(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v16 = x.key;
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x.value;
    if (v17 === void 0) return false;
    if (!(typeof v17 === "string")) return false;
  }
  return true;
}
function d_CloudFrontRequestBody(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v22 = x.inputTruncated;
    if (v22 !== void 0) {
      if (!(typeof v22 === "boolean")) return false;
    }
  }
  {
    const v23 = x.action;
    if (v23 !== void 0) {
      if (!(v23 === "read-only" || v23 === "replace")) return false;
    }
  }
  {
    const v24 = x.encoding;
    if (v24 !== void 0) {
      if (!(v24 === "base64" || v24 === "text")) return false;
    }
  }
  {
    const v25 = x.data;
    if (v25 !== void 0) {
      if (!(typeof v25 === "string")) return false;
    }
  }
  return true;
}
function d_CloudFrontOrigin(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v27 = x.custom;
    if (v27 !== void 0) {
      if (!d_CloudFrontCustomOrigin(v27)) return false;
    }
  }
  {
    const v38 = x.s3;
    if (v38 !== void 0) {
      if (!d_CloudFrontS3Origin(v38)) return false;
    }
  }
  return true;
}
function d_CloudFrontCustomOrigin(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v28 = x.customHeaders;
    if (v28 === void 0) return false;
    if (!d_CloudFrontHeaders(v28)) return false;
  }
  {
    const v29 = x.domainName;
    if (v29 === void 0) return false;
    if (!(typeof v29 === "string")) return false;
  }
  {
    const v30 = x.keepaliveTimeout;
    if (v30 === void 0) return false;
    if (!(typeof v30 === "number" && !(v30 % 1) && !isNaN(v30) && isFinite(v30))) return false;
  }
  {
    const v31 = x.path;
    if (v31 === void 0) return false;
    if (!(typeof v31 === "string")) return false;
  }
  {
    const v32 = x.port;
    if (v32 === void 0) return false;
    if (!(typeof v32 === "number" && !(v32 % 1) && !isNaN(v32) && isFinite(v32))) return false;
  }
  {
    const v33 = x.protocol;
    if (v33 === void 0) return false;
    if (!(v33 === "http" || v33 === "https")) return false;
  }
  {
    const v34 = x.readTimeout;
    if (v34 === void 0) return false;
    if (!(typeof v34 === "number" && !(v34 % 1) && !isNaN(v34) && isFinite(v34))) return false;
  }
  {
    const v35 = x.sslProtocols;
    if (v35 === void 0) return false;
    if (!Array.isArray(v35)) return false;
    for (let v37 = 0; v37 < v35.length; v37++) {
      const v36 = v35[v37];
      if (!(typeof v36 === "string")) return false;
    }
  }
  return true;
}
function d_CloudFrontS3Origin(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v39 = x.authMethod;
    if (v39 !== void 0) {
      if (!(v39 === "origin-access-identity" || v39 === "none")) return false;
    }
  }
  {
    const v40 = x.customHeaders;
    if (v40 === void 0) return false;
    if (!d_CloudFrontHeaders(v40)) return false;
  }
  {
    const v41 = x.domainName;
    if (v41 === void 0) return false;
    if (!(typeof v41 === "string")) return false;
  }
  {
    const v42 = x.path;
    if (v42 === void 0) return false;
    if (!(typeof v42 === "string")) return false;
  }
  {
    const v43 = x.region;
    if (v43 !== void 0) {
      if (!(typeof v43 === "string")) return false;
    }
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
      if (!d_CloudFrontViewerRequestRecord(v1)) return false;
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

// cloudfront.viewer-request.entry.ts
var validate = withStandardSchema(checked(check, cloudfront_viewer_request_standalone_default), "cloudfront.viewer-request");
export {
  validate as default,
  validate
};
