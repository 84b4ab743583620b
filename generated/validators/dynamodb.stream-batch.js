// Generated from schemas/dynamodb/stream-batch.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:dynamodb.stream-batch.standalone.js
var dynamodb_stream_batch_standalone_default = validate21;
var schema7 = { "type": "object", "required": ["eventID", "eventName", "eventVersion", "eventSource", "awsRegion", "dynamodb", "eventSourceARN"], "properties": { "eventID": { "type": "string" }, "eventName": { "enum": ["INSERT", "MODIFY", "REMOVE"] }, "eventVersion": { "type": "string" }, "eventSource": { "const": "aws:dynamodb" }, "awsRegion": { "$ref": "#/$defs/AwsRegion" }, "eventSourceARN": { "$ref": "#/$defs/Arn" }, "userIdentity": { "$ref": "#/$defs/DynamoDbStreamUserIdentity" }, "dynamodb": { "allOf": [{ "$ref": "#/$defs/DynamoDbStreamRecord" }, { "type": "object", "required": ["SequenceNumber", "StreamViewType"], "properties": { "SequenceNumber": { "type": "string" }, "StreamViewType": { "type": "string" } } }] } } };
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
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type") || data.principalId === void 0 && (missing0 = "principalId")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.type !== void 0) {
          const _errs1 = errors;
          if (typeof data.type !== "string") {
            validate27.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate27.errors = [{ instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
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
var schema11 = { "type": "object", "required": ["ApproximateCreationDateTime", "Keys", "SizeBytes"], "properties": { "ApproximateCreationDateTime": { "type": "number" }, "ApproximateCreationDateTimePrecision": { "enum": ["MILLISECOND", "MICROSECOND"] }, "Keys": { "$ref": "#/$defs/AttributeMap" }, "NewImage": { "$ref": "#/$defs/AttributeMap" }, "OldImage": { "$ref": "#/$defs/AttributeMap" }, "SequenceNumber": { "type": "string" }, "SizeBytes": { "type": "integer" }, "StreamViewType": { "enum": ["KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"] } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate32.errors = vErrors;
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
var wrapper0 = { validate: validate30 };
var wrapper1 = { validate: validate31 };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (errors === _errs1) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.S === void 0 && (missing0 = "S")) {
        const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.S !== void 0) {
          if (typeof data.S !== "string") {
            const err1 = { instancePath: instancePath + "/S", schemaPath: "#/oneOf/0/properties/S/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs5 = errors;
  if (errors === _errs5) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.N === void 0 && (missing1 = "N")) {
        const err3 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      } else {
        if (data.N !== void 0) {
          if (!validate32(data.N, { instancePath: instancePath + "/N", parentData: data, parentDataProperty: "N", rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  }
  var _valid0 = _errs5 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs8 = errors;
    if (errors === _errs8) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (data.B === void 0 && (missing2 = "B")) {
          const err5 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        } else {
          if (data.B !== void 0) {
            if (!validate34(data.B, { instancePath: instancePath + "/B", parentData: data, parentDataProperty: "B", rootData })) {
              vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err6 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid0 = _errs8 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs11 = errors;
      if (errors === _errs11) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing3;
          if (data.SS === void 0 && (missing3 = "SS")) {
            const err7 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          } else {
            if (data.SS !== void 0) {
              let data3 = data.SS;
              const _errs13 = errors;
              if (errors === _errs13) {
                if (Array.isArray(data3)) {
                  var valid5 = true;
                  const len0 = data3.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs15 = errors;
                    if (typeof data3[i0] !== "string") {
                      const err8 = { instancePath: instancePath + "/SS/" + i0, schemaPath: "#/oneOf/3/properties/SS/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err8];
                      } else {
                        vErrors.push(err8);
                      }
                      errors++;
                    }
                    var valid5 = _errs15 === errors;
                    if (!valid5) {
                      break;
                    }
                  }
                } else {
                  const err9 = { instancePath: instancePath + "/SS", schemaPath: "#/oneOf/3/properties/SS/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
            }
          }
        } else {
          const err10 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      var _valid0 = _errs11 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
        }
        const _errs17 = errors;
        if (errors === _errs17) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing4;
            if (data.NS === void 0 && (missing4 = "NS")) {
              const err11 = { instancePath, schemaPath: "#/oneOf/4/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            } else {
              if (data.NS !== void 0) {
                let data5 = data.NS;
                const _errs19 = errors;
                if (errors === _errs19) {
                  if (Array.isArray(data5)) {
                    var valid7 = true;
                    const len1 = data5.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs21 = errors;
                      if (!validate32(data5[i1], { instancePath: instancePath + "/NS/" + i1, parentData: data5, parentDataProperty: i1, rootData })) {
                        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                        errors = vErrors.length;
                      }
                      var valid7 = _errs21 === errors;
                      if (!valid7) {
                        break;
                      }
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/NS", schemaPath: "#/oneOf/4/properties/NS/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
              }
            }
          } else {
            const err13 = { instancePath, schemaPath: "#/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        var _valid0 = _errs17 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
          }
          const _errs22 = errors;
          if (errors === _errs22) {
            if (data && typeof data == "object" && !Array.isArray(data)) {
              let missing5;
              if (data.BS === void 0 && (missing5 = "BS")) {
                const err14 = { instancePath, schemaPath: "#/oneOf/5/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              } else {
                if (data.BS !== void 0) {
                  let data7 = data.BS;
                  const _errs24 = errors;
                  if (errors === _errs24) {
                    if (Array.isArray(data7)) {
                      var valid9 = true;
                      const len2 = data7.length;
                      for (let i2 = 0; i2 < len2; i2++) {
                        const _errs26 = errors;
                        if (!validate34(data7[i2], { instancePath: instancePath + "/BS/" + i2, parentData: data7, parentDataProperty: i2, rootData })) {
                          vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                          errors = vErrors.length;
                        }
                        var valid9 = _errs26 === errors;
                        if (!valid9) {
                          break;
                        }
                      }
                    } else {
                      const err15 = { instancePath: instancePath + "/BS", schemaPath: "#/oneOf/5/properties/BS/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  }
                }
              }
            } else {
              const err16 = { instancePath, schemaPath: "#/oneOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          var _valid0 = _errs22 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 5];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 5;
            }
            const _errs27 = errors;
            if (errors === _errs27) {
              if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing6;
                if (data.M === void 0 && (missing6 = "M")) {
                  const err17 = { instancePath, schemaPath: "#/oneOf/6/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                } else {
                  if (data.M !== void 0) {
                    if (!wrapper0.validate(data.M, { instancePath: instancePath + "/M", parentData: data, parentDataProperty: "M", rootData })) {
                      vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                      errors = vErrors.length;
                    }
                  }
                }
              } else {
                const err18 = { instancePath, schemaPath: "#/oneOf/6/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            var _valid0 = _errs27 === errors;
            if (_valid0 && valid0) {
              valid0 = false;
              passing0 = [passing0, 6];
            } else {
              if (_valid0) {
                valid0 = true;
                passing0 = 6;
              }
              const _errs30 = errors;
              if (errors === _errs30) {
                if (data && typeof data == "object" && !Array.isArray(data)) {
                  let missing7;
                  if (data.L === void 0 && (missing7 = "L")) {
                    const err19 = { instancePath, schemaPath: "#/oneOf/7/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  } else {
                    if (data.L !== void 0) {
                      let data10 = data.L;
                      const _errs32 = errors;
                      if (errors === _errs32) {
                        if (Array.isArray(data10)) {
                          var valid12 = true;
                          const len3 = data10.length;
                          for (let i3 = 0; i3 < len3; i3++) {
                            const _errs34 = errors;
                            if (!wrapper1.validate(data10[i3], { instancePath: instancePath + "/L/" + i3, parentData: data10, parentDataProperty: i3, rootData })) {
                              vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
                              errors = vErrors.length;
                            }
                            var valid12 = _errs34 === errors;
                            if (!valid12) {
                              break;
                            }
                          }
                        } else {
                          const err20 = { instancePath: instancePath + "/L", schemaPath: "#/oneOf/7/properties/L/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                          if (vErrors === null) {
                            vErrors = [err20];
                          } else {
                            vErrors.push(err20);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err21 = { instancePath, schemaPath: "#/oneOf/7/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs30 === errors;
              if (_valid0 && valid0) {
                valid0 = false;
                passing0 = [passing0, 7];
              } else {
                if (_valid0) {
                  valid0 = true;
                  passing0 = 7;
                }
                const _errs35 = errors;
                if (errors === _errs35) {
                  if (data && typeof data == "object" && !Array.isArray(data)) {
                    let missing8;
                    if (data.NULL === void 0 && (missing8 = "NULL")) {
                      const err22 = { instancePath, schemaPath: "#/oneOf/8/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    } else {
                      if (data.NULL !== void 0) {
                        if (true !== data.NULL) {
                          const err23 = { instancePath: instancePath + "/NULL", schemaPath: "#/oneOf/8/properties/NULL/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err24 = { instancePath, schemaPath: "#/oneOf/8/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs35 === errors;
                if (_valid0 && valid0) {
                  valid0 = false;
                  passing0 = [passing0, 8];
                } else {
                  if (_valid0) {
                    valid0 = true;
                    passing0 = 8;
                  }
                  const _errs38 = errors;
                  if (errors === _errs38) {
                    if (data && typeof data == "object" && !Array.isArray(data)) {
                      let missing9;
                      if (data.BOOL === void 0 && (missing9 = "BOOL")) {
                        const err25 = { instancePath, schemaPath: "#/oneOf/9/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      } else {
                        if (data.BOOL !== void 0) {
                          if (typeof data.BOOL !== "boolean") {
                            const err26 = { instancePath: instancePath + "/BOOL", schemaPath: "#/oneOf/9/properties/BOOL/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err26];
                            } else {
                              vErrors.push(err26);
                            }
                            errors++;
                          }
                        }
                      }
                    } else {
                      const err27 = { instancePath, schemaPath: "#/oneOf/9/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  }
                  var _valid0 = _errs38 === errors;
                  if (_valid0 && valid0) {
                    valid0 = false;
                    passing0 = [passing0, 9];
                  } else {
                    if (_valid0) {
                      valid0 = true;
                      passing0 = 9;
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
  if (!valid0) {
    const err28 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
    validate31.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (!validate31(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData })) {
          vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
      if (data.ApproximateCreationDateTime === void 0 && (missing0 = "ApproximateCreationDateTime") || data.Keys === void 0 && (missing0 = "Keys") || data.SizeBytes === void 0 && (missing0 = "SizeBytes")) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.ApproximateCreationDateTime !== void 0) {
          let data0 = data.ApproximateCreationDateTime;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && isFinite(data0))) {
            validate29.errors = [{ instancePath: instancePath + "/ApproximateCreationDateTime", schemaPath: "#/properties/ApproximateCreationDateTime/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.ApproximateCreationDateTimePrecision !== void 0) {
            let data1 = data.ApproximateCreationDateTimePrecision;
            const _errs3 = errors;
            if (!(data1 === "MILLISECOND" || data1 === "MICROSECOND")) {
              validate29.errors = [{ instancePath: instancePath + "/ApproximateCreationDateTimePrecision", schemaPath: "#/properties/ApproximateCreationDateTimePrecision/enum", keyword: "enum", params: { allowedValues: schema11.properties.ApproximateCreationDateTimePrecision.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.Keys !== void 0) {
              const _errs4 = errors;
              if (!validate30(data.Keys, { instancePath: instancePath + "/Keys", parentData: data, parentDataProperty: "Keys", rootData })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.NewImage !== void 0) {
                const _errs5 = errors;
                if (!validate30(data.NewImage, { instancePath: instancePath + "/NewImage", parentData: data, parentDataProperty: "NewImage", rootData })) {
                  vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.OldImage !== void 0) {
                  const _errs6 = errors;
                  if (!validate30(data.OldImage, { instancePath: instancePath + "/OldImage", parentData: data, parentDataProperty: "OldImage", rootData })) {
                    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.SequenceNumber !== void 0) {
                    const _errs7 = errors;
                    if (typeof data.SequenceNumber !== "string") {
                      validate29.errors = [{ instancePath: instancePath + "/SequenceNumber", schemaPath: "#/properties/SequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.SizeBytes !== void 0) {
                      let data6 = data.SizeBytes;
                      const _errs9 = errors;
                      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                        validate29.errors = [{ instancePath: instancePath + "/SizeBytes", schemaPath: "#/properties/SizeBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.StreamViewType !== void 0) {
                        let data7 = data.StreamViewType;
                        const _errs11 = errors;
                        if (!(data7 === "KEYS_ONLY" || data7 === "NEW_IMAGE" || data7 === "OLD_IMAGE" || data7 === "NEW_AND_OLD_IMAGES")) {
                          validate29.errors = [{ instancePath: instancePath + "/StreamViewType", schemaPath: "#/properties/StreamViewType/enum", keyword: "enum", params: { allowedValues: schema11.properties.StreamViewType.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid0 = _errs11 === errors;
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
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.eventID === void 0 && (missing0 = "eventID") || data.eventName === void 0 && (missing0 = "eventName") || data.eventVersion === void 0 && (missing0 = "eventVersion") || data.eventSource === void 0 && (missing0 = "eventSource") || data.awsRegion === void 0 && (missing0 = "awsRegion") || data.dynamodb === void 0 && (missing0 = "dynamodb") || data.eventSourceARN === void 0 && (missing0 = "eventSourceARN")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventID !== void 0) {
          const _errs1 = errors;
          if (typeof data.eventID !== "string") {
            validate22.errors = [{ instancePath: instancePath + "/eventID", schemaPath: "#/properties/eventID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventName !== void 0) {
            let data1 = data.eventName;
            const _errs3 = errors;
            if (!(data1 === "INSERT" || data1 === "MODIFY" || data1 === "REMOVE")) {
              validate22.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/enum", keyword: "enum", params: { allowedValues: schema7.properties.eventName.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.eventVersion !== void 0) {
              const _errs4 = errors;
              if (typeof data.eventVersion !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.eventSource !== void 0) {
                const _errs6 = errors;
                if ("aws:dynamodb" !== data.eventSource) {
                  validate22.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:dynamodb" }, message: "must be equal to constant" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.awsRegion !== void 0) {
                  const _errs7 = errors;
                  if (!validate23(data.awsRegion, { instancePath: instancePath + "/awsRegion", parentData: data, parentDataProperty: "awsRegion", rootData })) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.eventSourceARN !== void 0) {
                    const _errs8 = errors;
                    if (!validate25(data.eventSourceARN, { instancePath: instancePath + "/eventSourceARN", parentData: data, parentDataProperty: "eventSourceARN", rootData })) {
                      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.userIdentity !== void 0) {
                      const _errs9 = errors;
                      if (!validate27(data.userIdentity, { instancePath: instancePath + "/userIdentity", parentData: data, parentDataProperty: "userIdentity", rootData })) {
                        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.dynamodb !== void 0) {
                        let data7 = data.dynamodb;
                        const _errs10 = errors;
                        const _errs11 = errors;
                        if (!validate29(data7, { instancePath: instancePath + "/dynamodb", parentData: data, parentDataProperty: "dynamodb", rootData })) {
                          vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs11 === errors;
                        if (valid1) {
                          const _errs12 = errors;
                          if (errors === _errs12) {
                            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                              let missing1;
                              if (data7.SequenceNumber === void 0 && (missing1 = "SequenceNumber") || data7.StreamViewType === void 0 && (missing1 = "StreamViewType")) {
                                validate22.errors = [{ instancePath: instancePath + "/dynamodb", schemaPath: "#/properties/dynamodb/allOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                return false;
                              } else {
                                if (data7.SequenceNumber !== void 0) {
                                  const _errs14 = errors;
                                  if (typeof data7.SequenceNumber !== "string") {
                                    validate22.errors = [{ instancePath: instancePath + "/dynamodb/SequenceNumber", schemaPath: "#/properties/dynamodb/allOf/1/properties/SequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid2 = _errs14 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data7.StreamViewType !== void 0) {
                                    const _errs16 = errors;
                                    if (typeof data7.StreamViewType !== "string") {
                                      validate22.errors = [{ instancePath: instancePath + "/dynamodb/StreamViewType", schemaPath: "#/properties/dynamodb/allOf/1/properties/StreamViewType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid2 = _errs16 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            } else {
                              validate22.errors = [{ instancePath: instancePath + "/dynamodb", schemaPath: "#/properties/dynamodb/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid1 = _errs12 === errors;
                        }
                        var valid0 = _errs10 === errors;
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
      if (data.Records === void 0 && (missing0 = "Records")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
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
                if (!validate22(data0[i0], { instancePath: instancePath + "/Records/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
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

// check:dynamodb.stream-batch.check.js
function d_DynamoDbStreamEventRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v3 = x.eventID;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.eventName;
    if (v4 === void 0) return false;
    if (!(v4 === "INSERT" || v4 === "MODIFY" || v4 === "REMOVE")) return false;
  }
  {
    const v5 = x.eventVersion;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.eventSource;
    if (v6 === void 0) return false;
    if (!(v6 === "aws:dynamodb")) return false;
  }
  {
    const v7 = x.awsRegion;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.eventSourceARN;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.userIdentity;
    if (v9 !== void 0) {
      if (!d_DynamoDbStreamUserIdentity(v9)) return false;
    }
  }
  {
    const v12 = x.dynamodb;
    if (v12 === void 0) return false;
    if (!d_DynamoDbStreamRecord(v12)) return false;
    if (!(v12 !== null && typeof v12 === "object" && !Array.isArray(v12))) return false;
    {
      const v43 = v12.SequenceNumber;
      if (v43 === void 0) return false;
      if (!(typeof v43 === "string")) return false;
    }
    {
      const v44 = v12.StreamViewType;
      if (v44 === void 0) return false;
      if (!(typeof v44 === "string")) return false;
    }
  }
  return true;
}
function d_DynamoDbStreamUserIdentity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v10 = x.type;
    if (v10 === void 0) return false;
    if (!(typeof v10 === "string")) return false;
  }
  {
    const v11 = x.principalId;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  return true;
}
function d_DynamoDbStreamRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v13 = x.ApproximateCreationDateTime;
    if (v13 === void 0) return false;
    if (!(typeof v13 === "number" && isFinite(v13))) return false;
  }
  {
    const v14 = x.ApproximateCreationDateTimePrecision;
    if (v14 !== void 0) {
      if (!(v14 === "MILLISECOND" || v14 === "MICROSECOND")) return false;
    }
  }
  {
    const v15 = x.Keys;
    if (v15 === void 0) return false;
    if (!d_AttributeMap(v15)) return false;
  }
  {
    const v38 = x.NewImage;
    if (v38 !== void 0) {
      if (!d_AttributeMap(v38)) return false;
    }
  }
  {
    const v39 = x.OldImage;
    if (v39 !== void 0) {
      if (!d_AttributeMap(v39)) return false;
    }
  }
  {
    const v40 = x.SequenceNumber;
    if (v40 !== void 0) {
      if (!(typeof v40 === "string")) return false;
    }
  }
  {
    const v41 = x.SizeBytes;
    if (v41 === void 0) return false;
    if (!(typeof v41 === "number" && !(v41 % 1) && !isNaN(v41) && isFinite(v41))) return false;
  }
  {
    const v42 = x.StreamViewType;
    if (v42 !== void 0) {
      if (!(v42 === "KEYS_ONLY" || v42 === "NEW_IMAGE" || v42 === "OLD_IMAGE" || v42 === "NEW_AND_OLD_IMAGES")) return false;
    }
  }
  return true;
}
function d_AttributeMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v16 in x) {
    const v17 = x[v16];
    if (!d_AttributeValue(v17)) return false;
  }
  return true;
}
function d_AttributeValue(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    let v36 = 0;
    for (const v37 in x) {
      switch (v37) {
        case "S":
          if (b0(x)) v36++;
          break;
        case "N":
          if (b1(x)) v36++;
          break;
        case "B":
          if (b2(x)) v36++;
          break;
        case "SS":
          if (b3(x)) v36++;
          break;
        case "NS":
          if (b4(x)) v36++;
          break;
        case "BS":
          if (b5(x)) v36++;
          break;
        case "M":
          if (b6(x)) v36++;
          break;
        case "L":
          if (b7(x)) v36++;
          break;
        case "NULL":
          if (b8(x)) v36++;
          break;
        case "BOOL":
          if (b9(x)) v36++;
          break;
      }
    }
    if (v36 !== 1) return false;
  }
  return true;
}
function b0(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v18 = x.S;
    if (v18 === void 0) return false;
    if (!(typeof v18 === "string")) return false;
  }
  return true;
}
function b1(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v19 = x.N;
    if (v19 === void 0) return false;
    if (!(typeof v19 === "string")) return false;
  }
  return true;
}
function b2(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v20 = x.B;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  return true;
}
function b3(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v21 = x.SS;
    if (v21 === void 0) return false;
    if (!Array.isArray(v21)) return false;
    for (let v23 = 0; v23 < v21.length; v23++) {
      const v22 = v21[v23];
      if (!(typeof v22 === "string")) return false;
    }
  }
  return true;
}
function b4(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v24 = x.NS;
    if (v24 === void 0) return false;
    if (!Array.isArray(v24)) return false;
    for (let v26 = 0; v26 < v24.length; v26++) {
      const v25 = v24[v26];
      if (!(typeof v25 === "string")) return false;
    }
  }
  return true;
}
function b5(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v27 = x.BS;
    if (v27 === void 0) return false;
    if (!Array.isArray(v27)) return false;
    for (let v29 = 0; v29 < v27.length; v29++) {
      const v28 = v27[v29];
      if (!(typeof v28 === "string")) return false;
    }
  }
  return true;
}
function b6(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v30 = x.M;
    if (v30 === void 0) return false;
    if (!d_AttributeMap(v30)) return false;
  }
  return true;
}
function b7(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v31 = x.L;
    if (v31 === void 0) return false;
    if (!Array.isArray(v31)) return false;
    for (let v33 = 0; v33 < v31.length; v33++) {
      const v32 = v31[v33];
      if (!d_AttributeValue(v32)) return false;
    }
  }
  return true;
}
function b8(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v34 = x.NULL;
    if (v34 === void 0) return false;
    if (!(v34 === true)) return false;
  }
  return true;
}
function b9(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v35 = x.BOOL;
    if (v35 === void 0) return false;
    if (!(typeof v35 === "boolean")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.Records;
    if (v0 === void 0) return false;
    if (!Array.isArray(v0)) return false;
    for (let v2 = 0; v2 < v0.length; v2++) {
      const v1 = v0[v2];
      if (!d_DynamoDbStreamEventRecord(v1)) return false;
    }
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

// dynamodb.stream-batch.entry.ts
var validate = withStandardSchema(checked(check, dynamodb_stream_batch_standalone_default), "dynamodb.stream-batch");
export {
  validate as default,
  validate
};
