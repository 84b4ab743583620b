// Generated from schemas/s3/object-lambda.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.object-lambda.result.strict.standalone.js
var s3_object_lambda_result_strict_standalone_default = validate21;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
    return false;
  }
  if (errors === 0) {
    if (typeof data == "number" && isFinite(data)) {
      if (data > 599 || isNaN(data)) {
        validate22.errors = [{ instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599" }];
        return false;
      } else {
        if (data < 100 || isNaN(data)) {
          validate22.errors = [{ instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" }];
          return false;
        }
      }
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.key === void 0 && (missing0 = "key") || data.size === void 0 && (missing0 = "size")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.key !== void 0) {
          const _errs1 = errors;
          if (typeof data.key !== "string") {
            validate25.errors = [{ instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.size !== void 0) {
            let data1 = data.size;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate25.errors = [{ instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 < 0 || isNaN(data1)) {
                  validate25.errors = [{ instancePath: instancePath + "/size", schemaPath: "#/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.lastModified !== void 0) {
              const _errs5 = errors;
              if (typeof data.lastModified !== "string") {
                validate25.errors = [{ instancePath: instancePath + "/lastModified", schemaPath: "#/properties/lastModified/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.eTag !== void 0) {
                const _errs7 = errors;
                if (typeof data.eTag !== "string") {
                  validate25.errors = [{ instancePath: instancePath + "/eTag", schemaPath: "#/properties/eTag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.checksumAlgorithm !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.checksumAlgorithm !== "string") {
                    validate25.errors = [{ instancePath: instancePath + "/checksumAlgorithm", schemaPath: "#/properties/checksumAlgorithm/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.storageClass !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.storageClass !== "string") {
                      validate25.errors = [{ instancePath: instancePath + "/storageClass", schemaPath: "#/properties/storageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.owner !== void 0) {
                      let data6 = data.owner;
                      const _errs13 = errors;
                      if (errors === _errs13) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          let missing1;
                          if (data6.displayName === void 0 && (missing1 = "displayName") || data6.id === void 0 && (missing1 = "id")) {
                            validate25.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data6.displayName !== void 0) {
                              const _errs15 = errors;
                              if (typeof data6.displayName !== "string") {
                                validate25.errors = [{ instancePath: instancePath + "/owner/displayName", schemaPath: "#/properties/owner/properties/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs15 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data6.id !== void 0) {
                                const _errs17 = errors;
                                if (typeof data6.id !== "string") {
                                  validate25.errors = [{ instancePath: instancePath + "/owner/id", schemaPath: "#/properties/owner/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid1 = _errs17 === errors;
                              } else {
                                var valid1 = true;
                              }
                            }
                          }
                        } else {
                          validate25.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
    } else {
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.maxKeys === void 0 && (missing0 = "maxKeys") || data.isTruncated === void 0 && (missing0 = "isTruncated")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.prefix !== void 0) {
            const _errs3 = errors;
            if (typeof data.prefix !== "string") {
              validate24.errors = [{ instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.delimiter !== void 0) {
              const _errs5 = errors;
              if (typeof data.delimiter !== "string") {
                validate24.errors = [{ instancePath: instancePath + "/delimiter", schemaPath: "#/properties/delimiter/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.encodingType !== void 0) {
                const _errs7 = errors;
                if (typeof data.encodingType !== "string") {
                  validate24.errors = [{ instancePath: instancePath + "/encodingType", schemaPath: "#/properties/encodingType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.maxKeys !== void 0) {
                  let data4 = data.maxKeys;
                  const _errs9 = errors;
                  if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                    validate24.errors = [{ instancePath: instancePath + "/maxKeys", schemaPath: "#/properties/maxKeys/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs9) {
                    if (typeof data4 == "number" && isFinite(data4)) {
                      if (data4 < 0 || isNaN(data4)) {
                        validate24.errors = [{ instancePath: instancePath + "/maxKeys", schemaPath: "#/properties/maxKeys/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.isTruncated !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.isTruncated !== "boolean") {
                      validate24.errors = [{ instancePath: instancePath + "/isTruncated", schemaPath: "#/properties/isTruncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.marker !== void 0) {
                      const _errs13 = errors;
                      if (typeof data.marker !== "string") {
                        validate24.errors = [{ instancePath: instancePath + "/marker", schemaPath: "#/properties/marker/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.nextMarker !== void 0) {
                        const _errs15 = errors;
                        if (typeof data.nextMarker !== "string") {
                          validate24.errors = [{ instancePath: instancePath + "/nextMarker", schemaPath: "#/properties/nextMarker/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.startAfter !== void 0) {
                          const _errs17 = errors;
                          if (typeof data.startAfter !== "string") {
                            validate24.errors = [{ instancePath: instancePath + "/startAfter", schemaPath: "#/properties/startAfter/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.continuationToken !== void 0) {
                            const _errs19 = errors;
                            if (typeof data.continuationToken !== "string") {
                              validate24.errors = [{ instancePath: instancePath + "/continuationToken", schemaPath: "#/properties/continuationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs19 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.nextContinuationToken !== void 0) {
                              const _errs21 = errors;
                              if (typeof data.nextContinuationToken !== "string") {
                                validate24.errors = [{ instancePath: instancePath + "/nextContinuationToken", schemaPath: "#/properties/nextContinuationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs21 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.keyCount !== void 0) {
                                let data11 = data.keyCount;
                                const _errs23 = errors;
                                if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                                  validate24.errors = [{ instancePath: instancePath + "/keyCount", schemaPath: "#/properties/keyCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs23) {
                                  if (typeof data11 == "number" && isFinite(data11)) {
                                    if (data11 < 0 || isNaN(data11)) {
                                      validate24.errors = [{ instancePath: instancePath + "/keyCount", schemaPath: "#/properties/keyCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid0 = _errs23 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.contents !== void 0) {
                                  let data12 = data.contents;
                                  const _errs25 = errors;
                                  if (errors === _errs25) {
                                    if (Array.isArray(data12)) {
                                      var valid1 = true;
                                      const len0 = data12.length;
                                      for (let i0 = 0; i0 < len0; i0++) {
                                        const _errs27 = errors;
                                        if (!validate25(data12[i0], { instancePath: instancePath + "/contents/" + i0, parentData: data12, parentDataProperty: i0, rootData })) {
                                          vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid1 = _errs27 === errors;
                                        if (!valid1) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate24.errors = [{ instancePath: instancePath + "/contents", schemaPath: "#/properties/contents/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs25 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.commonPrefixes !== void 0) {
                                    let data14 = data.commonPrefixes;
                                    const _errs28 = errors;
                                    if (errors === _errs28) {
                                      if (Array.isArray(data14)) {
                                        var valid2 = true;
                                        const len1 = data14.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          let data15 = data14[i1];
                                          const _errs30 = errors;
                                          if (errors === _errs30) {
                                            if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                              let missing1;
                                              if (data15.prefix === void 0 && (missing1 = "prefix")) {
                                                validate24.errors = [{ instancePath: instancePath + "/commonPrefixes/" + i1, schemaPath: "#/properties/commonPrefixes/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                return false;
                                              } else {
                                                if (data15.prefix !== void 0) {
                                                  if (typeof data15.prefix !== "string") {
                                                    validate24.errors = [{ instancePath: instancePath + "/commonPrefixes/" + i1 + "/prefix", schemaPath: "#/properties/commonPrefixes/items/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                              }
                                            } else {
                                              validate24.errors = [{ instancePath: instancePath + "/commonPrefixes/" + i1, schemaPath: "#/properties/commonPrefixes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid2 = _errs30 === errors;
                                          if (!valid2) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate24.errors = [{ instancePath: instancePath + "/commonPrefixes", schemaPath: "#/properties/commonPrefixes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs28 === errors;
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
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.listResultXml === void 0 && (missing0 = "listResultXml") || data.listBucketResult === void 0 && (missing0 = "listBucketResult")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    validate21.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
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
      let missing1;
      if (data.statusCode === void 0 && (missing1 = "statusCode")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      } else {
        if (data.statusCode !== void 0) {
          const _errs3 = errors;
          if (!validate22(data.statusCode, { instancePath: instancePath + "/statusCode", parentData: data, parentDataProperty: "statusCode", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
          var valid1 = _errs3 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.errorCode !== void 0) {
            const _errs4 = errors;
            if (typeof data.errorCode !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/errorCode", schemaPath: "#/properties/errorCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.errorMessage !== void 0) {
              const _errs6 = errors;
              if (typeof data.errorMessage !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/errorMessage", schemaPath: "#/properties/errorMessage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs6 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.headers !== void 0) {
                let data3 = data.headers;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      let data4 = data3[key0];
                      const _errs11 = errors;
                      const _errs12 = errors;
                      let valid3 = false;
                      const _errs13 = errors;
                      if (typeof data4 !== "string") {
                        const err1 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                      var _valid0 = _errs13 === errors;
                      valid3 = valid3 || _valid0;
                      if (!valid3) {
                        const _errs15 = errors;
                        if (!(typeof data4 == "number" && isFinite(data4))) {
                          const err2 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                          if (vErrors === null) {
                            vErrors = [err2];
                          } else {
                            vErrors.push(err2);
                          }
                          errors++;
                        }
                        var _valid0 = _errs15 === errors;
                        valid3 = valid3 || _valid0;
                        if (!valid3) {
                          const _errs17 = errors;
                          if (typeof data4 !== "boolean") {
                            const err3 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                          }
                          var _valid0 = _errs17 === errors;
                          valid3 = valid3 || _valid0;
                        }
                      }
                      if (!valid3) {
                        const err4 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                        validate21.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs12;
                        if (vErrors !== null) {
                          if (_errs12) {
                            vErrors.length = _errs12;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs11 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs8 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.metadata !== void 0) {
                  let data5 = data.metadata;
                  const _errs19 = errors;
                  if (errors === _errs19) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      for (const key1 in data5) {
                        const _errs22 = errors;
                        if (typeof data5[key1] !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid4 = _errs22 === errors;
                        if (!valid4) {
                          break;
                        }
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs19 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.listResultXml !== void 0) {
                    const _errs24 = errors;
                    if (typeof data.listResultXml !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/listResultXml", schemaPath: "#/properties/listResultXml/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs24 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.listBucketResult !== void 0) {
                      const _errs26 = errors;
                      if (!validate24(data.listBucketResult, { instancePath: instancePath + "/listBucketResult", parentData: data, parentDataProperty: "listBucketResult", rootData })) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs26 === errors;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:s3.object-lambda.result.strict.check.js
function d_S3ObjectLambdaListBucketResult(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v11 = x.name;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  {
    const v12 = x.prefix;
    if (v12 !== void 0) {
      if (!(typeof v12 === "string")) return false;
    }
  }
  {
    const v13 = x.delimiter;
    if (v13 !== void 0) {
      if (!(typeof v13 === "string")) return false;
    }
  }
  {
    const v14 = x.encodingType;
    if (v14 !== void 0) {
      if (!(typeof v14 === "string")) return false;
    }
  }
  {
    const v15 = x.maxKeys;
    if (v15 === void 0) return false;
    if (!(typeof v15 === "number" && !(v15 % 1) && !isNaN(v15) && isFinite(v15))) return false;
    if (!(v15 >= 0)) return false;
  }
  {
    const v16 = x.isTruncated;
    if (v16 === void 0) return false;
    if (!(typeof v16 === "boolean")) return false;
  }
  {
    const v17 = x.marker;
    if (v17 !== void 0) {
      if (!(typeof v17 === "string")) return false;
    }
  }
  {
    const v18 = x.nextMarker;
    if (v18 !== void 0) {
      if (!(typeof v18 === "string")) return false;
    }
  }
  {
    const v19 = x.startAfter;
    if (v19 !== void 0) {
      if (!(typeof v19 === "string")) return false;
    }
  }
  {
    const v20 = x.continuationToken;
    if (v20 !== void 0) {
      if (!(typeof v20 === "string")) return false;
    }
  }
  {
    const v21 = x.nextContinuationToken;
    if (v21 !== void 0) {
      if (!(typeof v21 === "string")) return false;
    }
  }
  {
    const v22 = x.keyCount;
    if (v22 !== void 0) {
      if (!(typeof v22 === "number" && !(v22 % 1) && !isNaN(v22) && isFinite(v22))) return false;
      if (!(v22 >= 0)) return false;
    }
  }
  {
    const v23 = x.contents;
    if (v23 !== void 0) {
      if (!Array.isArray(v23)) return false;
      for (let v25 = 0; v25 < v23.length; v25++) {
        const v24 = v23[v25];
        if (!d_S3ObjectLambdaListedObject(v24)) return false;
      }
    }
  }
  {
    const v35 = x.commonPrefixes;
    if (v35 !== void 0) {
      if (!Array.isArray(v35)) return false;
      for (let v37 = 0; v37 < v35.length; v37++) {
        const v36 = v35[v37];
        if (!(v36 !== null && typeof v36 === "object" && !Array.isArray(v36))) return false;
        {
          const v38 = v36.prefix;
          if (v38 === void 0) return false;
          if (!(typeof v38 === "string")) return false;
        }
      }
    }
  }
  return true;
}
function d_S3ObjectLambdaListedObject(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v26 = x.key;
    if (v26 === void 0) return false;
    if (!(typeof v26 === "string")) return false;
  }
  {
    const v27 = x.size;
    if (v27 === void 0) return false;
    if (!(typeof v27 === "number" && !(v27 % 1) && !isNaN(v27) && isFinite(v27))) return false;
    if (!(v27 >= 0)) return false;
  }
  {
    const v28 = x.lastModified;
    if (v28 !== void 0) {
      if (!(typeof v28 === "string")) return false;
    }
  }
  {
    const v29 = x.eTag;
    if (v29 !== void 0) {
      if (!(typeof v29 === "string")) return false;
    }
  }
  {
    const v30 = x.checksumAlgorithm;
    if (v30 !== void 0) {
      if (!(typeof v30 === "string")) return false;
    }
  }
  {
    const v31 = x.storageClass;
    if (v31 !== void 0) {
      if (!(typeof v31 === "string")) return false;
    }
  }
  {
    const v32 = x.owner;
    if (v32 !== void 0) {
      if (!(v32 !== null && typeof v32 === "object" && !Array.isArray(v32))) return false;
      {
        const v33 = v32.displayName;
        if (v33 === void 0) return false;
        if (!(typeof v33 === "string")) return false;
      }
      {
        const v34 = v32.id;
        if (v34 === void 0) return false;
        if (!(typeof v34 === "string")) return false;
      }
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.statusCode;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "number" && !(v0 % 1) && !isNaN(v0) && isFinite(v0) && v0 >= 100 && v0 <= 599)) return false;
  }
  {
    const v1 = x.errorCode;
    if (v1 !== void 0) {
      if (!(typeof v1 === "string")) return false;
    }
  }
  {
    const v2 = x.errorMessage;
    if (v2 !== void 0) {
      if (!(typeof v2 === "string")) return false;
    }
  }
  {
    const v3 = x.headers;
    if (v3 !== void 0) {
      if (!(v3 !== null && typeof v3 === "object" && !Array.isArray(v3))) return false;
      for (const v4 in v3) {
        const v5 = v3[v4];
        if (!(typeof v5 === "string" || typeof v5 === "number" && isFinite(v5) || typeof v5 === "boolean")) return false;
      }
    }
  }
  {
    const v6 = x.metadata;
    if (v6 !== void 0) {
      if (!(v6 !== null && typeof v6 === "object" && !Array.isArray(v6))) return false;
      for (const v7 in v6) {
        const v8 = v6[v7];
        if (!(typeof v8 === "string")) return false;
      }
    }
  }
  {
    const v9 = x.listResultXml;
    if (v9 !== void 0) {
      if (!(typeof v9 === "string")) return false;
    }
  }
  {
    const v10 = x.listBucketResult;
    if (v10 !== void 0) {
      if (!d_S3ObjectLambdaListBucketResult(v10)) return false;
    }
  }
  if (!!(!(x !== null && typeof x === "object" && !Array.isArray(x)) || x.listResultXml !== void 0 && x.listBucketResult !== void 0)) return false;
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

// s3.object-lambda.result.strict.entry.ts
var validate = withStandardSchema(checked(check, s3_object_lambda_result_strict_standalone_default), "s3.object-lambda.result");
export {
  validate as default,
  validate
};
