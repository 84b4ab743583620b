// Generated from schemas/vpc-lattice/request-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:vpc-lattice.request-v2.standalone.js
var vpc_lattice_request_v2_standalone_default = validate20;
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
      if (data.sourceVpcArn !== void 0) {
        const _errs1 = errors;
        if (typeof data.sourceVpcArn !== "string") {
          validate22.errors = [{ instancePath: instancePath + "/sourceVpcArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.type !== void 0) {
          const _errs4 = errors;
          if (typeof data.type !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs4 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.principal !== void 0) {
            const _errs6 = errors;
            if (typeof data.principal !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/principal", schemaPath: "#/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs6 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.principalOrgID !== void 0) {
              const _errs8 = errors;
              if (typeof data.principalOrgID !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/principalOrgID", schemaPath: "#/properties/principalOrgID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs8 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sessionName !== void 0) {
                const _errs10 = errors;
                if (typeof data.sessionName !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/sessionName", schemaPath: "#/properties/sessionName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.x509IssuerOu !== void 0) {
                  const _errs12 = errors;
                  if (typeof data.x509IssuerOu !== "string") {
                    validate22.errors = [{ instancePath: instancePath + "/x509IssuerOu", schemaPath: "#/properties/x509IssuerOu/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.x509SanDns !== void 0) {
                    const _errs14 = errors;
                    if (typeof data.x509SanDns !== "string") {
                      validate22.errors = [{ instancePath: instancePath + "/x509SanDns", schemaPath: "#/properties/x509SanDns/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.x509SanNameCn !== void 0) {
                      const _errs16 = errors;
                      if (typeof data.x509SanNameCn !== "string") {
                        validate22.errors = [{ instancePath: instancePath + "/x509SanNameCn", schemaPath: "#/properties/x509SanNameCn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.x509SanUri !== void 0) {
                        const _errs18 = errors;
                        if (typeof data.x509SanUri !== "string") {
                          validate22.errors = [{ instancePath: instancePath + "/x509SanUri", schemaPath: "#/properties/x509SanUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs18 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.x509SubjectCn !== void 0) {
                          const _errs20 = errors;
                          if (typeof data.x509SubjectCn !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/x509SubjectCn", schemaPath: "#/properties/x509SubjectCn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs20 === errors;
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "sourceVpcArn": true, "type": true, "principal": true, "principalOrgID": true, "sessionName": true, "x509IssuerOu": true, "x509SanDns": true, "x509SanNameCn": true, "x509SanUri": true, "x509SubjectCn": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.serviceNetworkArn === void 0 && (missing0 = "serviceNetworkArn") || data.serviceArn === void 0 && (missing0 = "serviceArn") || data.targetGroupArn === void 0 && (missing0 = "targetGroupArn") || data.identity === void 0 && (missing0 = "identity") || data.region === void 0 && (missing0 = "region") || data.timeEpoch === void 0 && (missing0 = "timeEpoch")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.serviceNetworkArn !== void 0) {
          const _errs1 = errors;
          if (typeof data.serviceNetworkArn !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/serviceNetworkArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.serviceArn !== void 0) {
            const _errs4 = errors;
            if (typeof data.serviceArn !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/serviceArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.targetGroupArn !== void 0) {
              const _errs7 = errors;
              if (typeof data.targetGroupArn !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/targetGroupArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.identity !== void 0) {
                const _errs10 = errors;
                if (!validate22(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.region !== void 0) {
                  const _errs11 = errors;
                  if (typeof data.region !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.timeEpoch !== void 0) {
                    const _errs14 = errors;
                    if (typeof data.timeEpoch !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/timeEpoch", schemaPath: "#/properties/timeEpoch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "serviceNetworkArn": true, "serviceArn": true, "targetGroupArn": true, "identity": true, "region": true, "timeEpoch": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.version === void 0 && (missing0 = "version") || data.path === void 0 && (missing0 = "path") || data.method === void 0 && (missing0 = "method") || data.headers === void 0 && (missing0 = "headers") || data.requestContext === void 0 && (missing0 = "requestContext")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("2.0" !== data.version) {
            validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "2.0" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.path !== void 0) {
            const _errs2 = errors;
            if (typeof data.path !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.method !== void 0) {
              const _errs4 = errors;
              if (typeof data.method !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.headers !== void 0) {
                let data3 = data.headers;
                const _errs6 = errors;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      let data4 = data3[key0];
                      const _errs10 = errors;
                      if (errors === _errs10) {
                        if (Array.isArray(data4)) {
                          var valid3 = true;
                          const len0 = data4.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs12 = errors;
                            if (typeof data4[i0] !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs12 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpMultiValueHeaders/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid2 = _errs10 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/$defs/HttpMultiValueHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.queryStringParameters !== void 0) {
                  let data6 = data.queryStringParameters;
                  const _errs14 = errors;
                  const _errs15 = errors;
                  if (errors === _errs15) {
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                      for (const key1 in data6) {
                        let data7 = data6[key1];
                        const _errs18 = errors;
                        if (errors === _errs18) {
                          if (Array.isArray(data7)) {
                            var valid6 = true;
                            const len1 = data7.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              const _errs20 = errors;
                              if (typeof data7[i1] !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/queryStringParameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid6 = _errs20 === errors;
                              if (!valid6) {
                                break;
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/queryStringParameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MultiValueStringMap/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid5 = _errs18 === errors;
                        if (!valid5) {
                          break;
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/queryStringParameters", schemaPath: "#/$defs/MultiValueStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs14 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.body !== void 0) {
                    const _errs22 = errors;
                    if (typeof data.body !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs22 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.isBase64Encoded !== void 0) {
                      const _errs24 = errors;
                      if (typeof data.isBase64Encoded !== "boolean") {
                        validate20.errors = [{ instancePath: instancePath + "/isBase64Encoded", schemaPath: "#/properties/isBase64Encoded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                        return false;
                      }
                      var valid0 = _errs24 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.requestContext !== void 0) {
                        const _errs26 = errors;
                        if (!validate21(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                          errors = vErrors.length;
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
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "path": true, "method": true, "headers": true, "queryStringParameters": true, "body": true, "isBase64Encoded": true, "requestContext": true }, "dynamicProps": false, "dynamicItems": false };

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

// vpc-lattice.request-v2.entry.ts
withStandardSchema(vpc_lattice_request_v2_standalone_default, "vpc-lattice.request-v2");
export {
  vpc_lattice_request_v2_standalone_default as default,
  vpc_lattice_request_v2_standalone_default as validate
};
