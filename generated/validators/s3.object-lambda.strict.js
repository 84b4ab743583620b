// Generated from schemas/s3/object-lambda.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.object-lambda.strict.standalone.js
var s3_object_lambda_strict_standalone_default = validate20;
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
      if (data.inputS3Url === void 0 && (missing0 = "inputS3Url") || data.outputRoute === void 0 && (missing0 = "outputRoute") || data.outputToken === void 0 && (missing0 = "outputToken")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.inputS3Url !== void 0) {
          const _errs1 = errors;
          if (typeof data.inputS3Url !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/inputS3Url", schemaPath: "#/$defs/S3ObjectLambdaInputS3Url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.outputRoute !== void 0) {
            const _errs4 = errors;
            if (typeof data.outputRoute !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/outputRoute", schemaPath: "#/properties/outputRoute/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.outputToken !== void 0) {
              const _errs6 = errors;
              if (typeof data.outputToken !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/outputToken", schemaPath: "#/properties/outputToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
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
validate21.evaluated = { "props": { "inputS3Url": true, "outputRoute": true, "outputToken": true }, "dynamicProps": false, "dynamicItems": false };
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
      let missing0;
      if (data.inputS3Url === void 0 && (missing0 = "inputS3Url")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.inputS3Url !== void 0) {
          if (typeof data.inputS3Url !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/inputS3Url", schemaPath: "#/$defs/S3ObjectLambdaInputS3Url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
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
validate23.evaluated = { "props": { "inputS3Url": true }, "dynamicProps": false, "dynamicItems": false };
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accessPointArn === void 0 && (missing0 = "accessPointArn") || data.supportingAccessPointArn === void 0 && (missing0 = "supportingAccessPointArn")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accessPointArn !== void 0) {
          let data0 = data.accessPointArn;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (!pattern4.test(data0)) {
                validate27.errors = [{ instancePath: instancePath + "/accessPointArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                return false;
              }
            } else {
              validate27.errors = [{ instancePath: instancePath + "/accessPointArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.supportingAccessPointArn !== void 0) {
            let data1 = data.supportingAccessPointArn;
            const _errs4 = errors;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (typeof data1 === "string") {
                if (!pattern4.test(data1)) {
                  validate27.errors = [{ instancePath: instancePath + "/supportingAccessPointArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                  return false;
                }
              } else {
                validate27.errors = [{ instancePath: instancePath + "/supportingAccessPointArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.payload !== void 0) {
              const _errs7 = errors;
              if (typeof data.payload !== "string") {
                validate27.errors = [{ instancePath: instancePath + "/payload", schemaPath: "#/properties/payload/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
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
validate27.evaluated = { "props": { "accessPointArn": true, "supportingAccessPointArn": true, "payload": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.url === void 0 && (missing0 = "url") || data.headers === void 0 && (missing0 = "headers")) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.url !== void 0) {
          const _errs1 = errors;
          if (typeof data.url !== "string") {
            validate29.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.headers !== void 0) {
            let data1 = data.headers;
            const _errs3 = errors;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                for (const key0 in data1) {
                  const _errs7 = errors;
                  if (typeof data1[key0] !== "string") {
                    validate29.errors = [{ instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/HttpHeaders/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs7 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate29.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/$defs/HttpHeaders/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
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
validate29.evaluated = { "props": { "url": true, "headers": true }, "dynamicProps": false, "dynamicItems": false };
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
                validate32.errors = [{ instancePath: instancePath + "/attributes/mfaAuthenticated", schemaPath: "#/properties/attributes/properties/mfaAuthenticated/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate32.errors = [{ instancePath: instancePath + "/attributes/creationDate", schemaPath: "#/properties/attributes/properties/creationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid1 = _errs5 === errors;
              } else {
                var valid1 = true;
              }
            }
          } else {
            validate32.errors = [{ instancePath: instancePath + "/attributes", schemaPath: "#/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                  validate32.errors = [{ instancePath: instancePath + "/sessionIssuer/type", schemaPath: "#/properties/sessionIssuer/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate32.errors = [{ instancePath: instancePath + "/sessionIssuer/principalId", schemaPath: "#/properties/sessionIssuer/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid2 = _errs11 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data3.arn !== void 0) {
                    let data6 = data3.arn;
                    const _errs13 = errors;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (typeof data6 === "string") {
                        if (!pattern4.test(data6)) {
                          validate32.errors = [{ instancePath: instancePath + "/sessionIssuer/arn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                          return false;
                        }
                      } else {
                        validate32.errors = [{ instancePath: instancePath + "/sessionIssuer/arn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid2 = _errs13 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data3.accountId !== void 0) {
                      const _errs16 = errors;
                      if (typeof data3.accountId !== "string") {
                        validate32.errors = [{ instancePath: instancePath + "/sessionIssuer/accountId", schemaPath: "#/properties/sessionIssuer/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs16 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data3.userName !== void 0) {
                        const _errs18 = errors;
                        if (typeof data3.userName !== "string") {
                          validate32.errors = [{ instancePath: instancePath + "/sessionIssuer/userName", schemaPath: "#/properties/sessionIssuer/properties/userName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate32.errors = [{ instancePath: instancePath + "/sessionIssuer", schemaPath: "#/properties/sessionIssuer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
            const _errs20 = errors;
            if (errors === _errs20) {
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              } else {
                validate32.errors = [{ instancePath: instancePath + "/webIdFederationData", schemaPath: "#/properties/webIdFederationData/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs20 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sourceIdentity !== void 0) {
              const _errs23 = errors;
              if (typeof data.sourceIdentity !== "string") {
                validate32.errors = [{ instancePath: instancePath + "/sourceIdentity", schemaPath: "#/properties/sourceIdentity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs23 === errors;
            } else {
              var valid0 = true;
            }
          }
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
validate32.evaluated = { "props": { "attributes": true, "sessionIssuer": true, "webIdFederationData": true, "sourceIdentity": true }, "dynamicProps": false, "dynamicItems": false };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs1 = errors;
          if (typeof data.type !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate31.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.arn !== void 0) {
              let data2 = data.arn;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (typeof data2 === "string") {
                  if (!pattern4.test(data2)) {
                    validate31.errors = [{ instancePath: instancePath + "/arn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
                    return false;
                  }
                } else {
                  validate31.errors = [{ instancePath: instancePath + "/arn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.accountId !== void 0) {
                const _errs8 = errors;
                if (typeof data.accountId !== "string") {
                  validate31.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.accessKeyId !== void 0) {
                  const _errs10 = errors;
                  if (typeof data.accessKeyId !== "string") {
                    validate31.errors = [{ instancePath: instancePath + "/accessKeyId", schemaPath: "#/properties/accessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.userName !== void 0) {
                    const _errs12 = errors;
                    if (typeof data.userName !== "string") {
                      validate31.errors = [{ instancePath: instancePath + "/userName", schemaPath: "#/properties/userName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.invokedBy !== void 0) {
                      const _errs14 = errors;
                      if (typeof data.invokedBy !== "string") {
                        validate31.errors = [{ instancePath: instancePath + "/invokedBy", schemaPath: "#/properties/invokedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.sessionContext !== void 0) {
                        const _errs16 = errors;
                        if (!validate32(data.sessionContext, { instancePath: instancePath + "/sessionContext", parentData: data, parentDataProperty: "sessionContext", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                          errors = vErrors.length;
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
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": { "type": true, "principalId": true, "arn": true, "accountId": true, "accessKeyId": true, "userName": true, "invokedBy": true, "sessionContext": true }, "dynamicProps": false, "dynamicItems": false };
var pattern8 = new RegExp("^[0-9]+\\.[0-9]{2}$", "u");
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
    var props0 = {};
    props0.getObjectContext = true;
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
      if (props0 !== true) {
        props0 = props0 || {};
        props0.headObjectContext = true;
      }
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
        if (props0 !== true) {
          props0 = props0 || {};
          props0.listObjectsContext = true;
        }
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
          if (props0 !== true) {
            props0 = props0 || {};
            props0.listObjectsV2Context = true;
          }
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
    validate20.errors = vErrors;
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
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
        return false;
      } else {
        if (props0 !== true) {
          props0 = props0 || {};
          props0.xAmzRequestId = true;
          props0.getObjectContext = true;
          props0.headObjectContext = true;
          props0.listObjectsContext = true;
          props0.listObjectsV2Context = true;
          props0.configuration = true;
          props0.userRequest = true;
          props0.userIdentity = true;
          props0.protocolVersion = true;
        }
        if (data.xAmzRequestId !== void 0) {
          const _errs6 = errors;
          if (typeof data.xAmzRequestId !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/xAmzRequestId", schemaPath: "#/properties/xAmzRequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid1 = _errs6 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.getObjectContext !== void 0) {
            const _errs8 = errors;
            if (!validate21(data.getObjectContext, { instancePath: instancePath + "/getObjectContext", parentData: data, parentDataProperty: "getObjectContext", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs8 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.headObjectContext !== void 0) {
              const _errs9 = errors;
              if (!validate23(data.headObjectContext, { instancePath: instancePath + "/headObjectContext", parentData: data, parentDataProperty: "headObjectContext", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs9 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.listObjectsContext !== void 0) {
                const _errs10 = errors;
                if (!validate23(data.listObjectsContext, { instancePath: instancePath + "/listObjectsContext", parentData: data, parentDataProperty: "listObjectsContext", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs10 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.listObjectsV2Context !== void 0) {
                  const _errs11 = errors;
                  if (!validate23(data.listObjectsV2Context, { instancePath: instancePath + "/listObjectsV2Context", parentData: data, parentDataProperty: "listObjectsV2Context", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs11 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.configuration !== void 0) {
                    const _errs12 = errors;
                    if (!validate27(data.configuration, { instancePath: instancePath + "/configuration", parentData: data, parentDataProperty: "configuration", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs12 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.userRequest !== void 0) {
                      const _errs13 = errors;
                      if (!validate29(data.userRequest, { instancePath: instancePath + "/userRequest", parentData: data, parentDataProperty: "userRequest", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs13 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data.userIdentity !== void 0) {
                        const _errs14 = errors;
                        if (!validate31(data.userIdentity, { instancePath: instancePath + "/userIdentity", parentData: data, parentDataProperty: "userIdentity", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
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
                              if (!pattern8.test(data8)) {
                                validate20.errors = [{ instancePath: instancePath + "/protocolVersion", schemaPath: "#/properties/protocolVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]{2}$" }, message: 'must match pattern "^[0-9]+\\.[0-9]{2}$"' }];
                                return false;
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/protocolVersion", schemaPath: "#/properties/protocolVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { "dynamicProps": true, "dynamicItems": false };

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

// s3.object-lambda.strict.entry.ts
withStandardSchema(s3_object_lambda_strict_standalone_default, "s3.object-lambda");
export {
  s3_object_lambda_strict_standalone_default as default,
  s3_object_lambda_strict_standalone_default as validate
};
