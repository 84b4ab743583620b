// Generated from schemas/codepipeline/job.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:codepipeline.job.standalone.js
var codepipeline_job_standalone_default = validate21;
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
var schema10 = { "type": "object", "required": ["name", "location"], "properties": { "name": { "type": "string" }, "revision": { "type": ["string", "null"] }, "location": { "type": "object", "required": ["type", "s3Location"], "properties": { "type": { "const": "S3" }, "s3Location": { "type": "object", "required": ["bucketName", "objectKey"], "properties": { "bucketName": { "type": "string" }, "objectKey": { "type": "string" } } } } } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.location === void 0 && (missing0 = "location")) {
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
          if (data.revision !== void 0) {
            let data1 = data.revision;
            const _errs3 = errors;
            if (typeof data1 !== "string" && data1 !== null) {
              validate26.errors = [{ instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/type", keyword: "type", params: { type: schema10.properties.revision.type }, message: "must be string,null" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.location !== void 0) {
              let data2 = data.location;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  let missing1;
                  if (data2.type === void 0 && (missing1 = "type") || data2.s3Location === void 0 && (missing1 = "s3Location")) {
                    validate26.errors = [{ instancePath: instancePath + "/location", schemaPath: "#/properties/location/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    if (data2.type !== void 0) {
                      const _errs7 = errors;
                      if ("S3" !== data2.type) {
                        validate26.errors = [{ instancePath: instancePath + "/location/type", schemaPath: "#/properties/location/properties/type/const", keyword: "const", params: { allowedValue: "S3" }, message: "must be equal to constant" }];
                        return false;
                      }
                      var valid1 = _errs7 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data2.s3Location !== void 0) {
                        let data4 = data2.s3Location;
                        const _errs8 = errors;
                        if (errors === _errs8) {
                          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                            let missing2;
                            if (data4.bucketName === void 0 && (missing2 = "bucketName") || data4.objectKey === void 0 && (missing2 = "objectKey")) {
                              validate26.errors = [{ instancePath: instancePath + "/location/s3Location", schemaPath: "#/properties/location/properties/s3Location/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                              return false;
                            } else {
                              if (data4.bucketName !== void 0) {
                                const _errs10 = errors;
                                if (typeof data4.bucketName !== "string") {
                                  validate26.errors = [{ instancePath: instancePath + "/location/s3Location/bucketName", schemaPath: "#/properties/location/properties/s3Location/properties/bucketName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs10 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data4.objectKey !== void 0) {
                                  const _errs12 = errors;
                                  if (typeof data4.objectKey !== "string") {
                                    validate26.errors = [{ instancePath: instancePath + "/location/s3Location/objectKey", schemaPath: "#/properties/location/properties/s3Location/properties/objectKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs12 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            }
                          } else {
                            validate26.errors = [{ instancePath: instancePath + "/location/s3Location", schemaPath: "#/properties/location/properties/s3Location/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid1 = _errs8 === errors;
                      } else {
                        var valid1 = true;
                      }
                    }
                  }
                } else {
                  validate26.errors = [{ instancePath: instancePath + "/location", schemaPath: "#/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
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
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
    return false;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.accessKeyId === void 0 && (missing0 = "accessKeyId") || data.secretAccessKey === void 0 && (missing0 = "secretAccessKey") || data.sessionToken === void 0 && (missing0 = "sessionToken")) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accessKeyId !== void 0) {
          const _errs1 = errors;
          if (typeof data.accessKeyId !== "string") {
            validate29.errors = [{ instancePath: instancePath + "/accessKeyId", schemaPath: "#/properties/accessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.secretAccessKey !== void 0) {
            const _errs3 = errors;
            if (typeof data.secretAccessKey !== "string") {
              validate29.errors = [{ instancePath: instancePath + "/secretAccessKey", schemaPath: "#/properties/secretAccessKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sessionToken !== void 0) {
              const _errs5 = errors;
              if (typeof data.sessionToken !== "string") {
                validate29.errors = [{ instancePath: instancePath + "/sessionToken", schemaPath: "#/properties/sessionToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.expirationTime !== void 0) {
                const _errs7 = errors;
                if (!validate30(data.expirationTime, { instancePath: instancePath + "/expirationTime", parentData: data, parentDataProperty: "expirationTime", rootData })) {
                  vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
      if (data.actionConfiguration === void 0 && (missing0 = "actionConfiguration") || data.inputArtifacts === void 0 && (missing0 = "inputArtifacts") || data.outputArtifacts === void 0 && (missing0 = "outputArtifacts") || data.artifactCredentials === void 0 && (missing0 = "artifactCredentials")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.actionConfiguration !== void 0) {
          let data0 = data.actionConfiguration;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.configuration === void 0 && (missing1 = "configuration")) {
                validate25.errors = [{ instancePath: instancePath + "/actionConfiguration", schemaPath: "#/properties/actionConfiguration/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.configuration !== void 0) {
                  let data1 = data0.configuration;
                  const _errs3 = errors;
                  if (errors === _errs3) {
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                      let missing2;
                      if (data1.FunctionName === void 0 && (missing2 = "FunctionName")) {
                        validate25.errors = [{ instancePath: instancePath + "/actionConfiguration/configuration", schemaPath: "#/properties/actionConfiguration/properties/configuration/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        if (data1.FunctionName !== void 0) {
                          const _errs5 = errors;
                          if (typeof data1.FunctionName !== "string") {
                            validate25.errors = [{ instancePath: instancePath + "/actionConfiguration/configuration/FunctionName", schemaPath: "#/properties/actionConfiguration/properties/configuration/properties/FunctionName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs5 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data1.UserParameters !== void 0) {
                            const _errs7 = errors;
                            if (typeof data1.UserParameters !== "string") {
                              validate25.errors = [{ instancePath: instancePath + "/actionConfiguration/configuration/UserParameters", schemaPath: "#/properties/actionConfiguration/properties/configuration/properties/UserParameters/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs7 === errors;
                          } else {
                            var valid2 = true;
                          }
                        }
                      }
                    } else {
                      validate25.errors = [{ instancePath: instancePath + "/actionConfiguration/configuration", schemaPath: "#/properties/actionConfiguration/properties/configuration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate25.errors = [{ instancePath: instancePath + "/actionConfiguration", schemaPath: "#/properties/actionConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.inputArtifacts !== void 0) {
            let data4 = data.inputArtifacts;
            const _errs9 = errors;
            if (errors === _errs9) {
              if (Array.isArray(data4)) {
                var valid3 = true;
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs11 = errors;
                  if (!validate26(data4[i0], { instancePath: instancePath + "/inputArtifacts/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                  }
                  var valid3 = _errs11 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              } else {
                validate25.errors = [{ instancePath: instancePath + "/inputArtifacts", schemaPath: "#/properties/inputArtifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs9 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.outputArtifacts !== void 0) {
              let data6 = data.outputArtifacts;
              const _errs12 = errors;
              if (errors === _errs12) {
                if (Array.isArray(data6)) {
                  var valid4 = true;
                  const len1 = data6.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    const _errs14 = errors;
                    if (!validate26(data6[i1], { instancePath: instancePath + "/outputArtifacts/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
                      vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                      errors = vErrors.length;
                    }
                    var valid4 = _errs14 === errors;
                    if (!valid4) {
                      break;
                    }
                  }
                } else {
                  validate25.errors = [{ instancePath: instancePath + "/outputArtifacts", schemaPath: "#/properties/outputArtifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs12 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.artifactCredentials !== void 0) {
                const _errs15 = errors;
                if (!validate29(data.artifactCredentials, { instancePath: instancePath + "/artifactCredentials", parentData: data, parentDataProperty: "artifactCredentials", rootData })) {
                  vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs15 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.continuationToken !== void 0) {
                  const _errs16 = errors;
                  if (typeof data.continuationToken !== "string") {
                    validate25.errors = [{ instancePath: instancePath + "/continuationToken", schemaPath: "#/properties/continuationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs16 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.encryptionKey !== void 0) {
                    let data10 = data.encryptionKey;
                    const _errs18 = errors;
                    if (errors === _errs18) {
                      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                        let missing3;
                        if (data10.id === void 0 && (missing3 = "id") || data10.type === void 0 && (missing3 = "type")) {
                          validate25.errors = [{ instancePath: instancePath + "/encryptionKey", schemaPath: "#/properties/encryptionKey/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                          return false;
                        } else {
                          if (data10.id !== void 0) {
                            const _errs20 = errors;
                            if (typeof data10.id !== "string") {
                              validate25.errors = [{ instancePath: instancePath + "/encryptionKey/id", schemaPath: "#/properties/encryptionKey/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid5 = _errs20 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data10.type !== void 0) {
                              const _errs22 = errors;
                              if (typeof data10.type !== "string") {
                                validate25.errors = [{ instancePath: instancePath + "/encryptionKey/type", schemaPath: "#/properties/encryptionKey/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid5 = _errs22 === errors;
                            } else {
                              var valid5 = true;
                            }
                          }
                        }
                      } else {
                        validate25.errors = [{ instancePath: instancePath + "/encryptionKey", schemaPath: "#/properties/encryptionKey/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      if (data.id === void 0 && (missing0 = "id") || data.accountId === void 0 && (missing0 = "accountId") || data.data === void 0 && (missing0 = "data")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          const _errs1 = errors;
          if (typeof data.id !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.accountId !== void 0) {
            const _errs3 = errors;
            if (!validate23(data.accountId, { instancePath: instancePath + "/accountId", parentData: data, parentDataProperty: "accountId", rootData })) {
              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== void 0) {
              const _errs4 = errors;
              if (!validate25(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData })) {
                vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
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
      if (data["CodePipeline.job"] === void 0 && (missing0 = "CodePipeline.job")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["CodePipeline.job"] !== void 0) {
          if (!validate22(data["CodePipeline.job"], { instancePath: instancePath + "/CodePipeline.job", parentData: data, parentDataProperty: "CodePipeline.job", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
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

// check:codepipeline.job.check.js
function d_CodePipelineJob(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v1 = x.id;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x.accountId;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.data;
    if (v3 === void 0) return false;
    if (!d_CodePipelineJobData(v3)) return false;
  }
  return true;
}
function d_CodePipelineJobData(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v4 = x.actionConfiguration;
    if (v4 === void 0) return false;
    if (!(v4 !== null && typeof v4 === "object" && !Array.isArray(v4))) return false;
    {
      const v5 = v4.configuration;
      if (v5 === void 0) return false;
      if (!(v5 !== null && typeof v5 === "object" && !Array.isArray(v5))) return false;
      {
        const v6 = v5.FunctionName;
        if (v6 === void 0) return false;
        if (!(typeof v6 === "string")) return false;
      }
      {
        const v7 = v5.UserParameters;
        if (v7 !== void 0) {
          if (!(typeof v7 === "string")) return false;
        }
      }
    }
  }
  {
    const v8 = x.inputArtifacts;
    if (v8 === void 0) return false;
    if (!Array.isArray(v8)) return false;
    for (let v10 = 0; v10 < v8.length; v10++) {
      const v9 = v8[v10];
      if (!d_CodePipelineArtifact(v9)) return false;
    }
  }
  {
    const v18 = x.outputArtifacts;
    if (v18 === void 0) return false;
    if (!Array.isArray(v18)) return false;
    for (let v20 = 0; v20 < v18.length; v20++) {
      const v19 = v18[v20];
      if (!d_CodePipelineArtifact(v19)) return false;
    }
  }
  {
    const v21 = x.artifactCredentials;
    if (v21 === void 0) return false;
    if (!d_CodePipelineArtifactCredentials(v21)) return false;
  }
  {
    const v26 = x.continuationToken;
    if (v26 !== void 0) {
      if (!(typeof v26 === "string")) return false;
    }
  }
  {
    const v27 = x.encryptionKey;
    if (v27 !== void 0) {
      if (!(v27 !== null && typeof v27 === "object" && !Array.isArray(v27))) return false;
      {
        const v28 = v27.id;
        if (v28 === void 0) return false;
        if (!(typeof v28 === "string")) return false;
      }
      {
        const v29 = v27.type;
        if (v29 === void 0) return false;
        if (!(typeof v29 === "string")) return false;
      }
    }
  }
  return true;
}
function d_CodePipelineArtifact(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v11 = x.name;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  {
    const v12 = x.revision;
    if (v12 !== void 0) {
      if (!(typeof v12 === "string" || v12 === null)) return false;
    }
  }
  {
    const v13 = x.location;
    if (v13 === void 0) return false;
    if (!(v13 !== null && typeof v13 === "object" && !Array.isArray(v13))) return false;
    {
      const v14 = v13.type;
      if (v14 === void 0) return false;
      if (!(v14 === "S3")) return false;
    }
    {
      const v15 = v13.s3Location;
      if (v15 === void 0) return false;
      if (!(v15 !== null && typeof v15 === "object" && !Array.isArray(v15))) return false;
      {
        const v16 = v15.bucketName;
        if (v16 === void 0) return false;
        if (!(typeof v16 === "string")) return false;
      }
      {
        const v17 = v15.objectKey;
        if (v17 === void 0) return false;
        if (!(typeof v17 === "string")) return false;
      }
    }
  }
  return true;
}
function d_CodePipelineArtifactCredentials(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v22 = x.accessKeyId;
    if (v22 === void 0) return false;
    if (!(typeof v22 === "string")) return false;
  }
  {
    const v23 = x.secretAccessKey;
    if (v23 === void 0) return false;
    if (!(typeof v23 === "string")) return false;
  }
  {
    const v24 = x.sessionToken;
    if (v24 === void 0) return false;
    if (!(typeof v24 === "string")) return false;
  }
  {
    const v25 = x.expirationTime;
    if (v25 !== void 0) {
      if (!(typeof v25 === "number" && !(v25 % 1) && !isNaN(v25) && isFinite(v25))) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x["CodePipeline.job"];
    if (v0 === void 0) return false;
    if (!d_CodePipelineJob(v0)) return false;
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

// codepipeline.job.entry.ts
var validate = withStandardSchema(checked(check, codepipeline_job_standalone_default), "codepipeline.job");
export {
  validate as default,
  validate
};
