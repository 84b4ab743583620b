// Generated from schemas/vpc-lattice/request-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:vpc-lattice.request-v2.standalone.js
var vpc_lattice_request_v2_standalone_default = validate21;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
              if (typeof data0[i0] !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate22.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
              if (typeof data0[i0] !== "string") {
                validate24.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate24.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.sourceVpcArn !== void 0) {
        const _errs1 = errors;
        if (!validate27(data.sourceVpcArn, { instancePath: instancePath + "/sourceVpcArn", parentData: data, parentDataProperty: "sourceVpcArn", rootData })) {
          vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.type !== void 0) {
          const _errs2 = errors;
          if (typeof data.type !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.principal !== void 0) {
            const _errs4 = errors;
            if (typeof data.principal !== "string") {
              validate31.errors = [{ instancePath: instancePath + "/principal", schemaPath: "#/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.principalOrgID !== void 0) {
              const _errs6 = errors;
              if (typeof data.principalOrgID !== "string") {
                validate31.errors = [{ instancePath: instancePath + "/principalOrgID", schemaPath: "#/properties/principalOrgID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sessionName !== void 0) {
                const _errs8 = errors;
                if (typeof data.sessionName !== "string") {
                  validate31.errors = [{ instancePath: instancePath + "/sessionName", schemaPath: "#/properties/sessionName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.x509IssuerOu !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.x509IssuerOu !== "string") {
                    validate31.errors = [{ instancePath: instancePath + "/x509IssuerOu", schemaPath: "#/properties/x509IssuerOu/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.x509SanDns !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.x509SanDns !== "string") {
                      validate31.errors = [{ instancePath: instancePath + "/x509SanDns", schemaPath: "#/properties/x509SanDns/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.x509SanNameCn !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.x509SanNameCn !== "string") {
                        validate31.errors = [{ instancePath: instancePath + "/x509SanNameCn", schemaPath: "#/properties/x509SanNameCn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.x509SanUri !== void 0) {
                        const _errs16 = errors;
                        if (typeof data.x509SanUri !== "string") {
                          validate31.errors = [{ instancePath: instancePath + "/x509SanUri", schemaPath: "#/properties/x509SanUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.x509SubjectCn !== void 0) {
                          const _errs18 = errors;
                          if (typeof data.x509SubjectCn !== "string") {
                            validate31.errors = [{ instancePath: instancePath + "/x509SubjectCn", schemaPath: "#/properties/x509SubjectCn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
    } else {
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.serviceNetworkArn === void 0 && (missing0 = "serviceNetworkArn") || data.serviceArn === void 0 && (missing0 = "serviceArn") || data.targetGroupArn === void 0 && (missing0 = "targetGroupArn") || data.identity === void 0 && (missing0 = "identity") || data.region === void 0 && (missing0 = "region") || data.timeEpoch === void 0 && (missing0 = "timeEpoch")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.serviceNetworkArn !== void 0) {
          const _errs1 = errors;
          if (!validate27(data.serviceNetworkArn, { instancePath: instancePath + "/serviceNetworkArn", parentData: data, parentDataProperty: "serviceNetworkArn", rootData })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.serviceArn !== void 0) {
            const _errs2 = errors;
            if (!validate27(data.serviceArn, { instancePath: instancePath + "/serviceArn", parentData: data, parentDataProperty: "serviceArn", rootData })) {
              vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.targetGroupArn !== void 0) {
              const _errs3 = errors;
              if (!validate27(data.targetGroupArn, { instancePath: instancePath + "/targetGroupArn", parentData: data, parentDataProperty: "targetGroupArn", rootData })) {
                vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.identity !== void 0) {
                const _errs4 = errors;
                if (!validate31(data.identity, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData })) {
                  vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.region !== void 0) {
                  const _errs5 = errors;
                  if (!validate34(data.region, { instancePath: instancePath + "/region", parentData: data, parentDataProperty: "region", rootData })) {
                    vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.timeEpoch !== void 0) {
                    const _errs6 = errors;
                    if (typeof data.timeEpoch !== "string") {
                      validate26.errors = [{ instancePath: instancePath + "/timeEpoch", schemaPath: "#/properties/timeEpoch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.path === void 0 && (missing0 = "path") || data.method === void 0 && (missing0 = "method") || data.headers === void 0 && (missing0 = "headers") || data.requestContext === void 0 && (missing0 = "requestContext")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("2.0" !== data.version) {
            validate21.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "2.0" }, message: "must be equal to constant" }];
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
              validate21.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate21.errors = [{ instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.headers !== void 0) {
                const _errs6 = errors;
                if (!validate22(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.queryStringParameters !== void 0) {
                  const _errs7 = errors;
                  if (!validate24(data.queryStringParameters, { instancePath: instancePath + "/queryStringParameters", parentData: data, parentDataProperty: "queryStringParameters", rootData })) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.body !== void 0) {
                    const _errs8 = errors;
                    if (typeof data.body !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.isBase64Encoded !== void 0) {
                      const _errs10 = errors;
                      if (typeof data.isBase64Encoded !== "boolean") {
                        validate21.errors = [{ instancePath: instancePath + "/isBase64Encoded", schemaPath: "#/properties/isBase64Encoded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                        return false;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.requestContext !== void 0) {
                        const _errs12 = errors;
                        if (!validate26(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData })) {
                          vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:vpc-lattice.request-v2.check.js
function d_HttpMultiValueHeaders(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v4 in x) {
    const v5 = x[v4];
    if (!Array.isArray(v5)) return false;
    for (let v7 = 0; v7 < v5.length; v7++) {
      const v6 = v5[v7];
      if (!(typeof v6 === "string")) return false;
    }
  }
  return true;
}
function d_MultiValueStringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v9 in x) {
    const v10 = x[v9];
    if (!Array.isArray(v10)) return false;
    for (let v12 = 0; v12 < v10.length; v12++) {
      const v11 = v10[v12];
      if (!(typeof v11 === "string")) return false;
    }
  }
  return true;
}
function d_VpcLatticeRequestContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v16 = x.serviceNetworkArn;
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x.serviceArn;
    if (v17 === void 0) return false;
    if (!(typeof v17 === "string")) return false;
  }
  {
    const v18 = x.targetGroupArn;
    if (v18 === void 0) return false;
    if (!(typeof v18 === "string")) return false;
  }
  {
    const v19 = x.identity;
    if (v19 === void 0) return false;
    if (!d_VpcLatticeIdentity(v19)) return false;
  }
  {
    const v30 = x.region;
    if (v30 === void 0) return false;
    if (!(typeof v30 === "string")) return false;
  }
  {
    const v31 = x.timeEpoch;
    if (v31 === void 0) return false;
    if (!(typeof v31 === "string")) return false;
  }
  return true;
}
function d_VpcLatticeIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v20 = x.sourceVpcArn;
    if (v20 !== void 0) {
      if (!(typeof v20 === "string")) return false;
    }
  }
  {
    const v21 = x.type;
    if (v21 !== void 0) {
      if (!(typeof v21 === "string")) return false;
    }
  }
  {
    const v22 = x.principal;
    if (v22 !== void 0) {
      if (!(typeof v22 === "string")) return false;
    }
  }
  {
    const v23 = x.principalOrgID;
    if (v23 !== void 0) {
      if (!(typeof v23 === "string")) return false;
    }
  }
  {
    const v24 = x.sessionName;
    if (v24 !== void 0) {
      if (!(typeof v24 === "string")) return false;
    }
  }
  {
    const v25 = x.x509IssuerOu;
    if (v25 !== void 0) {
      if (!(typeof v25 === "string")) return false;
    }
  }
  {
    const v26 = x.x509SanDns;
    if (v26 !== void 0) {
      if (!(typeof v26 === "string")) return false;
    }
  }
  {
    const v27 = x.x509SanNameCn;
    if (v27 !== void 0) {
      if (!(typeof v27 === "string")) return false;
    }
  }
  {
    const v28 = x.x509SanUri;
    if (v28 !== void 0) {
      if (!(typeof v28 === "string")) return false;
    }
  }
  {
    const v29 = x.x509SubjectCn;
    if (v29 !== void 0) {
      if (!(typeof v29 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(v0 === "2.0")) return false;
  }
  {
    const v1 = x.path;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.method;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.headers;
    if (v3 === void 0) return false;
    if (!d_HttpMultiValueHeaders(v3)) return false;
  }
  {
    const v8 = x.queryStringParameters;
    if (v8 !== void 0) {
      if (!d_MultiValueStringMap(v8)) return false;
    }
  }
  {
    const v13 = x.body;
    if (v13 !== void 0) {
      if (!(typeof v13 === "string")) return false;
    }
  }
  {
    const v14 = x.isBase64Encoded;
    if (v14 !== void 0) {
      if (!(typeof v14 === "boolean")) return false;
    }
  }
  {
    const v15 = x.requestContext;
    if (v15 === void 0) return false;
    if (!d_VpcLatticeRequestContext(v15)) return false;
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

// vpc-lattice.request-v2.entry.ts
var validate = withStandardSchema(checked(check, vpc_lattice_request_v2_standalone_default), "vpc-lattice.request-v2");
export {
  validate as default,
  validate
};
