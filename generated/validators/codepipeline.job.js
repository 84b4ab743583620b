// Generated from schemas/codepipeline/job.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:codepipeline.job.standalone.js
var codepipeline_job_standalone_default = validate20;
var schema35 = { "type": "object", "required": ["name", "location"], "properties": { "name": { "type": "string" }, "revision": { "type": ["string", "null"] }, "location": { "type": "object", "required": ["type", "s3Location"], "properties": { "type": { "const": "S3" }, "s3Location": { "type": "object", "required": ["bucketName", "objectKey"], "properties": { "bucketName": { "type": "string" }, "objectKey": { "type": "string" } } } } } } };
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
      if (data.accessKeyId === void 0 && (missing0 = "accessKeyId") || data.secretAccessKey === void 0 && (missing0 = "secretAccessKey") || data.sessionToken === void 0 && (missing0 = "sessionToken")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.accessKeyId !== void 0) {
          const _errs1 = errors;
          if (typeof data.accessKeyId !== "string") {
            validate23.errors = [{ instancePath: instancePath + "/accessKeyId", schemaPath: "#/properties/accessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate23.errors = [{ instancePath: instancePath + "/secretAccessKey", schemaPath: "#/properties/secretAccessKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate23.errors = [{ instancePath: instancePath + "/sessionToken", schemaPath: "#/properties/sessionToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.expirationTime !== void 0) {
                let data3 = data.expirationTime;
                const _errs7 = errors;
                if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                  validate23.errors = [{ instancePath: instancePath + "/expirationTime", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
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
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "accessKeyId": true, "secretAccessKey": true, "sessionToken": true, "expirationTime": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.actionConfiguration === void 0 && (missing0 = "actionConfiguration") || data.inputArtifacts === void 0 && (missing0 = "inputArtifacts") || data.outputArtifacts === void 0 && (missing0 = "outputArtifacts") || data.artifactCredentials === void 0 && (missing0 = "artifactCredentials")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.actionConfiguration !== void 0) {
          let data0 = data.actionConfiguration;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.configuration === void 0 && (missing1 = "configuration")) {
                validate22.errors = [{ instancePath: instancePath + "/actionConfiguration", schemaPath: "#/properties/actionConfiguration/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.configuration !== void 0) {
                  let data1 = data0.configuration;
                  const _errs3 = errors;
                  if (errors === _errs3) {
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                      let missing2;
                      if (data1.FunctionName === void 0 && (missing2 = "FunctionName")) {
                        validate22.errors = [{ instancePath: instancePath + "/actionConfiguration/configuration", schemaPath: "#/properties/actionConfiguration/properties/configuration/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        if (data1.FunctionName !== void 0) {
                          const _errs5 = errors;
                          if (typeof data1.FunctionName !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/actionConfiguration/configuration/FunctionName", schemaPath: "#/properties/actionConfiguration/properties/configuration/properties/FunctionName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate22.errors = [{ instancePath: instancePath + "/actionConfiguration/configuration/UserParameters", schemaPath: "#/properties/actionConfiguration/properties/configuration/properties/UserParameters/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs7 === errors;
                          } else {
                            var valid2 = true;
                          }
                        }
                      }
                    } else {
                      validate22.errors = [{ instancePath: instancePath + "/actionConfiguration/configuration", schemaPath: "#/properties/actionConfiguration/properties/configuration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/actionConfiguration", schemaPath: "#/properties/actionConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                  let data5 = data4[i0];
                  const _errs11 = errors;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      let missing3;
                      if (data5.name === void 0 && (missing3 = "name") || data5.location === void 0 && (missing3 = "location")) {
                        validate22.errors = [{ instancePath: instancePath + "/inputArtifacts/" + i0, schemaPath: "#/$defs/CodePipelineArtifact/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                        return false;
                      } else {
                        if (data5.name !== void 0) {
                          const _errs14 = errors;
                          if (typeof data5.name !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/inputArtifacts/" + i0 + "/name", schemaPath: "#/$defs/CodePipelineArtifact/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid5 = _errs14 === errors;
                        } else {
                          var valid5 = true;
                        }
                        if (valid5) {
                          if (data5.revision !== void 0) {
                            let data7 = data5.revision;
                            const _errs16 = errors;
                            if (typeof data7 !== "string" && data7 !== null) {
                              validate22.errors = [{ instancePath: instancePath + "/inputArtifacts/" + i0 + "/revision", schemaPath: "#/$defs/CodePipelineArtifact/properties/revision/type", keyword: "type", params: { type: schema35.properties.revision.type }, message: "must be string,null" }];
                              return false;
                            }
                            var valid5 = _errs16 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data5.location !== void 0) {
                              let data8 = data5.location;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                  let missing4;
                                  if (data8.type === void 0 && (missing4 = "type") || data8.s3Location === void 0 && (missing4 = "s3Location")) {
                                    validate22.errors = [{ instancePath: instancePath + "/inputArtifacts/" + i0 + "/location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                    return false;
                                  } else {
                                    if (data8.type !== void 0) {
                                      const _errs20 = errors;
                                      if ("S3" !== data8.type) {
                                        validate22.errors = [{ instancePath: instancePath + "/inputArtifacts/" + i0 + "/location/type", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/type/const", keyword: "const", params: { allowedValue: "S3" }, message: "must be equal to constant" }];
                                        return false;
                                      }
                                      var valid6 = _errs20 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data8.s3Location !== void 0) {
                                        let data10 = data8.s3Location;
                                        const _errs21 = errors;
                                        if (errors === _errs21) {
                                          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                            let missing5;
                                            if (data10.bucketName === void 0 && (missing5 = "bucketName") || data10.objectKey === void 0 && (missing5 = "objectKey")) {
                                              validate22.errors = [{ instancePath: instancePath + "/inputArtifacts/" + i0 + "/location/s3Location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                              return false;
                                            } else {
                                              if (data10.bucketName !== void 0) {
                                                const _errs23 = errors;
                                                if (typeof data10.bucketName !== "string") {
                                                  validate22.errors = [{ instancePath: instancePath + "/inputArtifacts/" + i0 + "/location/s3Location/bucketName", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/properties/bucketName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid7 = _errs23 === errors;
                                              } else {
                                                var valid7 = true;
                                              }
                                              if (valid7) {
                                                if (data10.objectKey !== void 0) {
                                                  const _errs25 = errors;
                                                  if (typeof data10.objectKey !== "string") {
                                                    validate22.errors = [{ instancePath: instancePath + "/inputArtifacts/" + i0 + "/location/s3Location/objectKey", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/properties/objectKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid7 = _errs25 === errors;
                                                } else {
                                                  var valid7 = true;
                                                }
                                              }
                                            }
                                          } else {
                                            validate22.errors = [{ instancePath: instancePath + "/inputArtifacts/" + i0 + "/location/s3Location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid6 = _errs21 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                    }
                                  }
                                } else {
                                  validate22.errors = [{ instancePath: instancePath + "/inputArtifacts/" + i0 + "/location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid5 = _errs18 === errors;
                            } else {
                              var valid5 = true;
                            }
                          }
                        }
                      }
                    } else {
                      validate22.errors = [{ instancePath: instancePath + "/inputArtifacts/" + i0, schemaPath: "#/$defs/CodePipelineArtifact/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid3 = _errs11 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              } else {
                validate22.errors = [{ instancePath: instancePath + "/inputArtifacts", schemaPath: "#/properties/inputArtifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs9 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.outputArtifacts !== void 0) {
              let data13 = data.outputArtifacts;
              const _errs27 = errors;
              if (errors === _errs27) {
                if (Array.isArray(data13)) {
                  var valid8 = true;
                  const len1 = data13.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data14 = data13[i1];
                    const _errs29 = errors;
                    const _errs30 = errors;
                    if (errors === _errs30) {
                      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                        let missing6;
                        if (data14.name === void 0 && (missing6 = "name") || data14.location === void 0 && (missing6 = "location")) {
                          validate22.errors = [{ instancePath: instancePath + "/outputArtifacts/" + i1, schemaPath: "#/$defs/CodePipelineArtifact/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                          return false;
                        } else {
                          if (data14.name !== void 0) {
                            const _errs32 = errors;
                            if (typeof data14.name !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/outputArtifacts/" + i1 + "/name", schemaPath: "#/$defs/CodePipelineArtifact/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid10 = _errs32 === errors;
                          } else {
                            var valid10 = true;
                          }
                          if (valid10) {
                            if (data14.revision !== void 0) {
                              let data16 = data14.revision;
                              const _errs34 = errors;
                              if (typeof data16 !== "string" && data16 !== null) {
                                validate22.errors = [{ instancePath: instancePath + "/outputArtifacts/" + i1 + "/revision", schemaPath: "#/$defs/CodePipelineArtifact/properties/revision/type", keyword: "type", params: { type: schema35.properties.revision.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid10 = _errs34 === errors;
                            } else {
                              var valid10 = true;
                            }
                            if (valid10) {
                              if (data14.location !== void 0) {
                                let data17 = data14.location;
                                const _errs36 = errors;
                                if (errors === _errs36) {
                                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                    let missing7;
                                    if (data17.type === void 0 && (missing7 = "type") || data17.s3Location === void 0 && (missing7 = "s3Location")) {
                                      validate22.errors = [{ instancePath: instancePath + "/outputArtifacts/" + i1 + "/location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                      return false;
                                    } else {
                                      if (data17.type !== void 0) {
                                        const _errs38 = errors;
                                        if ("S3" !== data17.type) {
                                          validate22.errors = [{ instancePath: instancePath + "/outputArtifacts/" + i1 + "/location/type", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/type/const", keyword: "const", params: { allowedValue: "S3" }, message: "must be equal to constant" }];
                                          return false;
                                        }
                                        var valid11 = _errs38 === errors;
                                      } else {
                                        var valid11 = true;
                                      }
                                      if (valid11) {
                                        if (data17.s3Location !== void 0) {
                                          let data19 = data17.s3Location;
                                          const _errs39 = errors;
                                          if (errors === _errs39) {
                                            if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                              let missing8;
                                              if (data19.bucketName === void 0 && (missing8 = "bucketName") || data19.objectKey === void 0 && (missing8 = "objectKey")) {
                                                validate22.errors = [{ instancePath: instancePath + "/outputArtifacts/" + i1 + "/location/s3Location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                return false;
                                              } else {
                                                if (data19.bucketName !== void 0) {
                                                  const _errs41 = errors;
                                                  if (typeof data19.bucketName !== "string") {
                                                    validate22.errors = [{ instancePath: instancePath + "/outputArtifacts/" + i1 + "/location/s3Location/bucketName", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/properties/bucketName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid12 = _errs41 === errors;
                                                } else {
                                                  var valid12 = true;
                                                }
                                                if (valid12) {
                                                  if (data19.objectKey !== void 0) {
                                                    const _errs43 = errors;
                                                    if (typeof data19.objectKey !== "string") {
                                                      validate22.errors = [{ instancePath: instancePath + "/outputArtifacts/" + i1 + "/location/s3Location/objectKey", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/properties/objectKey/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid12 = _errs43 === errors;
                                                  } else {
                                                    var valid12 = true;
                                                  }
                                                }
                                              }
                                            } else {
                                              validate22.errors = [{ instancePath: instancePath + "/outputArtifacts/" + i1 + "/location/s3Location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid11 = _errs39 === errors;
                                        } else {
                                          var valid11 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    validate22.errors = [{ instancePath: instancePath + "/outputArtifacts/" + i1 + "/location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid10 = _errs36 === errors;
                              } else {
                                var valid10 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate22.errors = [{ instancePath: instancePath + "/outputArtifacts/" + i1, schemaPath: "#/$defs/CodePipelineArtifact/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid8 = _errs29 === errors;
                    if (!valid8) {
                      break;
                    }
                  }
                } else {
                  validate22.errors = [{ instancePath: instancePath + "/outputArtifacts", schemaPath: "#/properties/outputArtifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs27 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.artifactCredentials !== void 0) {
                const _errs45 = errors;
                if (!validate23(data.artifactCredentials, { instancePath: instancePath + "/artifactCredentials", parentData: data, parentDataProperty: "artifactCredentials", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs45 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.continuationToken !== void 0) {
                  const _errs46 = errors;
                  if (typeof data.continuationToken !== "string") {
                    validate22.errors = [{ instancePath: instancePath + "/continuationToken", schemaPath: "#/properties/continuationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs46 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.encryptionKey !== void 0) {
                    let data24 = data.encryptionKey;
                    const _errs48 = errors;
                    if (errors === _errs48) {
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        let missing9;
                        if (data24.id === void 0 && (missing9 = "id") || data24.type === void 0 && (missing9 = "type")) {
                          validate22.errors = [{ instancePath: instancePath + "/encryptionKey", schemaPath: "#/properties/encryptionKey/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" }];
                          return false;
                        } else {
                          if (data24.id !== void 0) {
                            const _errs50 = errors;
                            if (typeof data24.id !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/encryptionKey/id", schemaPath: "#/properties/encryptionKey/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid13 = _errs50 === errors;
                          } else {
                            var valid13 = true;
                          }
                          if (valid13) {
                            if (data24.type !== void 0) {
                              const _errs52 = errors;
                              if (typeof data24.type !== "string") {
                                validate22.errors = [{ instancePath: instancePath + "/encryptionKey/type", schemaPath: "#/properties/encryptionKey/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid13 = _errs52 === errors;
                            } else {
                              var valid13 = true;
                            }
                          }
                        }
                      } else {
                        validate22.errors = [{ instancePath: instancePath + "/encryptionKey", schemaPath: "#/properties/encryptionKey/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs48 === errors;
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "actionConfiguration": true, "inputArtifacts": true, "outputArtifacts": true, "artifactCredentials": true, "continuationToken": true, "encryptionKey": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.id === void 0 && (missing0 = "id") || data.accountId === void 0 && (missing0 = "accountId") || data.data === void 0 && (missing0 = "data")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          const _errs1 = errors;
          if (typeof data.id !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.accountId !== void 0) {
            const _errs3 = errors;
            if (typeof data.accountId !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/accountId", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.data !== void 0) {
              const _errs6 = errors;
              if (!validate22(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
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
validate21.evaluated = { "props": { "id": true, "accountId": true, "data": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data["CodePipeline.job"] === void 0 && (missing0 = "CodePipeline.job")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["CodePipeline.job"] !== void 0) {
          if (!validate21(data["CodePipeline.job"], { instancePath: instancePath + "/CodePipeline.job", parentData: data, parentDataProperty: "CodePipeline.job", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
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
validate20.evaluated = { "props": { "CodePipeline.job": true }, "dynamicProps": false, "dynamicItems": false };

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

// codepipeline.job.entry.ts
withStandardSchema(codepipeline_job_standalone_default, "codepipeline.job");
export {
  codepipeline_job_standalone_default as default,
  codepipeline_job_standalone_default as validate
};
