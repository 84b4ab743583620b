// Generated from schemas/s3/object-lambda.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:s3.object-lambda.result.strict.standalone.js
var s3_object_lambda_result_strict_standalone_default = validate20;
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
      if (data.name === void 0 && (missing0 = "name") || data.maxKeys === void 0 && (missing0 = "maxKeys") || data.isTruncated === void 0 && (missing0 = "isTruncated")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate21.errors = [{ instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                validate21.errors = [{ instancePath: instancePath + "/delimiter", schemaPath: "#/properties/delimiter/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate21.errors = [{ instancePath: instancePath + "/encodingType", schemaPath: "#/properties/encodingType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate21.errors = [{ instancePath: instancePath + "/maxKeys", schemaPath: "#/properties/maxKeys/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs9) {
                    if (typeof data4 == "number" && isFinite(data4)) {
                      if (data4 < 0 || isNaN(data4)) {
                        validate21.errors = [{ instancePath: instancePath + "/maxKeys", schemaPath: "#/properties/maxKeys/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
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
                      validate21.errors = [{ instancePath: instancePath + "/isTruncated", schemaPath: "#/properties/isTruncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
                        validate21.errors = [{ instancePath: instancePath + "/marker", schemaPath: "#/properties/marker/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate21.errors = [{ instancePath: instancePath + "/nextMarker", schemaPath: "#/properties/nextMarker/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                            validate21.errors = [{ instancePath: instancePath + "/startAfter", schemaPath: "#/properties/startAfter/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate21.errors = [{ instancePath: instancePath + "/continuationToken", schemaPath: "#/properties/continuationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate21.errors = [{ instancePath: instancePath + "/nextContinuationToken", schemaPath: "#/properties/nextContinuationToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                  validate21.errors = [{ instancePath: instancePath + "/keyCount", schemaPath: "#/properties/keyCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs23) {
                                  if (typeof data11 == "number" && isFinite(data11)) {
                                    if (data11 < 0 || isNaN(data11)) {
                                      validate21.errors = [{ instancePath: instancePath + "/keyCount", schemaPath: "#/properties/keyCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
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
                                        let data13 = data12[i0];
                                        const _errs27 = errors;
                                        const _errs28 = errors;
                                        if (errors === _errs28) {
                                          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                            let missing1;
                                            if (data13.key === void 0 && (missing1 = "key") || data13.size === void 0 && (missing1 = "size")) {
                                              validate21.errors = [{ instancePath: instancePath + "/contents/" + i0, schemaPath: "#/$defs/S3ObjectLambdaListedObject/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                              return false;
                                            } else {
                                              if (data13.key !== void 0) {
                                                const _errs30 = errors;
                                                if (typeof data13.key !== "string") {
                                                  validate21.errors = [{ instancePath: instancePath + "/contents/" + i0 + "/key", schemaPath: "#/$defs/S3ObjectLambdaListedObject/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid3 = _errs30 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                              if (valid3) {
                                                if (data13.size !== void 0) {
                                                  let data15 = data13.size;
                                                  const _errs32 = errors;
                                                  if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                                                    validate21.errors = [{ instancePath: instancePath + "/contents/" + i0 + "/size", schemaPath: "#/$defs/S3ObjectLambdaListedObject/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                    return false;
                                                  }
                                                  if (errors === _errs32) {
                                                    if (typeof data15 == "number" && isFinite(data15)) {
                                                      if (data15 < 0 || isNaN(data15)) {
                                                        validate21.errors = [{ instancePath: instancePath + "/contents/" + i0 + "/size", schemaPath: "#/$defs/S3ObjectLambdaListedObject/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid3 = _errs32 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                                if (valid3) {
                                                  if (data13.lastModified !== void 0) {
                                                    const _errs34 = errors;
                                                    if (typeof data13.lastModified !== "string") {
                                                      validate21.errors = [{ instancePath: instancePath + "/contents/" + i0 + "/lastModified", schemaPath: "#/$defs/S3ObjectLambdaListedObject/properties/lastModified/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid3 = _errs34 === errors;
                                                  } else {
                                                    var valid3 = true;
                                                  }
                                                  if (valid3) {
                                                    if (data13.eTag !== void 0) {
                                                      const _errs36 = errors;
                                                      if (typeof data13.eTag !== "string") {
                                                        validate21.errors = [{ instancePath: instancePath + "/contents/" + i0 + "/eTag", schemaPath: "#/$defs/S3ObjectLambdaListedObject/properties/eTag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid3 = _errs36 === errors;
                                                    } else {
                                                      var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                      if (data13.checksumAlgorithm !== void 0) {
                                                        const _errs38 = errors;
                                                        if (typeof data13.checksumAlgorithm !== "string") {
                                                          validate21.errors = [{ instancePath: instancePath + "/contents/" + i0 + "/checksumAlgorithm", schemaPath: "#/$defs/S3ObjectLambdaListedObject/properties/checksumAlgorithm/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid3 = _errs38 === errors;
                                                      } else {
                                                        var valid3 = true;
                                                      }
                                                      if (valid3) {
                                                        if (data13.storageClass !== void 0) {
                                                          const _errs40 = errors;
                                                          if (typeof data13.storageClass !== "string") {
                                                            validate21.errors = [{ instancePath: instancePath + "/contents/" + i0 + "/storageClass", schemaPath: "#/$defs/S3ObjectLambdaListedObject/properties/storageClass/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid3 = _errs40 === errors;
                                                        } else {
                                                          var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                          if (data13.owner !== void 0) {
                                                            let data20 = data13.owner;
                                                            const _errs42 = errors;
                                                            if (errors === _errs42) {
                                                              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                                                let missing2;
                                                                if (data20.displayName === void 0 && (missing2 = "displayName") || data20.id === void 0 && (missing2 = "id")) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/contents/" + i0 + "/owner", schemaPath: "#/$defs/S3ObjectLambdaListedObject/properties/owner/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                                  return false;
                                                                } else {
                                                                  if (data20.displayName !== void 0) {
                                                                    const _errs44 = errors;
                                                                    if (typeof data20.displayName !== "string") {
                                                                      validate21.errors = [{ instancePath: instancePath + "/contents/" + i0 + "/owner/displayName", schemaPath: "#/$defs/S3ObjectLambdaListedObject/properties/owner/properties/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid4 = _errs44 === errors;
                                                                  } else {
                                                                    var valid4 = true;
                                                                  }
                                                                  if (valid4) {
                                                                    if (data20.id !== void 0) {
                                                                      const _errs46 = errors;
                                                                      if (typeof data20.id !== "string") {
                                                                        validate21.errors = [{ instancePath: instancePath + "/contents/" + i0 + "/owner/id", schemaPath: "#/$defs/S3ObjectLambdaListedObject/properties/owner/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid4 = _errs46 === errors;
                                                                    } else {
                                                                      var valid4 = true;
                                                                    }
                                                                  }
                                                                }
                                                              } else {
                                                                validate21.errors = [{ instancePath: instancePath + "/contents/" + i0 + "/owner", schemaPath: "#/$defs/S3ObjectLambdaListedObject/properties/owner/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid3 = _errs42 === errors;
                                                          } else {
                                                            var valid3 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate21.errors = [{ instancePath: instancePath + "/contents/" + i0, schemaPath: "#/$defs/S3ObjectLambdaListedObject/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid1 = _errs27 === errors;
                                        if (!valid1) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate21.errors = [{ instancePath: instancePath + "/contents", schemaPath: "#/properties/contents/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs25 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.commonPrefixes !== void 0) {
                                    let data23 = data.commonPrefixes;
                                    const _errs48 = errors;
                                    if (errors === _errs48) {
                                      if (Array.isArray(data23)) {
                                        var valid5 = true;
                                        const len1 = data23.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          let data24 = data23[i1];
                                          const _errs50 = errors;
                                          if (errors === _errs50) {
                                            if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                              let missing3;
                                              if (data24.prefix === void 0 && (missing3 = "prefix")) {
                                                validate21.errors = [{ instancePath: instancePath + "/commonPrefixes/" + i1, schemaPath: "#/properties/commonPrefixes/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                return false;
                                              } else {
                                                if (data24.prefix !== void 0) {
                                                  if (typeof data24.prefix !== "string") {
                                                    validate21.errors = [{ instancePath: instancePath + "/commonPrefixes/" + i1 + "/prefix", schemaPath: "#/properties/commonPrefixes/items/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                              }
                                            } else {
                                              validate21.errors = [{ instancePath: instancePath + "/commonPrefixes/" + i1, schemaPath: "#/properties/commonPrefixes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid5 = _errs50 === errors;
                                          if (!valid5) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate21.errors = [{ instancePath: instancePath + "/commonPrefixes", schemaPath: "#/properties/commonPrefixes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
validate21.evaluated = { "props": { "name": true, "prefix": true, "delimiter": true, "encodingType": true, "maxKeys": true, "isTruncated": true, "marker": true, "nextMarker": true, "startAfter": true, "continuationToken": true, "nextContinuationToken": true, "keyCount": true, "contents": true, "commonPrefixes": true }, "dynamicProps": false, "dynamicItems": false };
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
    validate20.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
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
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
        return false;
      } else {
        if (data.statusCode !== void 0) {
          let data0 = data.statusCode;
          const _errs3 = errors;
          const _errs4 = errors;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            validate20.errors = [{ instancePath: instancePath + "/statusCode", schemaPath: "#/$defs/S3ObjectLambdaStatusCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
            return false;
          }
          if (errors === _errs4) {
            if (typeof data0 == "number" && isFinite(data0)) {
              if (data0 > 599 || isNaN(data0)) {
                validate20.errors = [{ instancePath: instancePath + "/statusCode", schemaPath: "#/$defs/S3ObjectLambdaStatusCode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599" }];
                return false;
              } else {
                if (data0 < 100 || isNaN(data0)) {
                  validate20.errors = [{ instancePath: instancePath + "/statusCode", schemaPath: "#/$defs/S3ObjectLambdaStatusCode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" }];
                  return false;
                }
              }
            }
          }
          var valid1 = _errs3 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.errorCode !== void 0) {
            const _errs6 = errors;
            if (typeof data.errorCode !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/errorCode", schemaPath: "#/properties/errorCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid1 = _errs6 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.errorMessage !== void 0) {
              const _errs8 = errors;
              if (typeof data.errorMessage !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/errorMessage", schemaPath: "#/properties/errorMessage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs8 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.headers !== void 0) {
                let data3 = data.headers;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      let data4 = data3[key0];
                      const _errs13 = errors;
                      const _errs14 = errors;
                      let valid4 = false;
                      const _errs15 = errors;
                      if (typeof data4 !== "string") {
                        const err1 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                      var _valid0 = _errs15 === errors;
                      valid4 = valid4 || _valid0;
                      const _errs17 = errors;
                      if (!(typeof data4 == "number" && isFinite(data4))) {
                        const err2 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err2];
                        } else {
                          vErrors.push(err2);
                        }
                        errors++;
                      }
                      var _valid0 = _errs17 === errors;
                      valid4 = valid4 || _valid0;
                      const _errs19 = errors;
                      if (typeof data4 !== "boolean") {
                        const err3 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid0 = _errs19 === errors;
                      valid4 = valid4 || _valid0;
                      if (!valid4) {
                        const err4 = { instancePath: instancePath + "/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                        validate20.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs14;
                        if (vErrors !== null) {
                          if (_errs14) {
                            vErrors.length = _errs14;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid3 = _errs13 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs10 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.metadata !== void 0) {
                  let data5 = data.metadata;
                  const _errs21 = errors;
                  if (errors === _errs21) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      for (const key1 in data5) {
                        const _errs24 = errors;
                        if (typeof data5[key1] !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid5 = _errs24 === errors;
                        if (!valid5) {
                          break;
                        }
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs21 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.listResultXml !== void 0) {
                    const _errs26 = errors;
                    if (typeof data.listResultXml !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/listResultXml", schemaPath: "#/properties/listResultXml/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs26 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.listBucketResult !== void 0) {
                      const _errs28 = errors;
                      if (!validate21(data.listBucketResult, { instancePath: instancePath + "/listBucketResult", parentData: data, parentDataProperty: "listBucketResult", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs28 === errors;
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "statusCode": true, "errorCode": true, "errorMessage": true, "headers": true, "metadata": true, "listResultXml": true, "listBucketResult": true }, "dynamicProps": false, "dynamicItems": false };

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

// s3.object-lambda.result.strict.entry.ts
withStandardSchema(s3_object_lambda_result_strict_standalone_default, "s3.object-lambda.result");
export {
  s3_object_lambda_result_strict_standalone_default as default,
  s3_object_lambda_result_strict_standalone_default as validate
};
