// Generated from schemas/s3/object-lambda.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.object-lambda.strict.standalone.js
var s3_object_lambda_strict_standalone_default = validate21;
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
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.inputS3Url === void 0 && (missing0 = "inputS3Url") || data.outputRoute === void 0 && (missing0 = "outputRoute") || data.outputToken === void 0 && (missing0 = "outputToken")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.inputS3Url !== void 0) {
          const _errs1 = errors;
          if (!validate23(data.inputS3Url, { instancePath: instancePath + "/inputS3Url", parentData: data, parentDataProperty: "inputS3Url", rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.outputRoute !== void 0) {
            const _errs2 = errors;
            if (typeof data.outputRoute !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/outputRoute", schemaPath: "#/properties/outputRoute/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.outputToken !== void 0) {
              const _errs4 = errors;
              if (typeof data.outputToken !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/outputToken", schemaPath: "#/properties/outputToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
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
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.inputS3Url === void 0 && (missing0 = "inputS3Url")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.inputS3Url !== void 0) {
          if (!validate23(data.inputS3Url, { instancePath: instancePath + "/inputS3Url", parentData: data, parentDataProperty: "inputS3Url", rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
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
var pattern0 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate32.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
        return false;
      }
    } else {
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accessPointArn === void 0 && (missing0 = "accessPointArn") || data.supportingAccessPointArn === void 0 && (missing0 = "supportingAccessPointArn")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accessPointArn !== void 0) {
          const _errs1 = errors;
          if (!validate32(data.accessPointArn, { instancePath: instancePath + "/accessPointArn", parentData: data, parentDataProperty: "accessPointArn", rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.supportingAccessPointArn !== void 0) {
            const _errs2 = errors;
            if (!validate32(data.supportingAccessPointArn, { instancePath: instancePath + "/supportingAccessPointArn", parentData: data, parentDataProperty: "supportingAccessPointArn", rootData })) {
              vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.payload !== void 0) {
              const _errs3 = errors;
              if (typeof data.payload !== "string") {
                validate31.errors = [{ instancePath: instancePath + "/payload", schemaPath: "#/properties/payload/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate37.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.url === void 0 && (missing0 = "url") || data.headers === void 0 && (missing0 = "headers")) {
        validate36.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.url !== void 0) {
          const _errs1 = errors;
          if (typeof data.url !== "string") {
            validate36.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.headers !== void 0) {
            const _errs3 = errors;
            if (!validate37(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData })) {
              vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
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
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.attributes !== void 0) {
        let data0 = data.attributes;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.mfaAuthenticated !== void 0) {
              const _errs3 = errors;
              if (typeof data0.mfaAuthenticated !== "string") {
                validate42.errors = [{ instancePath: instancePath + "/attributes/mfaAuthenticated", schemaPath: "#/properties/attributes/properties/mfaAuthenticated/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs3 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data0.creationDate !== void 0) {
                const _errs5 = errors;
                if (typeof data0.creationDate !== "string") {
                  validate42.errors = [{ instancePath: instancePath + "/attributes/creationDate", schemaPath: "#/properties/attributes/properties/creationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid1 = _errs5 === errors;
              } else {
                var valid1 = true;
              }
            }
          } else {
            validate42.errors = [{ instancePath: instancePath + "/attributes", schemaPath: "#/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.sessionIssuer !== void 0) {
          let data3 = data.sessionIssuer;
          const _errs7 = errors;
          if (errors === _errs7) {
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.type !== void 0) {
                const _errs9 = errors;
                if (typeof data3.type !== "string") {
                  validate42.errors = [{ instancePath: instancePath + "/sessionIssuer/type", schemaPath: "#/properties/sessionIssuer/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid2 = _errs9 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data3.principalId !== void 0) {
                  const _errs11 = errors;
                  if (typeof data3.principalId !== "string") {
                    validate42.errors = [{ instancePath: instancePath + "/sessionIssuer/principalId", schemaPath: "#/properties/sessionIssuer/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs11 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data3.arn !== void 0) {
                    const _errs13 = errors;
                    if (!validate32(data3.arn, { instancePath: instancePath + "/sessionIssuer/arn", parentData: data3, parentDataProperty: "arn", rootData })) {
                      vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs13 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data3.accountId !== void 0) {
                      const _errs14 = errors;
                      if (typeof data3.accountId !== "string") {
                        validate42.errors = [{ instancePath: instancePath + "/sessionIssuer/accountId", schemaPath: "#/properties/sessionIssuer/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs14 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data3.userName !== void 0) {
                        const _errs16 = errors;
                        if (typeof data3.userName !== "string") {
                          validate42.errors = [{ instancePath: instancePath + "/sessionIssuer/userName", schemaPath: "#/properties/sessionIssuer/properties/userName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs16 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate42.errors = [{ instancePath: instancePath + "/sessionIssuer", schemaPath: "#/properties/sessionIssuer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs7 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.webIdFederationData !== void 0) {
            let data9 = data.webIdFederationData;
            const _errs18 = errors;
            if (errors === _errs18) {
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              } else {
                validate42.errors = [{ instancePath: instancePath + "/webIdFederationData", schemaPath: "#/properties/webIdFederationData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs18 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sourceIdentity !== void 0) {
              const _errs21 = errors;
              if (typeof data.sourceIdentity !== "string") {
                validate42.errors = [{ instancePath: instancePath + "/sourceIdentity", schemaPath: "#/properties/sourceIdentity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs21 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate42.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate40.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs1 = errors;
          if (typeof data.type !== "string") {
            validate40.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate40.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.arn !== void 0) {
              const _errs5 = errors;
              if (!validate32(data.arn, { instancePath: instancePath + "/arn", parentData: data, parentDataProperty: "arn", rootData })) {
                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.accountId !== void 0) {
                const _errs6 = errors;
                if (typeof data.accountId !== "string") {
                  validate40.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.accessKeyId !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.accessKeyId !== "string") {
                    validate40.errors = [{ instancePath: instancePath + "/accessKeyId", schemaPath: "#/properties/accessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.userName !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.userName !== "string") {
                      validate40.errors = [{ instancePath: instancePath + "/userName", schemaPath: "#/properties/userName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.invokedBy !== void 0) {
                      const _errs12 = errors;
                      if (typeof data.invokedBy !== "string") {
                        validate40.errors = [{ instancePath: instancePath + "/invokedBy", schemaPath: "#/properties/invokedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.sessionContext !== void 0) {
                        const _errs14 = errors;
                        if (!validate42(data.sessionContext, { instancePath: instancePath + "/sessionContext", parentData: data, parentDataProperty: "sessionContext", rootData })) {
                          vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
                          errors = vErrors.length;
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
var pattern1 = new RegExp("^[0-9]+\\.[0-9]{2}$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.getObjectContext === void 0 && (missing0 = "getObjectContext")) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.headObjectContext === void 0 && (missing1 = "headObjectContext")) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.listObjectsContext === void 0 && (missing2 = "listObjectsContext")) {
        const err2 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing3;
        if (data.listObjectsV2Context === void 0 && (missing3 = "listObjectsV2Context")) {
          const err3 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
        }
      }
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
    validate21.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing4;
      if (data.xAmzRequestId === void 0 && (missing4 = "xAmzRequestId") || data.configuration === void 0 && (missing4 = "configuration") || data.userRequest === void 0 && (missing4 = "userRequest") || data.userIdentity === void 0 && (missing4 = "userIdentity") || data.protocolVersion === void 0 && (missing4 = "protocolVersion")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
        return false;
      } else {
        if (data.xAmzRequestId !== void 0) {
          const _errs6 = errors;
          if (typeof data.xAmzRequestId !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/xAmzRequestId", schemaPath: "#/properties/xAmzRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid1 = _errs6 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.getObjectContext !== void 0) {
            const _errs8 = errors;
            if (!validate22(data.getObjectContext, { instancePath: instancePath + "/getObjectContext", parentData: data, parentDataProperty: "getObjectContext", rootData })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs8 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.headObjectContext !== void 0) {
              const _errs9 = errors;
              if (!validate26(data.headObjectContext, { instancePath: instancePath + "/headObjectContext", parentData: data, parentDataProperty: "headObjectContext", rootData })) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs9 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.listObjectsContext !== void 0) {
                const _errs10 = errors;
                if (!validate26(data.listObjectsContext, { instancePath: instancePath + "/listObjectsContext", parentData: data, parentDataProperty: "listObjectsContext", rootData })) {
                  vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs10 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.listObjectsV2Context !== void 0) {
                  const _errs11 = errors;
                  if (!validate26(data.listObjectsV2Context, { instancePath: instancePath + "/listObjectsV2Context", parentData: data, parentDataProperty: "listObjectsV2Context", rootData })) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs11 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.configuration !== void 0) {
                    const _errs12 = errors;
                    if (!validate31(data.configuration, { instancePath: instancePath + "/configuration", parentData: data, parentDataProperty: "configuration", rootData })) {
                      vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs12 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.userRequest !== void 0) {
                      const _errs13 = errors;
                      if (!validate36(data.userRequest, { instancePath: instancePath + "/userRequest", parentData: data, parentDataProperty: "userRequest", rootData })) {
                        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs13 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data.userIdentity !== void 0) {
                        const _errs14 = errors;
                        if (!validate40(data.userIdentity, { instancePath: instancePath + "/userIdentity", parentData: data, parentDataProperty: "userIdentity", rootData })) {
                          vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs14 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data.protocolVersion !== void 0) {
                          let data8 = data.protocolVersion;
                          const _errs15 = errors;
                          if (errors === _errs15) {
                            if (typeof data8 === "string") {
                              if (!pattern1.test(data8)) {
                                validate21.errors = [{ instancePath: instancePath + "/protocolVersion", schemaPath: "#/properties/protocolVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]{2}$" }, message: 'must match pattern "^[0-9]+\\.[0-9]{2}$"' }];
                                return false;
                              }
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/protocolVersion", schemaPath: "#/properties/protocolVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid1 = _errs15 === errors;
                        } else {
                          var valid1 = true;
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

// check:s3.object-lambda.strict.check.js
function p0(s) {
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
function p1(s) {
  let i = 0;
  let c;
  {
    const start = i;
    while (i < s.length) {
      c = s.charCodeAt(i);
      if (!(c >= 48 && c <= 57)) break;
      i++;
    }
    if (i - start < 1) return false;
  }
  c = s.charCodeAt(i);
  if (!(c === 46)) return false;
  i++;
  for (let n = 0; n < 2; n++) {
    c = s.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return false;
    i++;
  }
  return i === s.length;
}
function d_S3ObjectLambdaGetObjectContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v2 = x.inputS3Url;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.outputRoute;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.outputToken;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  return true;
}
function d_S3ObjectLambdaInputContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v6 = x.inputS3Url;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  return true;
}
function d_S3ObjectLambdaConfiguration(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v10 = x.accessPointArn;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "string" && p0(v10))) return false;
  }
  {
    const v11 = x.supportingAccessPointArn;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string" && p0(v11))) return false;
  }
  {
    const v12 = x.payload;
    if (v12 !== void 0) {
      if (!(typeof v12 === "string")) return false;
    }
  }
  return true;
}
function d_S3ObjectLambdaUserRequest(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v14 = x.url;
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string")) return false;
  }
  {
    const v15 = x.headers;
    if (v15 === void 0) return false;
    if (!d_HttpHeaders(v15)) return false;
  }
  return true;
}
function d_HttpHeaders(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v16 in x) {
    const v17 = x[v16];
    if (!(typeof v17 === "string")) return false;
  }
  return true;
}
function d_S3ObjectLambdaUserIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v19 = x.type;
    if (v19 === void 0) return false;
    if (!(typeof v19 === "string")) return false;
  }
  {
    const v20 = x.principalId;
    if (v20 !== void 0) {
      if (!(typeof v20 === "string")) return false;
    }
  }
  {
    const v21 = x.arn;
    if (v21 !== void 0) {
      if (!(typeof v21 === "string" && p0(v21))) return false;
    }
  }
  {
    const v22 = x.accountId;
    if (v22 !== void 0) {
      if (!(typeof v22 === "string")) return false;
    }
  }
  {
    const v23 = x.accessKeyId;
    if (v23 !== void 0) {
      if (!(typeof v23 === "string")) return false;
    }
  }
  {
    const v24 = x.userName;
    if (v24 !== void 0) {
      if (!(typeof v24 === "string")) return false;
    }
  }
  {
    const v25 = x.invokedBy;
    if (v25 !== void 0) {
      if (!(typeof v25 === "string")) return false;
    }
  }
  {
    const v26 = x.sessionContext;
    if (v26 !== void 0) {
      if (!d_S3ObjectLambdaSessionContext(v26)) return false;
    }
  }
  return true;
}
function d_S3ObjectLambdaSessionContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v27 = x.attributes;
    if (v27 !== void 0) {
      if (!(v27 !== null && typeof v27 === "object" && !Array.isArray(v27))) return false;
      {
        const v28 = v27.mfaAuthenticated;
        if (v28 !== void 0) {
          if (!(typeof v28 === "string")) return false;
        }
      }
      {
        const v29 = v27.creationDate;
        if (v29 !== void 0) {
          if (!(typeof v29 === "string")) return false;
        }
      }
    }
  }
  {
    const v30 = x.sessionIssuer;
    if (v30 !== void 0) {
      if (!(v30 !== null && typeof v30 === "object" && !Array.isArray(v30))) return false;
      {
        const v31 = v30.type;
        if (v31 !== void 0) {
          if (!(typeof v31 === "string")) return false;
        }
      }
      {
        const v32 = v30.principalId;
        if (v32 !== void 0) {
          if (!(typeof v32 === "string")) return false;
        }
      }
      {
        const v33 = v30.arn;
        if (v33 !== void 0) {
          if (!(typeof v33 === "string" && p0(v33))) return false;
        }
      }
      {
        const v34 = v30.accountId;
        if (v34 !== void 0) {
          if (!(typeof v34 === "string")) return false;
        }
      }
      {
        const v35 = v30.userName;
        if (v35 !== void 0) {
          if (!(typeof v35 === "string")) return false;
        }
      }
    }
  }
  {
    const v36 = x.webIdFederationData;
    if (v36 !== void 0) {
      if (!(v36 !== null && typeof v36 === "object" && !Array.isArray(v36))) return false;
    }
  }
  {
    const v37 = x.sourceIdentity;
    if (v37 !== void 0) {
      if (!(typeof v37 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.xAmzRequestId;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.getObjectContext;
    if (v1 !== void 0) {
      if (!d_S3ObjectLambdaGetObjectContext(v1)) return false;
    }
  }
  {
    const v5 = x.headObjectContext;
    if (v5 !== void 0) {
      if (!d_S3ObjectLambdaInputContext(v5)) return false;
    }
  }
  {
    const v7 = x.listObjectsContext;
    if (v7 !== void 0) {
      if (!d_S3ObjectLambdaInputContext(v7)) return false;
    }
  }
  {
    const v8 = x.listObjectsV2Context;
    if (v8 !== void 0) {
      if (!d_S3ObjectLambdaInputContext(v8)) return false;
    }
  }
  {
    const v9 = x.configuration;
    if (v9 === void 0) return false;
    if (!d_S3ObjectLambdaConfiguration(v9)) return false;
  }
  {
    const v13 = x.userRequest;
    if (v13 === void 0) return false;
    if (!d_S3ObjectLambdaUserRequest(v13)) return false;
  }
  {
    const v18 = x.userIdentity;
    if (v18 === void 0) return false;
    if (!d_S3ObjectLambdaUserIdentity(v18)) return false;
  }
  {
    const v38 = x.protocolVersion;
    if (v38 === void 0) return false;
    if (!(typeof v38 === "string")) return false;
    if (!p1(v38)) return false;
  }
  {
    let v43 = 0;
    if ((!(x !== null && typeof x === "object" && !Array.isArray(x)) || x.getObjectContext !== void 0) && ++v43 > 1) return false;
    if ((!(x !== null && typeof x === "object" && !Array.isArray(x)) || x.headObjectContext !== void 0) && ++v43 > 1) return false;
    if ((!(x !== null && typeof x === "object" && !Array.isArray(x)) || x.listObjectsContext !== void 0) && ++v43 > 1) return false;
    if ((!(x !== null && typeof x === "object" && !Array.isArray(x)) || x.listObjectsV2Context !== void 0) && ++v43 > 1) return false;
    if (v43 !== 1) return false;
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

// s3.object-lambda.strict.entry.ts
var validate = withStandardSchema(checked(check, s3_object_lambda_strict_standalone_default), "s3.object-lambda");
export {
  validate as default,
  validate
};
