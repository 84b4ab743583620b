// Generated from schemas/codepipeline/job.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:codepipeline.job.all.standalone.js
var validateAll = validate20;
var pattern4 = new RegExp("^[0-9]{12}$", "u");
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.accessKeyId === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessKeyId" }, message: "must have required property 'accessKeyId'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.secretAccessKey === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretAccessKey" }, message: "must have required property 'secretAccessKey'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.sessionToken === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sessionToken" }, message: "must have required property 'sessionToken'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.accessKeyId !== void 0) {
      if (typeof data.accessKeyId !== "string") {
        const err3 = { instancePath: instancePath + "/accessKeyId", schemaPath: "#/properties/accessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.secretAccessKey !== void 0) {
      if (typeof data.secretAccessKey !== "string") {
        const err4 = { instancePath: instancePath + "/secretAccessKey", schemaPath: "#/properties/secretAccessKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sessionToken !== void 0) {
      if (typeof data.sessionToken !== "string") {
        const err5 = { instancePath: instancePath + "/sessionToken", schemaPath: "#/properties/sessionToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.expirationTime !== void 0) {
      let data3 = data.expirationTime;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err6 = { instancePath: instancePath + "/expirationTime", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/expirationTime", schemaPath: "#/$defs/EpochMillis/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.actionConfiguration === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actionConfiguration" }, message: "must have required property 'actionConfiguration'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.inputArtifacts === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputArtifacts" }, message: "must have required property 'inputArtifacts'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.outputArtifacts === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputArtifacts" }, message: "must have required property 'outputArtifacts'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.artifactCredentials === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifactCredentials" }, message: "must have required property 'artifactCredentials'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.actionConfiguration !== void 0) {
      let data0 = data.actionConfiguration;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.configuration === void 0) {
          const err4 = { instancePath: instancePath + "/actionConfiguration", schemaPath: "#/properties/actionConfiguration/required", keyword: "required", params: { missingProperty: "configuration" }, message: "must have required property 'configuration'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.configuration !== void 0) {
          let data1 = data0.configuration;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.FunctionName === void 0) {
              const err5 = { instancePath: instancePath + "/actionConfiguration/configuration", schemaPath: "#/properties/actionConfiguration/properties/configuration/required", keyword: "required", params: { missingProperty: "FunctionName" }, message: "must have required property 'FunctionName'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.FunctionName !== void 0) {
              if (typeof data1.FunctionName !== "string") {
                const err6 = { instancePath: instancePath + "/actionConfiguration/configuration/FunctionName", schemaPath: "#/properties/actionConfiguration/properties/configuration/properties/FunctionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.UserParameters !== void 0) {
              if (typeof data1.UserParameters !== "string") {
                const err7 = { instancePath: instancePath + "/actionConfiguration/configuration/UserParameters", schemaPath: "#/properties/actionConfiguration/properties/configuration/properties/UserParameters/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/actionConfiguration/configuration", schemaPath: "#/properties/actionConfiguration/properties/configuration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/actionConfiguration", schemaPath: "#/properties/actionConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.inputArtifacts !== void 0) {
      let data4 = data.inputArtifacts;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.name === void 0) {
              const err10 = { instancePath: instancePath + "/inputArtifacts/" + i0, schemaPath: "#/$defs/CodePipelineArtifact/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data5.location === void 0) {
              const err11 = { instancePath: instancePath + "/inputArtifacts/" + i0, schemaPath: "#/$defs/CodePipelineArtifact/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data5.name !== void 0) {
              if (typeof data5.name !== "string") {
                const err12 = { instancePath: instancePath + "/inputArtifacts/" + i0 + "/name", schemaPath: "#/$defs/CodePipelineArtifact/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data5.revision !== void 0) {
              let data7 = data5.revision;
              if (typeof data7 !== "string" && data7 !== null) {
                const err13 = { instancePath: instancePath + "/inputArtifacts/" + i0 + "/revision", schemaPath: "#/$defs/CodePipelineArtifact/properties/revision/type", keyword: "type", params: { type: schema35.properties.revision.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data5.location !== void 0) {
              let data8 = data5.location;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.type === void 0) {
                  const err14 = { instancePath: instancePath + "/inputArtifacts/" + i0 + "/location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (data8.s3Location === void 0) {
                  const err15 = { instancePath: instancePath + "/inputArtifacts/" + i0 + "/location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/required", keyword: "required", params: { missingProperty: "s3Location" }, message: "must have required property 's3Location'" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (data8.type !== void 0) {
                  if ("S3" !== data8.type) {
                    const err16 = { instancePath: instancePath + "/inputArtifacts/" + i0 + "/location/type", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/type/const", keyword: "const", params: { allowedValue: "S3" }, message: "must be equal to constant" };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data8.s3Location !== void 0) {
                  let data10 = data8.s3Location;
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.bucketName === void 0) {
                      const err17 = { instancePath: instancePath + "/inputArtifacts/" + i0 + "/location/s3Location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/required", keyword: "required", params: { missingProperty: "bucketName" }, message: "must have required property 'bucketName'" };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    if (data10.objectKey === void 0) {
                      const err18 = { instancePath: instancePath + "/inputArtifacts/" + i0 + "/location/s3Location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/required", keyword: "required", params: { missingProperty: "objectKey" }, message: "must have required property 'objectKey'" };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    if (data10.bucketName !== void 0) {
                      if (typeof data10.bucketName !== "string") {
                        const err19 = { instancePath: instancePath + "/inputArtifacts/" + i0 + "/location/s3Location/bucketName", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/properties/bucketName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                    }
                    if (data10.objectKey !== void 0) {
                      if (typeof data10.objectKey !== "string") {
                        const err20 = { instancePath: instancePath + "/inputArtifacts/" + i0 + "/location/s3Location/objectKey", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/properties/objectKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err21 = { instancePath: instancePath + "/inputArtifacts/" + i0 + "/location/s3Location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              } else {
                const err22 = { instancePath: instancePath + "/inputArtifacts/" + i0 + "/location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/inputArtifacts/" + i0, schemaPath: "#/$defs/CodePipelineArtifact/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/inputArtifacts", schemaPath: "#/properties/inputArtifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.outputArtifacts !== void 0) {
      let data13 = data.outputArtifacts;
      if (Array.isArray(data13)) {
        const len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data14 = data13[i1];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.name === void 0) {
              const err25 = { instancePath: instancePath + "/outputArtifacts/" + i1, schemaPath: "#/$defs/CodePipelineArtifact/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data14.location === void 0) {
              const err26 = { instancePath: instancePath + "/outputArtifacts/" + i1, schemaPath: "#/$defs/CodePipelineArtifact/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data14.name !== void 0) {
              if (typeof data14.name !== "string") {
                const err27 = { instancePath: instancePath + "/outputArtifacts/" + i1 + "/name", schemaPath: "#/$defs/CodePipelineArtifact/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data14.revision !== void 0) {
              let data16 = data14.revision;
              if (typeof data16 !== "string" && data16 !== null) {
                const err28 = { instancePath: instancePath + "/outputArtifacts/" + i1 + "/revision", schemaPath: "#/$defs/CodePipelineArtifact/properties/revision/type", keyword: "type", params: { type: schema35.properties.revision.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data14.location !== void 0) {
              let data17 = data14.location;
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.type === void 0) {
                  const err29 = { instancePath: instancePath + "/outputArtifacts/" + i1 + "/location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (data17.s3Location === void 0) {
                  const err30 = { instancePath: instancePath + "/outputArtifacts/" + i1 + "/location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/required", keyword: "required", params: { missingProperty: "s3Location" }, message: "must have required property 's3Location'" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (data17.type !== void 0) {
                  if ("S3" !== data17.type) {
                    const err31 = { instancePath: instancePath + "/outputArtifacts/" + i1 + "/location/type", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/type/const", keyword: "const", params: { allowedValue: "S3" }, message: "must be equal to constant" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data17.s3Location !== void 0) {
                  let data19 = data17.s3Location;
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.bucketName === void 0) {
                      const err32 = { instancePath: instancePath + "/outputArtifacts/" + i1 + "/location/s3Location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/required", keyword: "required", params: { missingProperty: "bucketName" }, message: "must have required property 'bucketName'" };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                    if (data19.objectKey === void 0) {
                      const err33 = { instancePath: instancePath + "/outputArtifacts/" + i1 + "/location/s3Location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/required", keyword: "required", params: { missingProperty: "objectKey" }, message: "must have required property 'objectKey'" };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                    if (data19.bucketName !== void 0) {
                      if (typeof data19.bucketName !== "string") {
                        const err34 = { instancePath: instancePath + "/outputArtifacts/" + i1 + "/location/s3Location/bucketName", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/properties/bucketName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                    if (data19.objectKey !== void 0) {
                      if (typeof data19.objectKey !== "string") {
                        const err35 = { instancePath: instancePath + "/outputArtifacts/" + i1 + "/location/s3Location/objectKey", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/properties/objectKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err35];
                        } else {
                          vErrors.push(err35);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/outputArtifacts/" + i1 + "/location/s3Location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/properties/s3Location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/outputArtifacts/" + i1 + "/location", schemaPath: "#/$defs/CodePipelineArtifact/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/outputArtifacts/" + i1, schemaPath: "#/$defs/CodePipelineArtifact/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/outputArtifacts", schemaPath: "#/properties/outputArtifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.artifactCredentials !== void 0) {
      if (!validate23(data.artifactCredentials, { instancePath: instancePath + "/artifactCredentials", parentData: data, parentDataProperty: "artifactCredentials", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.continuationToken !== void 0) {
      if (typeof data.continuationToken !== "string") {
        const err40 = { instancePath: instancePath + "/continuationToken", schemaPath: "#/properties/continuationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.encryptionKey !== void 0) {
      let data24 = data.encryptionKey;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        if (data24.id === void 0) {
          const err41 = { instancePath: instancePath + "/encryptionKey", schemaPath: "#/properties/encryptionKey/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data24.type === void 0) {
          const err42 = { instancePath: instancePath + "/encryptionKey", schemaPath: "#/properties/encryptionKey/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data24.id !== void 0) {
          if (typeof data24.id !== "string") {
            const err43 = { instancePath: instancePath + "/encryptionKey/id", schemaPath: "#/properties/encryptionKey/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data24.type !== void 0) {
          if (typeof data24.type !== "string") {
            const err44 = { instancePath: instancePath + "/encryptionKey/type", schemaPath: "#/properties/encryptionKey/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/encryptionKey", schemaPath: "#/properties/encryptionKey/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.accountId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accountId" }, message: "must have required property 'accountId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.accountId !== void 0) {
      let data1 = data.accountId;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err4 = { instancePath: instancePath + "/accountId", schemaPath: "#/$defs/AwsAccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/accountId", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate22(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data["CodePipeline.job"] === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "CodePipeline.job" }, message: "must have required property 'CodePipeline.job'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data["CodePipeline.job"] !== void 0) {
      if (!validate21(data["CodePipeline.job"], { instancePath: instancePath + "/CodePipeline.job", parentData: data, parentDataProperty: "CodePipeline.job", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "CodePipeline.job": true }, "dynamicProps": false, "dynamicItems": false };

// codepipeline.job.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
