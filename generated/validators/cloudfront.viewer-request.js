// Generated from schemas/cloudfront/viewer-request.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudfront.viewer-request.standalone.js
var cloudfront_viewer_request_standalone_default = validate20;
var schema33 = { "type": "object", "required": ["distributionDomainName", "distributionId", "eventType", "requestId"], "properties": { "distributionDomainName": { "type": "string" }, "distributionId": { "type": "string" }, "eventType": { "enum": ["viewer-request", "origin-request", "viewer-response", "origin-response"] }, "requestId": { "type": "string" } } };
var schema37 = { "type": "object", "properties": { "inputTruncated": { "type": "boolean" }, "action": { "enum": ["read-only", "replace"] }, "encoding": { "enum": ["base64", "text"] }, "data": { "type": "string" } } };
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
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              const _errs4 = errors;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing0;
                  if (data1.key === void 0 && (missing0 = "key") || data1.value === void 0 && (missing0 = "value")) {
                    validate23.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/CloudFrontHeader/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                    return false;
                  } else {
                    if (data1.key !== void 0) {
                      const _errs7 = errors;
                      if (typeof data1.key !== "string") {
                        validate23.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/key", schemaPath: "#/$defs/CloudFrontHeader/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs7 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data1.value !== void 0) {
                        const _errs9 = errors;
                        if (typeof data1.value !== "string") {
                          validate23.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/value", schemaPath: "#/$defs/CloudFrontHeader/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid3 = _errs9 === errors;
                      } else {
                        var valid3 = true;
                      }
                    }
                  }
                } else {
                  validate23.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/CloudFrontHeader/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate23.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema39 = { "type": "object", "required": ["customHeaders", "domainName", "keepaliveTimeout", "path", "port", "protocol", "readTimeout", "sslProtocols"], "properties": { "customHeaders": { "$ref": "#/$defs/CloudFrontHeaders" }, "domainName": { "type": "string" }, "keepaliveTimeout": { "type": "integer" }, "path": { "type": "string" }, "port": { "type": "integer" }, "protocol": { "enum": ["http", "https"] }, "readTimeout": { "type": "integer" }, "sslProtocols": { "type": "array", "items": { "type": "string" } } } };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.customHeaders === void 0 && (missing0 = "customHeaders") || data.domainName === void 0 && (missing0 = "domainName") || data.keepaliveTimeout === void 0 && (missing0 = "keepaliveTimeout") || data.path === void 0 && (missing0 = "path") || data.port === void 0 && (missing0 = "port") || data.protocol === void 0 && (missing0 = "protocol") || data.readTimeout === void 0 && (missing0 = "readTimeout") || data.sslProtocols === void 0 && (missing0 = "sslProtocols")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.customHeaders !== void 0) {
          const _errs1 = errors;
          if (!validate23(data.customHeaders, { instancePath: instancePath + "/customHeaders", parentData: data, parentDataProperty: "customHeaders", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
              validate26.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate26.errors = [{ instancePath: instancePath + "/keepaliveTimeout", schemaPath: "#/properties/keepaliveTimeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
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
                  validate26.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate26.errors = [{ instancePath: instancePath + "/port", schemaPath: "#/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
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
                      validate26.errors = [{ instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema39.properties.protocol.enum }, message: "must be equal to one of the allowed values" }];
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
                        validate26.errors = [{ instancePath: instancePath + "/readTimeout", schemaPath: "#/properties/readTimeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
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
                                validate26.errors = [{ instancePath: instancePath + "/sslProtocols/" + i0, schemaPath: "#/properties/sslProtocols/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs15 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate26.errors = [{ instancePath: instancePath + "/sslProtocols", schemaPath: "#/properties/sslProtocols/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": { "customHeaders": true, "domainName": true, "keepaliveTimeout": true, "path": true, "port": true, "protocol": true, "readTimeout": true, "sslProtocols": true }, "dynamicProps": false, "dynamicItems": false };
var schema40 = { "type": "object", "required": ["customHeaders", "domainName", "path"], "properties": { "authMethod": { "enum": ["origin-access-identity", "none"] }, "customHeaders": { "$ref": "#/$defs/CloudFrontHeaders" }, "domainName": { "type": "string" }, "path": { "type": "string" }, "region": { "type": "string" } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.customHeaders === void 0 && (missing0 = "customHeaders") || data.domainName === void 0 && (missing0 = "domainName") || data.path === void 0 && (missing0 = "path")) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.authMethod !== void 0) {
          let data0 = data.authMethod;
          const _errs1 = errors;
          if (!(data0 === "origin-access-identity" || data0 === "none")) {
            validate29.errors = [{ instancePath: instancePath + "/authMethod", schemaPath: "#/properties/authMethod/enum", keyword: "enum", params: { allowedValues: schema40.properties.authMethod.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.customHeaders !== void 0) {
            const _errs2 = errors;
            if (!validate23(data.customHeaders, { instancePath: instancePath + "/customHeaders", parentData: data, parentDataProperty: "customHeaders", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
                validate29.errors = [{ instancePath: instancePath + "/domainName", schemaPath: "#/properties/domainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate29.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate29.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": { "authMethod": true, "customHeaders": true, "domainName": true, "path": true, "region": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.custom !== void 0) {
        const _errs1 = errors;
        if (!validate26(data.custom, { instancePath: instancePath + "/custom", parentData: data, parentDataProperty: "custom", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.s3 !== void 0) {
          const _errs2 = errors;
          if (!validate29(data.s3, { instancePath: instancePath + "/s3", parentData: data, parentDataProperty: "s3", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
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
validate25.evaluated = { "props": { "custom": true, "s3": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.clientIp === void 0 && (missing0 = "clientIp") || data.headers === void 0 && (missing0 = "headers") || data.method === void 0 && (missing0 = "method") || data.querystring === void 0 && (missing0 = "querystring") || data.uri === void 0 && (missing0 = "uri")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.clientIp !== void 0) {
          const _errs1 = errors;
          if (typeof data.clientIp !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/clientIp", schemaPath: "#/properties/clientIp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.headers !== void 0) {
            const _errs3 = errors;
            if (!validate23(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
                validate22.errors = [{ instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate22.errors = [{ instancePath: instancePath + "/querystring", schemaPath: "#/properties/querystring/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate22.errors = [{ instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.body !== void 0) {
                    let data5 = data.body;
                    const _errs10 = errors;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        if (data5.inputTruncated !== void 0) {
                          const _errs13 = errors;
                          if (typeof data5.inputTruncated !== "boolean") {
                            validate22.errors = [{ instancePath: instancePath + "/body/inputTruncated", schemaPath: "#/$defs/CloudFrontRequestBody/properties/inputTruncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                            return false;
                          }
                          var valid2 = _errs13 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data5.action !== void 0) {
                            let data7 = data5.action;
                            const _errs15 = errors;
                            if (!(data7 === "read-only" || data7 === "replace")) {
                              validate22.errors = [{ instancePath: instancePath + "/body/action", schemaPath: "#/$defs/CloudFrontRequestBody/properties/action/enum", keyword: "enum", params: { allowedValues: schema37.properties.action.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid2 = _errs15 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data5.encoding !== void 0) {
                              let data8 = data5.encoding;
                              const _errs16 = errors;
                              if (!(data8 === "base64" || data8 === "text")) {
                                validate22.errors = [{ instancePath: instancePath + "/body/encoding", schemaPath: "#/$defs/CloudFrontRequestBody/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema37.properties.encoding.enum }, message: "must be equal to one of the allowed values" }];
                                return false;
                              }
                              var valid2 = _errs16 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data5.data !== void 0) {
                                const _errs17 = errors;
                                if (typeof data5.data !== "string") {
                                  validate22.errors = [{ instancePath: instancePath + "/body/data", schemaPath: "#/$defs/CloudFrontRequestBody/properties/data/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs17 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate22.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/$defs/CloudFrontRequestBody/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.origin !== void 0) {
                      const _errs19 = errors;
                      if (!validate25(data.origin, { instancePath: instancePath + "/origin", parentData: data, parentDataProperty: "origin", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs19 === errors;
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
validate22.evaluated = { "props": { "clientIp": true, "headers": true, "method": true, "querystring": true, "uri": true, "body": true, "origin": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (errors === _errs0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.cf === void 0 && (missing0 = "cf")) {
        validate21.errors = [{ instancePath, schemaPath: "#/allOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.cf !== void 0) {
          let data0 = data.cf;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.config === void 0 && (missing1 = "config") || data0.request === void 0 && (missing1 = "request")) {
                validate21.errors = [{ instancePath: instancePath + "/cf", schemaPath: "#/allOf/0/properties/cf/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.config !== void 0) {
                  let data1 = data0.config;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                      let missing2;
                      if (data1.distributionDomainName === void 0 && (missing2 = "distributionDomainName") || data1.distributionId === void 0 && (missing2 = "distributionId") || data1.eventType === void 0 && (missing2 = "eventType") || data1.requestId === void 0 && (missing2 = "requestId")) {
                        validate21.errors = [{ instancePath: instancePath + "/cf/config", schemaPath: "#/$defs/CloudFrontConfig/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        if (data1.distributionDomainName !== void 0) {
                          const _errs7 = errors;
                          if (typeof data1.distributionDomainName !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/cf/config/distributionDomainName", schemaPath: "#/$defs/CloudFrontConfig/properties/distributionDomainName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid4 = _errs7 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data1.distributionId !== void 0) {
                            const _errs9 = errors;
                            if (typeof data1.distributionId !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/cf/config/distributionId", schemaPath: "#/$defs/CloudFrontConfig/properties/distributionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid4 = _errs9 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data1.eventType !== void 0) {
                              let data4 = data1.eventType;
                              const _errs11 = errors;
                              if (!(data4 === "viewer-request" || data4 === "origin-request" || data4 === "viewer-response" || data4 === "origin-response")) {
                                validate21.errors = [{ instancePath: instancePath + "/cf/config/eventType", schemaPath: "#/$defs/CloudFrontConfig/properties/eventType/enum", keyword: "enum", params: { allowedValues: schema33.properties.eventType.enum }, message: "must be equal to one of the allowed values" }];
                                return false;
                              }
                              var valid4 = _errs11 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data1.requestId !== void 0) {
                                const _errs12 = errors;
                                if (typeof data1.requestId !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/cf/config/requestId", schemaPath: "#/$defs/CloudFrontConfig/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid4 = _errs12 === errors;
                              } else {
                                var valid4 = true;
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/cf/config", schemaPath: "#/$defs/CloudFrontConfig/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.request !== void 0) {
                    const _errs14 = errors;
                    if (!validate22(data0.request, { instancePath: instancePath + "/cf/request", parentData: data0, parentDataProperty: "request", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs14 === errors;
                  } else {
                    var valid2 = true;
                  }
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/cf", schemaPath: "#/allOf/0/properties/cf/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs15 = errors;
    if (errors === _errs15) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing3;
        if (data.cf === void 0 && (missing3 = "cf")) {
          validate21.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
          return false;
        } else {
          if (data.cf !== void 0) {
            let data7 = data.cf;
            const _errs17 = errors;
            if (errors === _errs17) {
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                let missing4;
                if (data7.config === void 0 && (missing4 = "config")) {
                  validate21.errors = [{ instancePath: instancePath + "/cf", schemaPath: "#/allOf/1/properties/cf/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                  return false;
                } else {
                  if (data7.config !== void 0) {
                    let data8 = data7.config;
                    const _errs19 = errors;
                    if (errors === _errs19) {
                      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        let missing5;
                        if (data8.eventType === void 0 && (missing5 = "eventType")) {
                          validate21.errors = [{ instancePath: instancePath + "/cf/config", schemaPath: "#/allOf/1/properties/cf/properties/config/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                          return false;
                        } else {
                          if (data8.eventType !== void 0) {
                            if ("viewer-request" !== data8.eventType) {
                              validate21.errors = [{ instancePath: instancePath + "/cf/config/eventType", schemaPath: "#/allOf/1/properties/cf/properties/config/properties/eventType/const", keyword: "const", params: { allowedValue: "viewer-request" }, message: "must be equal to constant" }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/cf/config", schemaPath: "#/allOf/1/properties/cf/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/cf", schemaPath: "#/allOf/1/properties/cf/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
          }
        }
      } else {
        validate21.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs15 === errors;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "cf": true }, "dynamicProps": false, "dynamicItems": false };
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

// cloudfront.viewer-request.entry.ts
withStandardSchema(cloudfront_viewer_request_standalone_default, "cloudfront.viewer-request");
export {
  cloudfront_viewer_request_standalone_default as default,
  cloudfront_viewer_request_standalone_default as validate
};
